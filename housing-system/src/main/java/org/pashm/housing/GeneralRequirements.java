package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.1: general requirements on the construction, siting, layout and materials of the housing. */
final class GeneralRequirements {

    static final EvidenceCode SOUND_CONSTRUCTION = siteAttestation("construction-principles-followed",
            "The housing is built to be economical, practical, firm and environmentally sound, cool in summer, "
                    + "protected from cold and ventilated",
            "The auditor's judgement of the sheds and pens as built, against the principles of 5.1.1.");
    static final EvidenceCode SITE_SELECTION_LAWFUL = siteAttestation("site-selection-lawful",
            "The farm's location complies with the local animal husbandry laws and regulations",
            "Evidence such as the land-use or construction permit and the animal husbandry registration of the farm.");
    static final EvidenceCode DESIGN_TO_STANDARDS = siteAttestation("design-to-standards",
            "The farm's planning and design comply with the relevant standards",
            "The design documents of the farm, compared with the national or local standards for goat farms.");
    static final EvidenceCode BIOSAFE_LAYOUT = siteAttestation("biosafe-layout",
            "The layout meets biosafety requirements with clear boundaries between living quarters, production "
                    + "support, breeding, isolation and manure treatment areas",
            "A walk round the farm with its site plan: each functional area is marked out and where it should be.");
    static final EvidenceCode AREAS_ISOLATED = siteAttestation("functional-areas-isolated",
            "Each functional area is isolated from the others",
            "Fences, walls, distances or controlled passages keep the functional areas apart (people, vehicles, "
                    + "goats and manure do not cross freely).");
    static final EvidenceCode PRACTICAL_MATERIALS = siteAttestation("practical-materials",
            "The construction materials are economical and practical and respect environmental protection",
            "The materials of the sheds and pens; common civil engineering materials are acceptable.");

    static final List<EvidenceCode> CODES = List.of(SOUND_CONSTRUCTION, SITE_SELECTION_LAWFUL, DESIGN_TO_STANDARDS,
            BIOSAFE_LAYOUT, AREAS_ISOLATED, PRACTICAL_MATERIALS);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.1.1", "Principles of construction")
                    .requirement().housing().freedoms(DISCOMFORT)
                    .summary("The housing is built economically, practically and firmly, with regard for the "
                            + "environment, protection from summer heat and from cold, and ventilation.")
                    .rule(Rules.attested("principles", SOUND_CONSTRUCTION))
                    .build(),
            Clause.of(DIS_2025, "5.1.2", "Site selection, planning and design")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The farm is sited as local animal husbandry law requires, and planned and designed to "
                            + "the relevant standards.")
                    .rule(Rules.attested("site-selection", SITE_SELECTION_LAWFUL))
                    .rule(Rules.attested("design", DESIGN_TO_STANDARDS))
                    .build(),
            Clause.of(DIS_2025, "5.1.3", "Biosafe layout")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The layout meets biosafety needs: living quarters, production support, breeding, "
                            + "isolation and manure treatment areas are clearly bounded and isolated from each other.")
                    .rule(Rules.attested("layout", BIOSAFE_LAYOUT))
                    .rule(Rules.attested("isolation", AREAS_ISOLATED))
                    .build(),
            Clause.of(DIS_2025, "5.1.4", "Construction materials")
                    .requirement().housing().freedoms(DISCOMFORT)
                    .summary("Building materials are economical and practical and take environmental protection "
                            + "into account; ordinary civil engineering materials will do.")
                    .rule(Rules.attested("materials", PRACTICAL_MATERIALS))
                    .build());

    private GeneralRequirements() {
    }
}
