package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.3: the environment inside the goat shelter (air, temperature, light, noise, bedding). */
final class ShelterEnvironment {

    // 5.3.3: limits on the air of the goat shed.
    static final Quantity AMMONIA_MAX = Quantity.of("20", "mg/m3");
    static final Quantity CARBON_DIOXIDE_MAX = Quantity.of("1500", "mg/m3");
    static final Quantity TSP_MAX = Quantity.of("4", "mg/m3");
    static final Quantity PM10_MAX = Quantity.of("2", "mg/m3");

    static final EvidenceCode AMMONIA = EvidenceCode.quantity("housing.shelter.ammonia", "ammonia concentration",
            "mg/m3", "0", "500", "Ammonia (NH3) concentration in the shed air, measured at goat height.",
            SubjectKind.SHELTER);
    static final EvidenceCode CARBON_DIOXIDE = EvidenceCode.quantity("housing.shelter.carbon-dioxide",
            "carbon dioxide concentration", "mg/m3", "0", "50000",
            "Carbon dioxide (CO2) concentration in the shed air.", SubjectKind.SHELTER);
    static final EvidenceCode TSP = EvidenceCode.quantity("housing.shelter.tsp", "total suspended particles", "mg/m3",
            "0", "100", "Total suspended particles (TSP) in the shed air.", SubjectKind.SHELTER);
    static final EvidenceCode PM10 = EvidenceCode.quantity("housing.shelter.pm10", "PM10 concentration", "mg/m3", "0",
            "100", "Particulate matter below 10 um (PM10) in the shed air.", SubjectKind.SHELTER);
    static final EvidenceCode NO_ODOUR = EvidenceCode.attestation("housing.shelter.no-special-odour",
            "The shed has almost no special odour", "The auditor's judgement of the smell inside the shed.",
            SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = List.of(AMMONIA, CARBON_DIOXIDE, TSP, PM10, NO_ODOUR);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.3.3", "Air quality in the goat shed")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The shed is well ventilated and its air is good: ammonia at most 20 mg/m3, carbon "
                            + "dioxide at most 1 500 mg/m3, total suspended particles at most 4 mg/m3, PM10 at most "
                            + "2 mg/m3, and almost no special odour.")
                    .rule(Rules.atMost("ammonia", AMMONIA, AMMONIA_MAX))
                    .rule(Rules.atMost("carbon-dioxide", CARBON_DIOXIDE, CARBON_DIOXIDE_MAX))
                    .rule(Rules.atMost("tsp", TSP, TSP_MAX))
                    .rule(Rules.atMost("pm10", PM10, PM10_MAX))
                    .rule(Rules.attested("odour", NO_ODOUR))
                    .build());

    private ShelterEnvironment() {
    }
}
