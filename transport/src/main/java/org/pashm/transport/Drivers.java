package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.transport.Scope.byVehicle;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 8.1: transportation personnel. The driving licence belongs to the driver; knowing and planning the route,
 * the emergency plan and the papers carried belong to each journey the driver makes.
 */
final class Drivers {

    // ---- 8.1.1 ----
    static final EvidenceCode DRIVING_LICENCE = EvidenceCode.attestation("transport.driver.driving-licence",
            "The driver holds a valid driving licence for the class of vehicle driven",
            "Whether the driver's licence is valid on the day of the assessment and covers the vehicle (a truck with "
                    + "a trailer may need a higher class than a light lorry). Give the licence number as the reference.",
            SubjectKind.DRIVER);

    // ---- 8.1.2 ----
    static final EvidenceCode ROUTE_PLANNED = EvidenceCode.attestation("transport.journey.route-known-and-planned",
            "The driver knew the route and planned the driving route in advance",
            "Whether the driver was familiar with the route and had planned it before setting off (roads, distance, "
                    + "stops, where water and help can be found).", SubjectKind.JOURNEY);
    static final EvidenceCode EMERGENCY_PLAN = EvidenceCode.attestation("transport.journey.emergency-plan",
            "An emergency plan for the journey was made in advance",
            "Whether the driver had planned before setting off what to do on a breakdown, an accident, a goat falling "
                    + "ill or a road closed by weather (whom to call, where to unload).", SubjectKind.JOURNEY);
    static final EvidenceCode DOCUMENTS_CARRIED = EvidenceCode.attestation("transport.journey.documents-carried",
            "The crew carried the animal quarantine certificate and the vehicle's transportation permit",
            "Whether the people on the vehicle had the load's animal quarantine certificate and the vehicle's "
                    + "transportation permit with them during the journey.", SubjectKind.JOURNEY);

    static final List<EvidenceCode> CODES = List.of(DRIVING_LICENCE, ROUTE_PLANNED, EMERGENCY_PLAN, DOCUMENTS_CARRIED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "8.1.1", "Driver's licence")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE)
                    .summary("Whoever drives a vehicle carrying goats holds the driving licence for that vehicle.")
                    .rule(byVehicle(Rules.attested("driving-licence", DRIVING_LICENCE)))
                    .build(),
            Clause.of(DIS_2025, "8.1.2", "Route and emergency plan; papers on board")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("The driver knows the route and has planned it and an emergency plan before setting off; "
                            + "the crew carries the animal quarantine certificate and the vehicle's transport permit.")
                    .rule(byVehicle(Rules.attested("route-planned", ROUTE_PLANNED)))
                    .rule(byVehicle(Rules.attested("emergency-plan", EMERGENCY_PLAN)))
                    .rule(byVehicle(Rules.attested("documents-carried", DOCUMENTS_CARRIED)))
                    .build());

    private Drivers() {
    }
}
