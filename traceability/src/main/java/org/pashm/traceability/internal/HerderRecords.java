package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.time.Period;
import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 11.2: the records of a nomadic herder household, its herder registration and its cooperative. */
final class HerderRecords {

    /** 11.2.4: access to seasonal rangelands, water and minerals is monitored every year. */
    static final Period ACCESS_MONITORING_INTERVAL = Period.ofYears(1);

    static final EvidenceCode REGISTERED = EvidenceCode.attestation("traceability.site.herder-registered",
            "The herder has a registration number recorded in the national database",
            "Whether the herder has been assigned a registration number and that number is recorded in the national "
                    + "herder database.", SubjectKind.SITE);
    static final EvidenceCode HERD_DATA = EvidenceCode.attestation("traceability.site.herd-data-in-national-system",
            "The herd's data and key parameters are entered and kept in the national system",
            "Whether the required data on the goat herd and its key parameters (herder identification number, herd, "
                    + "cashmere colour and quality, strain, age, weight) are entered in the national system.",
            SubjectKind.SITE);
    static final EvidenceCode VETERINARY = EvidenceCode.attestation("traceability.site.veterinary-services-recorded",
            "Veterinary services to the herd are recorded by date and monitored regularly",
            "Whether each veterinary service (vaccination, treatment, check) is recorded against the calendar, and "
                    + "the record is reviewed at regular intervals.", SubjectKind.SITE);
    static final EvidenceCode SHELTER_BREEDING_NUTRITION = EvidenceCode.attestation(
            "traceability.site.shelter-breeding-nutrition-recorded",
            "Shelter, breeding management and supplementary feeding are recorded and monitored regularly",
            "Whether the household records the shelter it provides, how it manages breeding and any additional "
                    + "feed it supplies, and reviews those records at regular intervals.", SubjectKind.SITE);
    static final EvidenceCode LAST_ACCESS_MONITORING = EvidenceCode.date("traceability.site.last-access-monitoring",
            "last monitoring of access to seasonal rangelands, water and minerals",
            "The day access to healthy seasonal rangelands, water and minerals was last monitored for the household.",
            SubjectKind.SITE);
    static final EvidenceCode MONITORED_WITH_AUTHORITY = EvidenceCode.attestation(
            "traceability.site.access-monitored-with-herders-and-authority",
            "Herders and the local authority take part in the monitoring of rangelands, water and minerals",
            "Whether the yearly monitoring is done with the herders and the local authority taking part.",
            SubjectKind.SITE);
    static final EvidenceCode TRAINING_NEEDS = EvidenceCode.attestation(
            "traceability.site.training-needs-recorded-by-cooperative",
            "Training needs assessments and the training provided are recorded at the cooperative",
            "Whether the herder's cooperative keeps records of the training needs it has assessed and of the "
                    + "training it has provided.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(REGISTERED, HERD_DATA, VETERINARY, SHELTER_BREEDING_NUTRITION,
            LAST_ACCESS_MONITORING, MONITORED_WITH_AUTHORITY, TRAINING_NEEDS);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "11.2.1", "Herder registration and herd data in the national database")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Each nomadic herder has a registration number in the national database and enters the "
                            + "data of the goat herd there, so that the origin of the fibre can be traced; key "
                            + "parameters (herder number, herd, cashmere colour and quality, strain, age, weight) are "
                            + "kept in the system.")
                    .rule(Rules.attested("registration", REGISTERED))
                    .rule(Rules.attested("herd-data", HERD_DATA))
                    .build(),
            Clause.of(DIS_2025, "11.2.2", "Veterinary services recorded and monitored")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Veterinary services to the herd are recorded against the calendar and monitored "
                            + "regularly.")
                    .rule(Rules.attested("veterinary", VETERINARY))
                    .build(),
            Clause.of(DIS_2025, "11.2.3", "Shelter, breeding and nutrition recorded and monitored")
                    .requirement().nomadic().freedoms(DISCOMFORT, HUNGER_THIRST)
                    .summary("Adequate shelter, breeding management and additional nutrition are recorded and "
                            + "monitored regularly.")
                    .rule(Rules.attested("shelter-breeding-nutrition", SHELTER_BREEDING_NUTRITION))
                    .build(),
            Clause.of(DIS_2025, "11.2.4", "Yearly monitoring of rangelands, water and minerals")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Access to healthy seasonal rangelands, water and minerals is monitored every year, with "
                            + "the herders and the local authority taking part.")
                    .rule(Rules.notOlderThan("annual", LAST_ACCESS_MONITORING, ACCESS_MONITORING_INTERVAL))
                    .rule(Rules.attested("participation", MONITORED_WITH_AUTHORITY))
                    .build(),
            Clause.of(DIS_2025, "11.2.5", "Training needs and training records at the cooperative")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Records of training needs assessments and of the training provided are kept at the "
                            + "cooperative level.")
                    .rule(Rules.attested("training-needs", TRAINING_NEEDS))
                    .build());

    private HerderRecords() {
    }
}
