package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.HARVESTED;
import static org.pashm.housing.HousingEvidence.attestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.22: the people at a cashmere collecting session. */
final class HarvestPersonnel {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;

    static final EvidenceCode OPERATORS_TRAINED = attestation(SESSION, "operators-trained",
            "The collecting operators are trained in collecting skills and animal welfare, and work skilfully and "
                    + "gently", "Training records and the auditor's watch.");
    static final EvidenceCode VET_ON_SITE = attestation(SESSION, "veterinary-technician-present",
            "A professional veterinary technician was on site to treat injured goats promptly", "Who was present.");
    static final EvidenceCode SUPPORT_STAFF = attestation(SESSION, "support-staff-present",
            "Collecting technicians, grading and packing staff, record keepers and shearing-machine mechanics were on "
                    + "site", "Who was present to guide operators, grade cashmere, record individual data and "
                    + "maintain equipment.");

    static final List<EvidenceCode> CODES = List.of(OPERATORS_TRAINED, VET_ON_SITE, SUPPORT_STAFF);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.22.1", "Trained operators")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Collecting operators are trained in collecting skills and animal welfare and work "
                            + "skilfully and gently.")
                    .rule(Rules.attested("trained", OPERATORS_TRAINED).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.22.2", "Veterinary technician on site")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("A professional veterinary technician is on site to treat injured goats promptly.")
                    .rule(Rules.attested("vet", VET_ON_SITE).onlyWhen(HARVESTED))
                    .build(),
            Clause.of(DIS_2025, "5.22.3", "Technicians, graders, record keepers and mechanics")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Professional collecting technicians, grading and packing staff, record keepers and "
                            + "shearing-machine mechanics are on site to guide the operators, grade the cashmere, "
                            + "record each goat's data and maintain the equipment.")
                    .rule(Rules.attested("staff", SUPPORT_STAFF).onlyWhen(HARVESTED))
                    .build());

    private HarvestPersonnel() {
    }
}
