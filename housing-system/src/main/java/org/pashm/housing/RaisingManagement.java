package org.pashm.housing;

import org.pashm.core.evaluation.Applicability;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Sentence;

/** ISO 22786 5.12: raising management, 5.12.1 personnel management (paragraphs 5.12.2 to 5.12.5). */
final class RaisingManagement {

    static final EvidenceCode MANAGERS_KNOW_WELFARE = siteAttestation("managers-know-welfare",
            "The farm's operators and managers master animal welfare information and techniques",
            "Talks with the managers; their training certificates.");
    static final EvidenceCode TECHNICIANS_TRAINED = siteAttestation("technicians-trained",
            "Technicians and breeders were trained before starting work and are competent, know the goats' biology "
                    + "and behaviour, and master welfare and feeding skills",
            "Training records and the auditor's talks with technicians and breeders.");
    static final EvidenceCode LARGE_SCALE = siteAttestation("large-scale",
            "The farm is a large-scale livestock farm", "As the local regulations define large-scale farming.");
    static final EvidenceCode VETS_AND_ARCHIVISTS = siteAttestation("vets-and-archive-keepers",
            "The farm has veterinarians and archive keepers", "Staff list and contracts.");
    static final EvidenceCode LABOUR_LAW = siteAttestation("labour-law-complied",
            "Employment on the farm complies with labour law and other relevant regulations",
            "Contracts, wages, working hours and social insurance of the employees.");
    static final EvidenceCode EMPLOYEE_SYSTEM = siteAttestation("employee-management-system",
            "A management and assessment system for employees secures their benefits, health and safety",
            "The written system and evidence that it is applied.");

    static final List<EvidenceCode> CODES = List.of(MANAGERS_KNOW_WELFARE, TECHNICIANS_TRAINED, LARGE_SCALE,
            VETS_AND_ARCHIVISTS, LABOUR_LAW, EMPLOYEE_SYSTEM);

    static final Sentence NEITHER = Sentence.text("housing/5.12.4/staffed/neither",
            "neither a large-scale farm nor a breeding farm");

    static final List<Clause> CLAUSES = List.of(
            // 5.12.2: "operators and managers need to have the ability to master ..." (R6).
            Clause.of(DIS_2025, "5.12.2", "Managers' welfare knowledge")
                    .readAs(Wording.NECESSITY).housing().freedoms(FEAR_STRESS)
                    .summary("Farm operators and managers master animal welfare information and techniques.")
                    .rule(Rules.attested("knowledge", MANAGERS_KNOW_WELFARE))
                    .build(),
            Clause.of(DIS_2025, "5.12.3", "Trained technicians and breeders")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Technicians and breeders are trained before they start and are competent: they know "
                            + "the biology and behaviour of cashmere goats and master welfare and feeding skills.")
                    .rule(Rules.attested("trained", TECHNICIANS_TRAINED))
                    .build(),
            Clause.of(DIS_2025, "5.12.4", "Veterinarians and archive keepers")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Large-scale livestock farms and goat breeding farms have veterinarians and archive "
                            + "keepers.")
                    .rule(Rules.attested("staffed", VETS_AND_ARCHIVISTS)
                            .onlyWhen(Applicability.whenAnyAttested(NEITHER.message(),
                                    LARGE_SCALE, Reproduction.BREEDING_FARM)).says(NEITHER))
                    .build(),
            Clause.of(DIS_2025, "5.12.5", "Employment")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Employment complies with labour law and other regulations, and a management and "
                            + "assessment system for employees secures their benefits, health and safety.")
                    .rule(Rules.attested("labour-law", LABOUR_LAW))
                    .rule(Rules.attested("employee-system", EMPLOYEE_SYSTEM))
                    .build());

    private RaisingManagement() {
    }
}
