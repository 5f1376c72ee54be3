package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.HARVESTED;
import static org.pashm.housing.HousingEvidence.attestation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Sentence;

/** ISO 22786 5.21: the cashmere collecting site, observed on each harvest session. */
final class HarvestSite {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;

    // 5.21.2: the collecting shed is between 15 and 20 °C.
    static final Quantity SHED_TEMPERATURE_MIN = Quantity.of("15", "Cel");
    static final Quantity SHED_TEMPERATURE_MAX = Quantity.of("20", "Cel");

    static final EvidenceCode SITE_SUITABLE = attestation(SESSION, "site-suitable",
            "The collecting site is close to the pasture or farm, clean and tidy, spacious and bright, and free from "
                    + "pollution and noise", "Where the session took place.");
    static final EvidenceCode DEDICATED_SHED = attestation(SESSION, "dedicated-shed",
            "Collecting is done in a shed set aside for it, spacious, well lit and sheltered from wind",
            "The shed used.");
    static final EvidenceCode SHED_TEMPERATURE = HousingEvidence.quantity(SESSION, "shed-temperature",
            "collecting shed temperature", "Cel", "-40", "50",
            "Air temperature in the collecting shed during the session (lowest and highest reading both in range).");
    static final EvidenceCode CLEAN_EVEN = attestation(SESSION, "site-clean-even", "The collecting site is clean and "
            + "even", "The floor on the day.");
    static final EvidenceCode FLOOR = HousingEvidence.choice(SESSION, "floor", "collecting site floor",
            List.of("cement", "brick", "wood", "earth", "other"), "What the collecting site's floor is made of.");
    static final EvidenceCode SYNTHETIC_COVER = attestation(SESSION, "synthetic-floor-cover",
            "The floor is covered with fabric containing synthetic fibre (such as polypropylene)",
            "Synthetic fibre can contaminate the cashmere. \"yes\" when found.");
    static final EvidenceCode CONTAMINANTS_REMOVED = attestation(SESSION, "contaminants-removed",
            "Contaminants and hazardous substances were removed from the site before collecting", "The site on the day.");
    static final EvidenceCode CLEANED_DISINFECTED = attestation(SESSION, "site-cleaned-disinfected",
            "The site was cleaned and disinfected the day before and every day after collecting",
            "The cleaning and disinfection record of the session.");

    // 5.21.4: "cleaned and disinfected the day before and every day after cashmere collecting", measured where the
    // cleaning record gives it: the last cleaning before the session on the day before its first day, and no day
    // of collecting left without cleaning after the work; else attested.
    static final EvidenceCode PRE_CLEANING_DATE = HousingEvidence.date(SESSION, "pre-cleaning-date",
            "last cleaning and disinfection before the session", "The day the site was last cleaned and disinfected "
                    + "before the session's first day, from the cleaning record.");
    static final EvidenceCode DAYS_NOT_CLEANED = HousingEvidence.count(SESSION, "days-not-cleaned-after",
            "collecting days not followed by cleaning", 0, 366, "Days of the session after whose collecting the site "
                    + "was not cleaned and disinfected, from the cleaning record.");
    static final long DAYS_NOT_CLEANED_MAX = 0;

    static final List<EvidenceCode> CODES = List.of(SITE_SUITABLE, DEDICATED_SHED, SHED_TEMPERATURE, CLEAN_EVEN,
            FLOOR, SYNTHETIC_COVER, CONTAMINANTS_REMOVED, CLEANED_DISINFECTED, PRE_CLEANING_DATE, DAYS_NOT_CLEANED);

    static final Sentence NOT_THE_DAY_BEFORE = Sentence.of("housing/5.21.4/disinfected/not-the-day-before",
            "the site was last cleaned and disinfected on {cleaned} before the session that began on {first}, not on "
                    + "the day before ({dayBefore}).", "cleaned", "first", "dayBefore");
    static final Sentence CLEANED = Sentence.of("housing/5.21.4/disinfected/cleaned",
            "the site was cleaned and disinfected on {cleaned}, the day before the session, and after every day of "
                    + "collecting.", "cleaned");
    static final Sentence DAYS_SKIPPED = Sentence.of("housing/5.21.4/disinfected/days-skipped",
            "the site was cleaned the day before the session, but {days, plural, one {# day} other {# days}} of "
                    + "collecting {days, plural, one {was} other {were}} not followed by cleaning and disinfection.",
            "days");

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.21.1", "Location of the collecting site")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("The collecting site is near the pasture or farm, with a clean, tidy floor and a "
                            + "spacious, bright room, free from pollution and noise.")
                    .rule(Rules.attested("suitable", SITE_SUITABLE).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.21.2", "Collecting shed")
                    .requirement().housing().freedoms(DISCOMFORT, FEAR_STRESS)
                    .summary("Collecting is done in a shed set aside for it, spacious, well lit and sheltered from "
                            + "wind, at 15 °C to 20 °C inside.")
                    .rule(Rules.attested("dedicated", DEDICATED_SHED).onlyWhen(HARVESTED))
                    .rule(Rules.between("temperature", SHED_TEMPERATURE, SHED_TEMPERATURE_MIN, SHED_TEMPERATURE_MAX)
                            .readAs(Wording.RANGE).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.21.3", "Floor of the collecting site")
                    .requirement().housing().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("The site is clean and even, with a floor of cement, brick or wood; it can be covered "
                            + "with fabric free of synthetic fibre, which could contaminate the cashmere.")
                    .rule(Rules.attested("clean-even", CLEAN_EVEN).onlyWhen(HARVESTED))
                    .rule(Rules.oneOf("floor", FLOOR, "cement", "brick", "wood").onlyWhen(HARVESTED))
                    // 5.21.3: "Fabrics not containing synthetic fibres ... can be used to cover the floor" (R10).
                    .rule(Rules.never("no-synthetic-cover", SYNTHETIC_COVER).readAs(Wording.PERMISSION)
                            .onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.21.4", "Clean, disinfected site")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Contaminants and hazardous substances are removed before collecting; the site is "
                            + "cleaned and disinfected the day before and every day after.")
                    .rule(Rules.attested("contaminants", CONTAMINANTS_REMOVED).onlyWhen(HARVESTED))
                    .rule(Rules.measuredElseAttested("disinfected", Rules.custom("disinfected",
                                            "the site cleaned and disinfected the day before the session and after "
                                                    + "each day of collecting", Method.MEASUREMENT, SESSION,
                                            Set.of(HarvestTiming.DATE, PRE_CLEANING_DATE, DAYS_NOT_CLEANED),
                                            HarvestSite::cleaned)
                                            .says(NOT_THE_DAY_BEFORE, CLEANED, DAYS_SKIPPED),
                                    Rules.attested("disinfected", CLEANED_DISINFECTED))
                            .onlyWhen(HARVESTED))
                    .build());

    /** 5.21.4: cleaned on the day before the session's first day, and after every day of collecting. */
    private static Verdict cleaned(SubjectEvidence e) {
        LocalDate before = e.date(PRE_CLEANING_DATE);
        LocalDate first = e.date(HarvestTiming.DATE);
        Long skipped = e.count(DAYS_NOT_CLEANED);
        if (before == null) {
            return Rules.notObserved(PRE_CLEANING_DATE);
        }
        if (first == null) {
            return Rules.notObserved(HarvestTiming.DATE);
        }
        if (skipped == null) {
            return Rules.notObserved(DAYS_NOT_CLEANED);
        }
        List<Fact> facts = List.of(Fact.of(HarvestTiming.DATE, first), Fact.of(PRE_CLEANING_DATE, before),
                Fact.of(DAYS_NOT_CLEANED, skipped));
        LocalDate dayBefore = first.minusDays(1);
        if (!before.equals(dayBefore)) {
            return Verdict.notMet(facts, NOT_THE_DAY_BEFORE.with(before, first, dayBefore));
        }
        return skipped <= DAYS_NOT_CLEANED_MAX
                ? Verdict.met(facts, CLEANED.with(before))
                : Verdict.notMet(facts, DAYS_SKIPPED.with(skipped));
    }

    private HarvestSite() {
    }
}
