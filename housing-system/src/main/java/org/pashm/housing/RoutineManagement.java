package org.pashm.housing;

import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.KID_GROUPS;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

/**
 * ISO 22786 5.18: routine management (salt and minerals, castration, hoof repairing). The unnumbered paragraphs under
 * the three headings take their numbers 5.18.1 to 5.18.3.
 */
final class RoutineManagement {

    // ---- 5.18.1 salt and minerals -------------------------------------------------------------------------------

    static final EvidenceCode SALT_AND_MINERALS = HousingEvidence.attestation(SubjectKind.SHELTER,
            "salt-and-minerals", "The shed's goats have salt and minerals",
            "Salt or mineral licks or supplements within the goats' reach.");

    // ---- 5.18.2 castration --------------------------------------------------------------------------------------

    /** 5.18.2: non-breeding male kids are castrated within 8 weeks of birth. */
    static final Period CASTRATION_WITHIN = Period.ofWeeks(8);
    private static final Quantity CASTRATION_AGE_MAX = Quantity.of(Integer.toString(CASTRATION_WITHIN.getDays()), "d");

    static final EvidenceCode NON_BREEDING_MALES = HousingEvidence.count(SubjectKind.GOAT_GROUP,
            "non-breeding-male-kids", "non-breeding male kids", 0, 10000,
            "Number of the cohort's male kids that will not be kept for breeding.");
    static final EvidenceCode CASTRATION_AGE = HousingEvidence.quantity(SubjectKind.GOAT_GROUP, "castration-age",
            "oldest age at castration", "d", "0", "400",
            "Age of the oldest of the cohort's non-breeding male kids when castrated, from the castration records.");
    static final EvidenceCode CASTRATION_CARE = HousingEvidence.attestation(SubjectKind.GOAT_GROUP,
            "castration-care", "Castration is done with special tools and the wounds are treated",
            "The tools used and the treatment records.");
    static final EvidenceCode OTHER_ALTERATIONS = HousingEvidence.siteAttestation("physical-alterations",
            "Goats undergo a physical alteration other than castration",
            "Tail docking, dehorning or disbudding, teeth cutting, ear notching or any other change to a goat's body; "
                    + "identification ear tags are not counted. \"yes\" when found.");

    private static final Applicability MALES_TO_CASTRATE = KID_GROUPS.and(Applicability.whenAny(NON_BREEDING_MALES));

    // ---- 5.18.3 hoof repairing ----------------------------------------------------------------------------------

    /** The goat groups whose hoof-repair interval 5.18.3 sets. */
    static final String HOUSING_BUCKS = "housing-bucks";
    static final String HOUSING_DOES = "housing-does";
    static final String GRAZING_GOATS = "grazing-goats";

    // 5.18.3: hooves of housing bucks every 2 months, housing does ("ewes") every 4, grazing goats every 6.
    static final Map<String, Period> HOOF_REPAIR_INTERVAL = Map.of(
            HOUSING_BUCKS, Period.ofMonths(2),
            HOUSING_DOES, Period.ofMonths(4),
            GRAZING_GOATS, Period.ofMonths(6));

    static final EvidenceCode GROUP_CLASS = EvidenceCode.choice("housing.goat-group.class", "goat group class",
            List.of(HOUSING_BUCKS, HOUSING_DOES, GRAZING_GOATS),
            "Which hoof-care interval of 5.18.3 the group falls under: bucks kept in housing, does kept in housing, or "
                    + "goats that graze.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode LAST_HOOF_REPAIR = EvidenceCode.date("housing.goat-group.last-hoof-repair",
            "last hoof repair", "The day the group's hooves were last trimmed and repaired, from the farm's records.",
            SubjectKind.GOAT_GROUP);

    static final List<EvidenceCode> CODES = List.of(SALT_AND_MINERALS, NON_BREEDING_MALES, CASTRATION_AGE,
            CASTRATION_CARE, OTHER_ALTERATIONS, GROUP_CLASS, LAST_HOOF_REPAIR);

    static final Sentence HOOF_REPAIR_OVERDUE = Sentence.of("housing/5.18.3/hoof-repair/overdue",
            "hooves were last repaired on {last}, more than {interval} before the assessment; {group} need it every "
                    + "{interval}.", "last", "interval", "group");
    static final Sentence HOOF_REPAIR_WITHIN = Sentence.of("housing/5.18.3/hoof-repair/within",
            "hooves were last repaired on {last}, within the {interval} that {group} need.", "last", "interval",
            "group");
    /** Each group class as the sentences name it. */
    private static final Map<String, Message> GROUP_WORDS = Map.of(
            HOUSING_BUCKS, Terms.choice(GROUP_CLASS, HOUSING_BUCKS),
            HOUSING_DOES, Terms.choice(GROUP_CLASS, HOUSING_DOES),
            GRAZING_GOATS, Terms.choice(GROUP_CLASS, GRAZING_GOATS));

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.18.1", "Salt and minerals")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Goats are given salt and minerals.")
                    .rule(Rules.attested("provided", SALT_AND_MINERALS))
                    .build(),
            Clause.of(DIS_2025, "5.18.2", "Castration")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Male kids not kept for breeding are castrated within 8 weeks of birth, as season and "
                            + "weather allow, with special tools and treatment of the wound. Any other change to a "
                            + "goat's body is prohibited.")
                    .rule(Rules.atMost("within-8-weeks", CASTRATION_AGE, CASTRATION_AGE_MAX).onlyWhen(MALES_TO_CASTRATE))
                    .rule(Rules.attested("tools-and-care", CASTRATION_CARE).onlyWhen(MALES_TO_CASTRATE))
                    .rule(Rules.never("no-other-alterations", OTHER_ALTERATIONS).strength(Strength.PROHIBITION))
                    .build(),
            Clause.of(DIS_2025, "5.18.3", "Hoof repairing")
                    .requirement().housing().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("Goats receive regular hoof and foot care: housing bucks every 2 months, housing does "
                            + "every 4 months, grazing goats every 6 months.")
                    .rule(Rules.custom("interval", "hooves repaired within the group's interval (bucks 2, does 4, "
                                    + "grazing goats 6 months)", Method.MEASUREMENT, SubjectKind.GOAT_GROUP,
                            Set.of(GROUP_CLASS, LAST_HOOF_REPAIR), e -> {
                                String group = e.choice(GROUP_CLASS);
                                LocalDate last = e.date(LAST_HOOF_REPAIR);
                                if (group == null) {
                                    return Rules.notObserved(GROUP_CLASS);
                                }
                                if (last == null) {
                                    return Rules.notObserved(LAST_HOOF_REPAIR);
                                }
                                Period interval = HOOF_REPAIR_INTERVAL.get(group);
                                List<Fact> facts = List.of(Fact.observed(e, GROUP_CLASS),
                                        Fact.of(LAST_HOOF_REPAIR, last));
                                Message groupWords = GROUP_WORDS.get(group);
                                return last.plus(interval).isBefore(e.assessedOn())
                                        ? Verdict.notMet(facts, HOOF_REPAIR_OVERDUE.with(last, interval, groupWords))
                                        : Verdict.met(facts, HOOF_REPAIR_WITHIN.with(last, interval, groupWords));
                            }).says(HOOF_REPAIR_OVERDUE, HOOF_REPAIR_WITHIN)
                            .onlyWhen(HousingEvidence.MANAGEMENT_GROUPS))
                    .build());

    static final List<Duty> DUTIES = Stream.concat(
            HOOF_REPAIR_INTERVAL.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new Duty("hoof-repair-" + e.getKey(), DIS_2025, List.of(ClauseNumber.of("5.18.3")),
                            "Hoof repairing, " + e.getKey().replace('-', ' '),
                            "Trim and repair the hooves of every goat group of class " + e.getKey() + ".",
                            SubjectKind.GOAT_GROUP, e.getKey(), GROUP_CLASS.code(), Set.of(ProductionSystem.HOUSING),
                            new Recurrence.Every(e.getValue()))),
            Stream.of(new Duty("castration-non-breeding-kids", DIS_2025,
                    List.of(ClauseNumber.of("5.18.2")), "Castration of non-breeding male kids",
                    "Castrate the male kids of each kid cohort (goat groups of role " + HousingEvidence.KIDS
                            + ") that will not be kept for breeding, with special tools and wound care, within 8 "
                            + "weeks of birth.", SubjectKind.GOAT_GROUP, HousingEvidence.KIDS, HousingEvidence.GROUP_ROLE.code(),
                    Set.of(ProductionSystem.HOUSING), new Recurrence.AfterEvent("birth", CASTRATION_WITHIN))))
            .toList();

    /**
     * The records of this routine: hoof repairs of a goat group (5.18.3), the castration of a kid cohort and the
     * birth that starts its 8 weeks (5.18.2). The nomadic system's castration is recorded as the same kind.
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            RecordKind.of(DIS_2025, "hoof-repair", "Hoof repairing").clauses("5.18.3").about(SubjectKind.GOAT_GROUP)
                    .fulfils(DUTIES.stream().map(Duty::id).filter(id -> id.startsWith("hoof-repair-"))
                            .toArray(String[]::new))
                    .keptAs(Iso22786Retention.RECORD).build(),
            RecordKind.of(DIS_2025, "castration", "Castration").clauses("5.18.2").about(SubjectKind.GOAT_GROUP)
                    .fulfils("castration-non-breeding-kids").keptAs(Iso22786Retention.RECORD).build(),
            RecordKind.of(DIS_2025, "birth", "Birth of a kid cohort (starts the castration of 5.18.2)")
                    .clauses("5.18.2").about(SubjectKind.GOAT_GROUP).keptAs(Iso22786Retention.RECORD).build());

    private RoutineManagement() {
    }
}
