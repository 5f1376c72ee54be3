package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Periods;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/** ISO 22786 5.18: routine management (salt and minerals, castration, hoof repairing). */
final class RoutineManagement {

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

    static final List<EvidenceCode> CODES = List.of(GROUP_CLASS, LAST_HOOF_REPAIR);

    static final List<Clause> CLAUSES = List.of(
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
                                List<Fact> facts = List.of(new Fact(GROUP_CLASS.code(), group),
                                        new Fact(LAST_HOOF_REPAIR.code(), last.toString()));
                                String words = Periods.words(interval);
                                return last.plus(interval).isBefore(e.assessedOn())
                                        ? Verdict.notMet(facts, "hooves were last repaired on " + last + ", more than "
                                                + words + " before the assessment; " + group + " need it every " + words + ".")
                                        : Verdict.met(facts, "hooves were last repaired on " + last + ", within the "
                                                + words + " that " + group + " need.");
                            }))
                    .build());

    static final List<Duty> DUTIES = HOOF_REPAIR_INTERVAL.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> new Duty("hoof-repair-" + e.getKey(), DIS_2025, List.of(ClauseNumber.of("5.18.3")),
                    "Hoof repairing, " + e.getKey().replace('-', ' '),
                    "Trim and repair the hooves of every goat group of class " + e.getKey() + ".",
                    SubjectKind.GOAT_GROUP, e.getKey(), Set.of(ProductionSystem.HOUSING),
                    new Recurrence.Every(e.getValue())))
            .toList();

    private RoutineManagement() {
    }
}
