package org.pashm.housing;

import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.HARVESTED;
import static org.pashm.housing.HousingEvidence.SHEARING;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.count;
import static org.pashm.housing.HousingEvidence.harvestedBy;
import static org.pashm.housing.HousingEvidence.quantity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
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
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.text.Sentence;

/**
 * ISO 22786 5.19: cashmere harvesting, 5.19.1 general, judged per harvest session. The unnumbered paragraph on
 * shearing dense, high-yield goats continues 5.19.1.3 and is catalogued with it.
 */
final class CashmereHarvesting {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;

    // ---- 5.19.1.1 -------------------------------------------------------------------------------------------------

    /** 5.19.1.1: cashmere is harvested once a year, read as at most once in any 12 months for any goat. */
    static final long HARVESTS_PER_YEAR_MAX = 1;

    static final EvidenceCode HARVESTS_PER_YEAR = count(SubjectKind.SITE, "harvests-per-goat-year",
            "harvests per goat in a year", 0, 12,
            "The most times any goat of the farm had its cashmere combed or shorn in the last 12 months.");
    static final EvidenceCode WELFARE_PRINCIPLES = attestation(SESSION, "welfare-principles-respected",
            "The combing or shearing respected animal welfare principles", "The auditor's watch of the session.");

    // ---- 5.19.1.2 to 5.19.1.4 --------------------------------------------------------------------------------------

    static final EvidenceCode GOATS = count(SESSION, "goats", "goats harvested", 0, 100000,
            "Number of goats combed or shorn in the session.");
    static final EvidenceCode PROTECTED_GENTLE = attestation(SESSION, "protected-and-gentle",
            "Effective protective measures were taken and goats were handled gently", "The auditor's watch.");
    static final EvidenceCode MINIMAL_RESTRAINT = attestation(SESSION, "minimal-restraint",
            "Restraint was proper and kept to the least time, stress and pain",
            "How goats were held or tied, and for how long.");
    static final EvidenceCode GROUPED = attestation(SESSION, "grouped-by-status",
            "Goats were harvested in groups by sex, age, physiological state and health",
            "The session's groups: lactating, pregnant, empty, sick or healthy goats apart.");
    static final EvidenceCode PREGNANT_HARVESTED = attestation(SESSION, "pregnant-does-harvested",
            "Cashmere was collected from does still pregnant",
            "Pregnancy state of the does harvested, from the kidding records. \"yes\" when found.");
    static final EvidenceCode HARVEST_ORDER = attestation(SESSION, "harvest-order",
            "Goats were harvested in the order adult does, unmated does, adult bucks, unmated bucks",
            "The session's schedule.");
    /** 5.19.1.3 (advice): goats of low density and a yield of 400 g or less suit combing; shearing is for others. */
    static final Quantity COMBING_YIELD_MAX = Quantity.of("400", "g");
    static final EvidenceCode YIELD = quantity(SESSION, "yield-per-goat", "cashmere yield per goat", "g", "0", "3000",
            "Mean raw cashmere yield per goat of the session (the group's yield in the previous year when this "
                    + "session's is not yet weighed).");
    /**
     * 5.19.1.3: "The cashmere of pregnant does shall be collected after kidding": judged on the kidding records
     * where they are given (the session's first day after the latest kidding of its does), else attested.
     */
    static final EvidenceCode LATEST_KIDDING = HousingEvidence.date(SESSION, "latest-kidding-date",
            "latest kidding date of the does harvested", "The latest kidding date (for a doe still pregnant, the "
                    + "expected one) among the session's does that were pregnant this season, from the kidding "
                    + "records. Leave out when the session harvested no such doe.");
    static final EvidenceCode SKIN_CARE = attestation(SESSION, "skin-care",
            "Care was taken not to damage the skin, above all round the foreskin and scrotum of bucks and the teats "
                    + "of does", "The auditor's watch of the session.");

    // ---- 5.19.1.5 to 5.19.1.7 --------------------------------------------------------------------------------------

    /** 5.19.1.5: a goat whose skin was damaged at harvest is observed for a week. */
    static final Period INJURY_OBSERVATION = Period.ofWeeks(1);
    private static final Quantity INJURY_OBSERVATION_MIN = Quantity.of(Integer.toString(INJURY_OBSERVATION.getDays()),
            "d");
    /** 5.19.1.7 ("control diet within 24 hours, and start grazing after 24 hours", R1): grazing only after 24 h. */
    static final Quantity GRAZING_AFTER_MIN = Quantity.of("24", "h");

    static final EvidenceCode INJURED_GOATS = count(SESSION, "injured-goats", "goats injured", 0, 100000,
            "Number of the session's goats whose skin was damaged, from the session's injury record.");
    static final EvidenceCode INJURIES_TREATED = attestation(SESSION, "injuries-treated",
            "Every skin injury was treated promptly", "The injury and treatment records of the session.");
    static final EvidenceCode OBSERVATION_DAYS = quantity(SESSION, "injury-observation", "shortest observation of an "
            + "injured goat", "d", "0", "60", "Shortest time any injured goat of the session was kept under "
            + "observation after the injury, from the records.");
    static final EvidenceCode COLD_SHELTER = attestation(SESSION, "sheltered-when-cold",
            "Goats were kept in sheltered pens when the weather turned cold after harvest",
            "Weather after the session and where the goats were kept.");
    static final EvidenceCode SEPARATE_OBSERVATION = attestation(SESSION, "observed-apart",
            "After harvest, goats were kept in a separate area and watched for signs of discomfort",
            "The area used after the session and the watch kept.");
    static final EvidenceCode DIET_CONTROLLED = attestation(SESSION, "diet-controlled",
            "The goats' diet was controlled in the 24 hours after harvest", "The feeding after the session.");
    /** 5.19.1.7: the diet is controlled for the 24 hours after harvest (R1), measured where feeding is recorded. */
    static final Quantity DIET_CONTROL_MIN = Quantity.of("24", "h");
    static final EvidenceCode DIET_CONTROL_TIME = quantity(SESSION, "diet-control-time",
            "controlled diet after harvest", "h", "0", "2000",
            "How long after the end of harvest the goats were kept on a controlled diet before "
                    + "normal feeding, from the session's feeding record.");
    static final EvidenceCode HOURS_TO_GRAZING = quantity(SESSION, "time-to-grazing", "time to first grazing", "h",
            "0", "2000", "Time from the end of harvest to the goats' first grazing.");

    static final List<EvidenceCode> CODES = List.of(HARVESTS_PER_YEAR, WELFARE_PRINCIPLES, GOATS, PROTECTED_GENTLE,
            MINIMAL_RESTRAINT, GROUPED, PREGNANT_HARVESTED, LATEST_KIDDING, HARVEST_ORDER, YIELD, SKIN_CARE,
            INJURED_GOATS, INJURIES_TREATED, OBSERVATION_DAYS, COLD_SHELTER, SEPARATE_OBSERVATION, DIET_CONTROLLED,
            DIET_CONTROL_TIME, HOURS_TO_GRAZING);

    private static final Applicability INJURIES = HARVESTED.and(Applicability.whenAny(INJURED_GOATS));

    static final Sentence AFTER_KIDDING = Sentence.of("housing/5.19.1.3/after-kidding/after",
            "the session began on {harvest}, after the does' latest kidding on {kidding}.", "harvest", "kidding");
    static final Sentence BEFORE_KIDDING = Sentence.of("housing/5.19.1.3/after-kidding/before",
            "the session began on {harvest}, but a doe harvested kidded (or is due) on {kidding}: her cashmere was "
                    + "collected before kidding.", "harvest", "kidding");

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.19.1.1", "Once a year, in the moult")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Cashmere is combed or shorn during the moult, following its natural growth cycle, once "
                            + "a year, and both methods respect animal welfare; combing is preferred. The moulting "
                            + "season itself is checked under 5.20.1.")
                    .rule(Rules.atMost("once-a-year", HARVESTS_PER_YEAR, HARVESTS_PER_YEAR_MAX).onlyWhen(HARVESTED))
                    .rule(Rules.attested("welfare", WELFARE_PRINCIPLES).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.2", "Protection, restraint and grouping")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Goats are protected and handled gently; they may be restrained properly, but for the "
                            + "least time and with the least stress and pain. Harvest is done in groups by sex, age, "
                            + "physiological state and health.")
                    .rule(Rules.attested("gentle", PROTECTED_GENTLE).onlyWhen(HARVESTED))
                    // 5.19.1.2: "It is necessary to minimize the restraining time ..." (R6).
                    .rule(Rules.attested("restraint", MINIMAL_RESTRAINT).readAs(Wording.NECESSITY)
                            .onlyWhen(HARVESTED))
                    .rule(Rules.attested("grouped", GROUPED).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.3", "Order of harvest; pregnant does after kidding")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Pregnant does are harvested only after kidding. Goats can be harvested in the order "
                            + "adult does, unmated does, adult bucks, unmated bucks; dense, high-yield goats can be "
                            + "shorn, while goats of low density yielding 400 g or less can be combed.")
                    .rule(Rules.measuredElseAttested("not-pregnant", Rules.custom("after-kidding",
                                            "the session's first day is after the latest kidding of its does",
                                            Method.MEASUREMENT, SESSION, Set.of(HarvestTiming.DATE, LATEST_KIDDING),
                                            CashmereHarvesting::afterKidding)
                                            .says(AFTER_KIDDING, BEFORE_KIDDING),
                                    Rules.never("not-pregnant", PREGNANT_HARVESTED))
                            .onlyWhen(HARVESTED))
                    // 5.19.1.3: "the order ... can be followed", "can be collected by shearing" (R10).
                    .rule(Rules.attested("order", HARVEST_ORDER).readAs(Wording.PERMISSION).onlyWhen(HARVESTED))
                    .rule(Rules.above("shorn-yield", YIELD, COMBING_YIELD_MAX).readAs(Wording.PERMISSION)
                            .statement("shorn goats yield more than 400 g of cashmere each (400 g or less suits combing)")
                            .onlyWhen(harvestedBy(SHEARING)))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.4", "Care of the skin")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Harvesters take care not to damage the skin, above all round the foreskin and scrotum "
                            + "of bucks and the teats of does.")
                    .rule(Rules.attested("skin", SKIN_CARE).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.5", "Treatment and observation of injuries")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Skin damaged during harvest is treated promptly and the goat is observed for a week to "
                            + "confirm it recovers.")
                    .rule(Rules.attested("treated", INJURIES_TREATED).readAs(Wording.CONDITIONAL).onlyWhen(INJURIES))
                    .rule(Rules.atLeast("observed-a-week", OBSERVATION_DAYS, INJURY_OBSERVATION_MIN)
                            .readAs(Wording.ALLOWANCE_FIGURE)
                            .onlyWhen(INJURIES))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.6", "Shelter from cold after harvest")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("If the weather turns cold after harvest, goats are kept in sheltered pens so that they "
                            + "do not fall ill.")
                    .rule(Rules.attested("sheltered", COLD_SHELTER).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.19.1.7", "Observation and feeding after harvest")
                    .requirement().housing().freedoms(FEAR_STRESS, HUNGER_THIRST, INJURY_DISEASE)
                    .summary("After harvest goats are kept in a separate area and watched for discomfort; their diet "
                            + "is controlled for 24 hours and they graze only after 24 hours.")
                    .rule(Rules.attested("observed", SEPARATE_OBSERVATION).onlyWhen(HARVESTED))
                    .rule(Rules.measuredElseAttested("diet",
                                    Rules.atLeast("diet", DIET_CONTROL_TIME, DIET_CONTROL_MIN),
                                    Rules.attested("diet", DIET_CONTROLLED))
                            .readAs(Wording.IMPERATIVE).onlyWhen(HARVESTED))
                    .rule(Rules.atLeast("grazing-after-24h", HOURS_TO_GRAZING, GRAZING_AFTER_MIN)
                            .readAs(Wording.IMPERATIVE)
                            .onlyWhen(HARVESTED.and(Applicability.whenAttested(HousingEvidence.GOATS_GRAZE))))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("observation-after-harvest-injury", DIS_2025,
            List.of(ClauseNumber.of("5.19.1.5")), "Observation of a goat injured at harvest",
            "Treat the skin injury promptly and keep the goat under observation for a week to confirm it recovers.",
            SubjectKind.GOAT, Set.of(ProductionSystem.HOUSING),
            new Recurrence.AfterEvent("harvest-injury", INJURY_OBSERVATION)));

    /**
     * 5.19.1.5: a goat's skin injured at harvest (the event that starts the week of observation), and the
     * observation that follows. The nomadic system's (6.19.1.5) are the same kinds.
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            RecordKind.of(DIS_2025, "harvest-injury", "Skin injury at harvest (starts a week of observation)")
                    .clauses("5.19.1.5").about(SubjectKind.GOAT).keptAs(Iso22786Retention.RECORD).build(),
            RecordKind.of(DIS_2025, "injury-observation", "Observation of a goat injured at harvest")
                    .clauses("5.19.1.5").about(SubjectKind.GOAT).fulfils("observation-after-harvest-injury")
                    .keptAs(Iso22786Retention.RECORD).build());

    /** 5.19.1.3: the session began after the latest kidding of the does it harvested. */
    private static Verdict afterKidding(SubjectEvidence e) {
        LocalDate kidding = e.date(LATEST_KIDDING);
        LocalDate harvest = e.date(HarvestTiming.DATE);
        if (kidding == null) {
            return Rules.notObserved(LATEST_KIDDING);
        }
        if (harvest == null) {
            return Rules.notObserved(HarvestTiming.DATE);
        }
        List<Fact> facts = List.of(Fact.of(HarvestTiming.DATE, harvest), Fact.of(LATEST_KIDDING, kidding));
        return harvest.isAfter(kidding)
                ? Verdict.met(facts, AFTER_KIDDING.with(harvest, kidding))
                : Verdict.notMet(facts, BEFORE_KIDDING.with(harvest, kidding));
    }

    private CashmereHarvesting() {
    }
}
