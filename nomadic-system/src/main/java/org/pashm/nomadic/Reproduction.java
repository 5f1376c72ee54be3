package org.pashm.nomadic;

import org.pashm.core.text.Sentence;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 6.9: reproduction (6.9.1 general requirements). */
final class Reproduction {

    /** 6.9.1.1: young does are not mated before puberty or 65 % of the average adult doe weight. */
    static final BigDecimal FIRST_MATING_WEIGHT_SHARE_PERCENT = new BigDecimal("65");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * 6.9.1.2: natural mating "shall be not high than 1:50 to 1:60". A maximum written two ways
     * (docs/reading-the-standard.md, R7, last sentence): the wider figure, 60 does per buck, is the limit
     * (requirement), the narrower, 50, advice. (The draft gives no lower end here; the 1:30 of the housing system is
     * 5.9.1.2's.)
     */
    static final String DOES_PER_BUCK_MAX = "60";
    static final String DOES_PER_BUCK_ADVISED = "50";
    /**
     * 6.9.1.2: for superior stud bucks the ratio "can be reduce to a ratio of 1:40 to 1:50": a permission (R10), so
     * advice, and a range (R7), so at both ends: 40 to 50 does per superior stud buck.
     */
    static final String DOES_PER_SUPERIOR_BUCK_MAX = "50";
    static final String DOES_PER_SUPERIOR_BUCK_MIN = "40";
    /**
     * 6.9.1.3: the kidding pen temperature is 6 °C to 8 °C. 6.3.1 heats the same pen to 4 °C to 10 °C: a known
     * conflict of the draft (docs/reading-the-standard.md); both rules are kept and both clauses name the other.
     */
    static final Quantity KIDDING_TEMPERATURE_MIN = Quantity.of("6", "Cel");
    static final Quantity KIDDING_TEMPERATURE_MAX = Quantity.of("8", "Cel");

    static final EvidenceCode PUBERTY = EvidenceCode.attestation("nomadic.goat-group.puberty-before-first-mating",
            "The young does had reached puberty before their first mating",
            "Whether every young doe of the group had reached puberty before she was first put to a buck.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode FIRST_MATING_WEIGHT = EvidenceCode.quantity("nomadic.goat-group.first-mating-weight",
            "lightest young doe's weight at first mating", "kg", "5", "120",
            "Live weight of the lightest young doe of the group when she was first mated, from the herd records or "
                    + "weighing.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode ADULT_DOE_WEIGHT = EvidenceCode.quantity("nomadic.site.adult-doe-weight",
            "average adult doe weight", "kg", "10", "120",
            "Average live weight of the household's adult does, the reference for the 65 % of 6.9.1.1.",
            SubjectKind.SITE);
    static final EvidenceCode BUCKS = EvidenceCode.count("nomadic.goat-group.bucks", "bucks in the mating group", 0,
            1000, "How many bucks run with the does of the natural-mating group.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode DOES = EvidenceCode.count("nomadic.goat-group.does", "does in the mating group", 0,
            20000, "How many does the group's bucks serve.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode SUPERIOR = EvidenceCode.attestation("nomadic.goat-group.superior-stud-bucks",
            "The group is mated by superior stud bucks with desirable genetic traits, in a planned way",
            "Whether the mating group is a planned group of superior stud bucks, for which the standard allows a "
                    + "reduced ratio.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode PENNED_BEFORE_KIDDING = EvidenceCode.attestation("nomadic.site.does-penned-before-kidding",
            "Does are put into the kidding shed or pen before they give birth",
            "Whether each doe close to kidding is moved into the kidding shed (pen) before delivery.",
            SubjectKind.SITE);
    static final EvidenceCode KIDDING_ATTENDED = EvidenceCode.attestation("nomadic.site.kidding-attended",
            "Kidding is attended by herders trained to give nursing assistance",
            "Whether a herder trained to help with a difficult birth and nurse a weak kid is at hand during kidding.",
            SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(PUBERTY, FIRST_MATING_WEIGHT, ADULT_DOE_WEIGHT, BUCKS, DOES,
            SUPERIOR, PENNED_BEFORE_KIDDING, KIDDING_ATTENDED);

    // 6.9.1.1: what the first-mating rule says.
    static final Sentence AFTER_PUBERTY = Sentence.text("nomadic/6.9.1.1/first-mating/after-puberty",
            "the young does had reached puberty before their first mating.");
    static final Sentence NEITHER_OBSERVED = Sentence.text("nomadic/6.9.1.1/first-mating/unobserved",
            "neither puberty before first mating nor the weights that give the share of adult weight were observed, "
                    + "so this cannot be judged.");
    static final Sentence HEAVY_ENOUGH = Sentence.of("nomadic/6.9.1.1/first-mating/heavy-enough",
            "the lightest young doe weighed {share} of the average adult doe weight at first mating, at least the "
                    + "{required} required.", "share", "required");
    static final Sentence TOO_LIGHT_BEFORE_PUBERTY = Sentence.of("nomadic/6.9.1.1/first-mating/too-light",
            "the lightest young doe weighed {share} of the average adult doe weight at first mating, below "
                    + "{required}, before puberty.", "share", "required");
    static final Sentence TOO_LIGHT_PUBERTY_UNSTATED = Sentence.of(
            "nomadic/6.9.1.1/first-mating/too-light-puberty-unstated",
            "the lightest young doe weighed {share} of the average adult doe weight at first mating, below "
                    + "{required}, and puberty was not attested.", "share", "required");

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.9.1.1", "No mating before puberty or 65 % of adult weight")
                    .prohibition().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Young does are not mated for the first time until they have reached puberty or at least "
                            + "65 % of the average weight of the adult does.")
                    .rule(Rules.custom("first-mating", "young does first mated after puberty or at 65 % or more of "
                                    + "the average adult doe weight", Method.MEASUREMENT, SubjectKind.GOAT_GROUP,
                            Set.of(PUBERTY, FIRST_MATING_WEIGHT, ADULT_DOE_WEIGHT), e -> {
                                Boolean puberty = e.attested(PUBERTY);
                                BigDecimal weight = e.quantity(FIRST_MATING_WEIGHT);
                                BigDecimal adult = e.site().quantity(ADULT_DOE_WEIGHT);
                                List<Fact> facts = new ArrayList<>(3);
                                if (puberty != null) {
                                    facts.add(Fact.of(PUBERTY, puberty));
                                }
                                if (weight != null) {
                                    facts.add(Fact.observed(e, FIRST_MATING_WEIGHT));
                                }
                                if (adult != null) {
                                    facts.add(Fact.observed(e.site(), ADULT_DOE_WEIGHT));
                                }
                                if (Boolean.TRUE.equals(puberty)) {
                                    return Verdict.met(facts, AFTER_PUBERTY.message());
                                }
                                if (weight == null || adult == null) {
                                    return Verdict.missing(NEITHER_OBSERVED.message());
                                }
                                // weight / adult >= 65 %, compared exactly: weight x 100 >= 65 x adult.
                                boolean heavyEnough = weight.multiply(HUNDRED)
                                        .compareTo(FIRST_MATING_WEIGHT_SHARE_PERCENT.multiply(adult)) >= 0;
                                Value.Quantity share = new Value.Quantity(weight.multiply(HUNDRED)
                                        .divide(adult, MathContext.DECIMAL32)
                                        .setScale(1, RoundingMode.HALF_UP), "%");
                                Value.Quantity required = new Value.Quantity(FIRST_MATING_WEIGHT_SHARE_PERCENT, "%");
                                return heavyEnough
                                        ? Verdict.met(facts, HEAVY_ENOUGH.with(share, required))
                                        : Verdict.notMet(facts, (puberty == null ? TOO_LIGHT_PUBERTY_UNSTATED
                                                : TOO_LIGHT_BEFORE_PUBERTY).with(share, required));
                            }).onlyWhen(Household.groups(Household.YOUNG_DOES))
                            .says(AFTER_PUBERTY, NEITHER_OBSERVED, HEAVY_ENOUGH, TOO_LIGHT_PUBERTY_UNSTATED,
                                    TOO_LIGHT_BEFORE_PUBERTY))
                    .build(),
            Clause.of(DIS_2025, "6.9.1.2", "Buck to doe ratio in natural mating")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("In natural mating a buck serves no more than 60 does, and preferably no more than 50 "
                            + "(1:50 to 1:60). In a planned group, superior stud bucks with desirable genetic traits "
                            + "can serve fewer, 40 to 50 does each.")
                    .rule(Rules.ratio("does-per-buck", "does per buck", DOES, BUCKS, Rules.Bound.AT_MOST,
                            DOES_PER_BUCK_MAX).readAs(Wording.RANGE).onlyWhen(Household.groups(Household.MATING_GROUP)))
                    .rule(Rules.ratio("does-per-buck-advised", "does per buck", DOES, BUCKS, Rules.Bound.AT_MOST,
                            DOES_PER_BUCK_ADVISED).advice().readAs(Wording.RANGE)
                            .onlyWhen(Household.groups(Household.MATING_GROUP)
                                    .and(Applicability.unlessAttested(SUPERIOR))))
                    // One ratio, one name: the bundles key a ratio's name by its two codes, so the four rules say
                    // "does per buck" and the superior-stud ones keep their own statements.
                    .rule(Rules.ratio("superior-stud-ratio", "does per buck", DOES, BUCKS,
                            Rules.Bound.AT_MOST, DOES_PER_SUPERIOR_BUCK_MAX)
                            .statement("does per superior stud buck at most " + DOES_PER_SUPERIOR_BUCK_MAX)
                            .readAs(Wording.PERMISSION)
                            .onlyWhen(Household.groups(Household.MATING_GROUP)
                                    .and(Applicability.whenAttested(SUPERIOR))))
                    .rule(Rules.ratio("superior-stud-ratio-lower", "does per buck", DOES, BUCKS,
                            Rules.Bound.AT_LEAST, DOES_PER_SUPERIOR_BUCK_MIN)
                            .statement("does per superior stud buck at least " + DOES_PER_SUPERIOR_BUCK_MIN)
                            .readAs(Wording.PERMISSION)
                            .onlyWhen(Household.groups(Household.MATING_GROUP)
                                    .and(Applicability.whenAttested(SUPERIOR))))
                    .build(),
            Clause.of(DIS_2025, "6.9.1.3", "Does kid in a kidding pen kept at 6 °C to 8 °C")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .conflictsWith("6.3.1", "the kidding pen is 4 °C to 10 °C in 6.3.1 and 6 °C to 8 °C in 6.9.1.3")
                    .summary("Before delivery the doe is put into the kidding shed (pen), whose temperature is kept "
                            + "between 6 °C and 8 °C.")
                    .rule(Rules.attested("penned-before-kidding", PENNED_BEFORE_KIDDING)
                            .onlyWhen(Household.withKids()))
                    .rule(Rules.between("kidding-temperature", ShelterEnvironment.KIDDING_PEN_TEMPERATURE,
                            KIDDING_TEMPERATURE_MIN, KIDDING_TEMPERATURE_MAX).onlyWhen(Household.withKids()
                            .and(Applicability.whenAttested(Household.KIDDING_PEN_IN_USE))))
                    .build(),
            Clause.of(DIS_2025, "6.9.1.4", "Kidding attended by trained herders")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Kidding is attended by herders trained to give nursing assistance when it is needed.")
                    .rule(Rules.attested("attended", KIDDING_ATTENDED).onlyWhen(Household.withKids()))
                    .build());

    private Reproduction() {
    }
}
