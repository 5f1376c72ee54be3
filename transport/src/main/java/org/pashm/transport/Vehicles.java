package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/** ISO 22786 7.1: transportation vehicles. */
final class Vehicles {

    /** 7.1.2: vehicles pass an inspection every year. */
    static final Period INSPECTION_INTERVAL = Period.ofYears(1);

    // 7.1.3: carrying area per goat. The lower end of each range is the minimum; the text gives no reason to treat
    // more room as a fault, so the upper end is not checked.
    static final Quantity SPACE_ADULT_BUCK_OR_PREGNANT_DOE = Quantity.of("0.4", "m2");
    static final Quantity SPACE_ADULT_DOE = Quantity.of("0.3", "m2");
    static final Quantity SPACE_UNMATED_GOAT = Quantity.of("0.2", "m2");

    static final EvidenceCode LAST_INSPECTION = EvidenceCode.date("transport.vehicle.last-annual-inspection",
            "last annual vehicle inspection", "The day the vehicle last passed its annual inspection.",
            SubjectKind.VEHICLE);
    static final EvidenceCode DECK_AREA = EvidenceCode.quantity("transport.journey.deck-area",
            "carrying area of the vehicle", "m2", "0", "200",
            "The floor area of the carriage available to the goats on this journey.", SubjectKind.JOURNEY);
    static final EvidenceCode ADULT_BUCKS_AND_PREGNANT_DOES = EvidenceCode.count(
            "transport.journey.adult-bucks-and-pregnant-does", "adult bucks and pregnant does carried", 0, 2000,
            "Adult bucks and pregnant does loaded on the journey.", SubjectKind.JOURNEY);
    static final EvidenceCode ADULT_DOES = EvidenceCode.count("transport.journey.adult-does",
            "adult does carried (not pregnant)", 0, 2000, "Adult does that are not pregnant, loaded on the journey.",
            SubjectKind.JOURNEY);
    static final EvidenceCode UNMATED_GOATS = EvidenceCode.count("transport.journey.unmated-goats",
            "unmated goats carried", 0, 2000, "Unmated goats (weaned, not yet mated) loaded on the journey.",
            SubjectKind.JOURNEY);

    static final List<EvidenceCode> CODES = List.of(LAST_INSPECTION, DECK_AREA, ADULT_BUCKS_AND_PREGNANT_DOES,
            ADULT_DOES, UNMATED_GOATS);

    private static Map<EvidenceCode, Quantity> spacePerHead() {
        Map<EvidenceCode, Quantity> m = new LinkedHashMap<>();
        m.put(ADULT_BUCKS_AND_PREGNANT_DOES, SPACE_ADULT_BUCK_OR_PREGNANT_DOE);
        m.put(ADULT_DOES, SPACE_ADULT_DOE);
        m.put(UNMATED_GOATS, SPACE_UNMATED_GOAT);
        return m;
    }

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "7.1.2", "Vehicle inspection and qualification")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE)
                    .summary("Transport vehicles pass their annual inspection, run normally and hold the transport "
                            + "qualifications they need.")
                    .rule(Rules.notOlderThan("annual-inspection", LAST_INSPECTION, INSPECTION_INTERVAL))
                    .build(),
            Clause.of(DIS_2025, "7.1.3", "Safety equipment and space per goat in the vehicle")
                    .requirement().bothSystems().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Vehicles have guardrails and safety equipment, a side door for each small pen, and at "
                            + "least 0.4 m2 per adult buck or pregnant doe, 0.3 m2 per adult doe and 0.2 m2 per unmated "
                            + "goat.")
                    .rule(Rules.perHead("space-per-goat", "carrying area of at least 0.4 m2 per adult buck or "
                            + "pregnant doe, 0.3 m2 per adult doe and 0.2 m2 per unmated goat", DECK_AREA, spacePerHead()))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("vehicle-inspection", DIS_2025, List.of(ClauseNumber.of("7.1.2")),
            "Annual vehicle inspection", "Have every vehicle that carries goats inspected once a year.",
            SubjectKind.VEHICLE, null, Set.of(ProductionSystem.values()), new Recurrence.Every(INSPECTION_INTERVAL)));

    private Vehicles() {
    }
}
