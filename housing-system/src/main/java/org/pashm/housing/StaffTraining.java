package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 5.8: staff training. The paragraph says "it is necessary to continuously train all employees", a
 * requirement (docs/reading-the-standard.md R6).
 */
final class StaffTraining {

    static final EvidenceCode STAFF_TRAINED = siteAttestation("staff-trained",
            "All employees are trained continuously in animal welfare, health care, feeding, epidemic prevention "
                    + "and farm management", "The training plan and attendance records, and talks with the staff.");
    static final EvidenceCode RECORDS_ARCHIVED = siteAttestation("health-and-training-records",
            "The goats' health records and the staff training records are archived promptly",
            "The archive: the latest entries are up to date.");

    static final List<EvidenceCode> CODES = List.of(STAFF_TRAINED, RECORDS_ARCHIVED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.8", "Staff training")
                    .readAs(Wording.NECESSITY).housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("All employees are trained continuously in animal welfare, health care, feeding, "
                            + "epidemic prevention and management so that technicians master their skills; the "
                            + "goats' health records and the training records are archived promptly.")
                    .rule(Rules.attested("training", STAFF_TRAINED))
                    .rule(Rules.attested("records", RECORDS_ARCHIVED))
                    .build());

    private StaffTraining() {
    }
}
