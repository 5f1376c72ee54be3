package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.KID_GROUPS;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Numbers;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/** ISO 22786 5.11: weaning, judged per kid cohort once it has been weaned. */
final class Weaning {

    private static final SubjectKind GROUP = SubjectKind.GOAT_GROUP;

    /**
     * 5.11.1 ("kids can be weaned around 90 days after birth"): a permission (R10, advice) with an approximate figure
     * (R5), met from 81 to 99 days.
     */
    static final Quantity USUAL_WEANING_AGE = Quantity.of("90", "d");
    /** 5.11.2: no kid is weaned before 8 weeks of age ... */
    static final Quantity EARLIEST_WEANING_AGE = Quantity.of("8", "wk");
    /** 5.11.2: ... unless it has reached 40 % of adult weight (either condition allows weaning). */
    static final BigDecimal WEANING_WEIGHT_SHARE_MIN = new BigDecimal("0.40");

    static final EvidenceCode WEANED = attestation(GROUP, "weaned", "The cohort's kids have been weaned",
            "Answer no for kids still suckling: the weaning rules are then not applicable yet.");
    static final EvidenceCode WEANING_AGE = quantity(GROUP, "weaning-age", "youngest weaning age", "d", "0", "400",
            "Age of the youngest kid of the cohort when it was weaned, from the rearing records.");
    static final EvidenceCode WEANING_WEIGHT = quantity(GROUP, "weaning-weight", "lightest weaning weight", "kg",
            "0.5", "100", "Body weight of the lightest kid of the cohort when it was weaned.");
    static final EvidenceCode WEANED_KIDS_CARE = siteAttestation("weaned-kids-care",
            "Feeding and care of weaned kids is stepped up to lower their stress and keep them growing normally",
            "The post-weaning ration and routine, and the weight records of weaned kids.");
    static final EvidenceCode SEXES_SEPARATED = siteAttestation("weaned-sexes-separated",
            "After weaning, male and female kids are raised in separate groups", "The group lists and the pens.");

    private static final Applicability WEANED_KIDS = KID_GROUPS.and(Applicability.whenAttested(WEANED));

    private static final BigDecimal EARLIEST_DAYS = Rules.canonical(WEANING_AGE, EARLIEST_WEANING_AGE);

    static final List<EvidenceCode> CODES = List.of(WEANED, WEANING_AGE, WEANING_WEIGHT, WEANED_KIDS_CARE,
            SEXES_SEPARATED);

    // 5.11.2's sentences: {age} the youngest kid's weaning age, {weight} the lightest kid's weaning weight, {share}
    // what share of adult weight that is (SHARE or UNKNOWN_SHARE), {earliest} 8 weeks in days.
    static final Sentence NOTHING_OBSERVED = Sentence.text("housing/5.11.2/earliest/nothing-observed",
            "neither the weaning age nor the weaning weight with the adult weight was observed, so this cannot be "
                    + "judged.");
    static final Sentence OLD_ENOUGH = Sentence.of("housing/5.11.2/earliest/old-enough",
            "the youngest kid was weaned at {age}, at least 8 weeks ({earliest}).", "age", "earliest");
    static final Sentence HEAVY_ENOUGH = Sentence.of("housing/5.11.2/earliest/heavy-enough",
            "the lightest kid was weaned at {weight}, {share}, at least 40 %.", "weight", "share");
    static final Sentence HEAVY_ENOUGH_YOUNG = Sentence.of("housing/5.11.2/earliest/heavy-enough-young",
            "the lightest kid was weaned at {weight}, {share}, at least 40 %; the youngest kid was weaned at {age}.",
            "weight", "share", "age");
    static final Sentence LIGHT_AGE_UNKNOWN = Sentence.of("housing/5.11.2/earliest/light-age-unknown",
            "the lightest kid was weaned at {share}, below 40 %, and the weaning age was not observed, so it cannot "
                    + "be told whether it was 8 weeks old.", "share");
    static final Sentence YOUNG_WEIGHT_UNKNOWN = Sentence.of("housing/5.11.2/earliest/young-weight-unknown",
            "the youngest kid was weaned at {age}, before 8 weeks, and the weaning weight or the adult weight was not "
                    + "observed, so it cannot be told whether it had reached 40 % of adult weight.", "age");
    static final Sentence YOUNG_AND_LIGHT = Sentence.of("housing/5.11.2/earliest/young-and-light",
            "the youngest kid was weaned at {age}, before 8 weeks, and the lightest weighed {share}, below 40 %.",
            "age", "share");
    static final Sentence SHARE = Sentence.of("housing/5.11.2/earliest/share", "{percent} % of adult weight",
            "percent");
    static final Sentence UNKNOWN_SHARE = Sentence.text("housing/5.11.2/earliest/unknown-share",
            "an unknown share of adult weight");

    private static final Quantity EARLIEST_IN_DAYS = Rules.quantity(WEANING_AGE, Numbers.stripped(EARLIEST_DAYS));
    private static final Message UNKNOWN_SHARE_WORDS = UNKNOWN_SHARE.message();

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.11.1", "Usual weaning age")
                    .readAs(Wording.PERMISSION).housing().freedoms(HUNGER_THIRST, FEAR_STRESS)
                    .summary("With normal feeding and normal growth, kids can be weaned at around 90 days of age "
                            + "(81 to 99 days).")
                    .rule(Rules.about("around-90-days", WEANING_AGE, USUAL_WEANING_AGE).onlyWhen(WEANED_KIDS))
                    .build(),
            Clause.of(DIS_2025, "5.11.2", "Earliest weaning")
                    .requirement().housing().freedoms(HUNGER_THIRST, FEAR_STRESS, INJURY_DISEASE)
                    .summary("No kid is weaned before it has reached 40 % of its adult weight or at least 8 weeks of "
                            + "age (either suffices).")
                    .rule(Rules.custom("earliest", "each kid weaned at 8 weeks of age or older, or at 40 % of adult "
                                    + "weight or more", Method.MEASUREMENT, GROUP,
                            Set.of(WEANING_AGE, WEANING_WEIGHT, Reproduction.ADULT_WEIGHT), Weaning::earliest)
                            .says(NOTHING_OBSERVED, OLD_ENOUGH, HEAVY_ENOUGH, HEAVY_ENOUGH_YOUNG, LIGHT_AGE_UNKNOWN,
                                    YOUNG_WEIGHT_UNKNOWN, YOUNG_AND_LIGHT, SHARE, UNKNOWN_SHARE)
                            .onlyWhen(WEANED_KIDS))
                    .build(),
            Clause.of(DIS_2025, "5.11.3", "Care of weaned kids")
                    .requirement().housing().freedoms(HUNGER_THIRST, FEAR_STRESS)
                    .summary("Feeding and management of weaned kids are stepped up to lower stress and keep them "
                            + "growing normally.")
                    .rule(Rules.attested("care", WEANED_KIDS_CARE))
                    .build(),
            Clause.of(DIS_2025, "5.11.4", "Sexes raised apart after weaning")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("After weaning, male and female kids are raised in separate groups.")
                    .rule(Rules.attested("separate", SEXES_SEPARATED))
                    .build());

    /** 5.11.2: met when the youngest kid was 8 weeks old, or the lightest had 40 % of adult weight. */
    private static Verdict earliest(SubjectEvidence e) {
        BigDecimal age = e.quantity(WEANING_AGE);
        BigDecimal weight = e.quantity(WEANING_WEIGHT);
        BigDecimal adult = e.quantity(Reproduction.ADULT_WEIGHT);
        if (age == null && (weight == null || adult == null)) {
            return Verdict.missing(NOTHING_OBSERVED.message());
        }
        List<Fact> facts = new ArrayList<>(3);
        Boolean oldEnough = null;
        Quantity ageSaid = null;
        if (age != null) {
            facts.add(Fact.observed(e, WEANING_AGE));
            oldEnough = age.compareTo(EARLIEST_DAYS) >= 0;
            ageSaid = Rules.quantity(WEANING_AGE, Numbers.forPeopleValue(age));
        }
        Boolean heavyEnough = null;
        Message share = null;
        if (weight != null && adult != null) {
            facts.add(Fact.observed(e, WEANING_WEIGHT));
            facts.add(Fact.observed(e, Reproduction.ADULT_WEIGHT));
            heavyEnough = adult.signum() > 0 && weight.compareTo(adult.multiply(WEANING_WEIGHT_SHARE_MIN)) >= 0;
            share = adult.signum() > 0
                    ? SHARE.with(Numbers.stripped(weight.multiply(BigDecimal.valueOf(100))
                            .divide(adult, 1, RoundingMode.HALF_UP)))
                    : UNKNOWN_SHARE_WORDS;
        }
        if (Boolean.TRUE.equals(oldEnough)) {
            return Verdict.met(facts, OLD_ENOUGH.with(ageSaid, EARLIEST_IN_DAYS));
        }
        Quantity weightSaid = weight == null ? null : Rules.quantity(WEANING_WEIGHT, Numbers.forPeopleValue(weight));
        if (Boolean.TRUE.equals(heavyEnough)) {
            return Verdict.met(facts, ageSaid == null ? HEAVY_ENOUGH.with(weightSaid, share)
                    : HEAVY_ENOUGH_YOUNG.with(weightSaid, share, ageSaid));
        }
        if (oldEnough == null) {
            return Verdict.missing(LIGHT_AGE_UNKNOWN.with(share));
        }
        if (heavyEnough == null) {
            return Verdict.missing(YOUNG_WEIGHT_UNKNOWN.with(ageSaid));
        }
        return Verdict.notMet(facts, YOUNG_AND_LIGHT.with(ageSaid, share));
    }

    private Weaning() {
    }
}
