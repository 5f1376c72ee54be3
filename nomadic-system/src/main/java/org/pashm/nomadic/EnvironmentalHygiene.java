package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;

/** ISO 22786 6.4: environmental hygiene around shelters and camps. */
final class EnvironmentalHygiene {

    static final EvidenceCode SURROUNDINGS_CLEAN = EvidenceCode.attestation("nomadic.site.surroundings-clean",
            "The ground around shelters and enclosures is kept clean, with liquid waste and dirt removed regularly",
            "Whether the area around the shelters and enclosures is free of waste build-up all year, liquid waste and "
                    + "dirt being removed regularly, most of all in the warm seasons.", SubjectKind.SITE);
    static final EvidenceCode DUNG_DRIED_FOR_BEDDING = EvidenceCode.attestation("nomadic.site.dung-dried-for-bedding",
            "Dung is collected, dried every day and used as bedding",
            "Whether dung is gathered, dried daily and spread as bedding in the shelters, sheds and pens.",
            SubjectKind.SITE);
    static final EvidenceCode BEDDING_DUNG_REUSED = EvidenceCode.attestation("nomadic.site.used-bedding-reused",
            "Removed bedding dung is dried and used as fuel or organic fertiliser at the camps",
            "Whether the dung taken out of the bedding is dried and used for fuel or as fertiliser rather than left "
                    + "in heaps.", SubjectKind.SITE);
    static final EvidenceCode WASTE_POINT = EvidenceCode.attestation("nomadic.shelter.waste-collection-point",
            "The shelter's camp has a waste collection point",
            "Whether the seasonal shelter (or summer campsite) has a place where waste is collected.",
            SubjectKind.SHELTER);
    static final EvidenceCode CARCASSES = EvidenceCode.attestation("nomadic.site.carcasses-disposed-under-guidance",
            "Carcasses are buried or burned under the guidance of authorised hygiene and sanitation specialists",
            "Whether dead goats are buried or burned as authorised veterinary or sanitation specialists direct, "
                    + "rather than left in the open or disposed of without guidance.", SubjectKind.SITE);

    /** 6.4.1: "Dung shall be collected, dried daily": at most a day between two collections for drying. */
    static final Quantity DUNG_DRYING_EVERY = Quantity.of("1", "d");
    static final EvidenceCode DUNG_DRYING_INTERVAL = EvidenceCode.quantity("nomadic.site.dung-drying-interval",
            "interval between collections of dung for drying", "d", "0", "90",
            "How often dung is collected and dried for bedding, as the time between two collections (1 d for every "
                    + "day).", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(SURROUNDINGS_CLEAN, DUNG_DRIED_FOR_BEDDING, DUNG_DRYING_INTERVAL,
            BEDDING_DUNG_REUSED, WASTE_POINT, CARCASSES);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.4.1", "Clean surroundings and dried dung bedding")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("The area around shelters and enclosures stays clean all year: liquid waste and dirt are "
                            + "removed regularly, above all in the warm seasons, and dung is collected, dried daily "
                            + "and used as bedding in shelters, sheds and pens.")
                    .rule(Rules.attested("surroundings-clean", SURROUNDINGS_CLEAN))
                    .rule(Rules.measuredElseAttested(Rules.atMost("dung-bedding", DUNG_DRYING_INTERVAL, DUNG_DRYING_EVERY), DUNG_DRIED_FOR_BEDDING))
                    .build(),
            Clause.of(DIS_2025, "6.4.2", "Used bedding dung becomes fuel or fertiliser")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Bedding dung that is removed is dried and used as fuel or organic fertiliser at the "
                            + "camp sites.")
                    .rule(Rules.attested("reused", BEDDING_DUNG_REUSED))
                    .build(),
            Clause.of(DIS_2025, "6.4.3", "A waste collection point at every camp")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Every seasonal shelter and summer campsite has a waste collection point.")
                    .rule(Rules.attested("waste-point", WASTE_POINT))
                    .build(),
            Clause.of(DIS_2025, "6.4.4", "Carcass disposal under guidance")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Carcasses of dead animals are buried or burned under the guidance of authorised hygiene "
                            + "and sanitation specialists.")
                    .rule(Rules.attested("carcasses", CARCASSES))
                    .build());

    private EnvironmentalHygiene() {
    }
}
