package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 6.22: personnel at the cashmere harvest. */
final class HarvestPersonnel {

    static final EvidenceCode COMBERS_TRAINED = EvidenceCode.attestation("nomadic.harvest-session.combers-trained",
            "The combers are trained in harvesting technique and animal welfare and are proficient in handling goats",
            "Whether every comber of the session has had training in combing technique, knows the welfare "
                    + "requirements and handles goats competently.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode GRADERS_PRESENT = EvidenceCode.attestation("nomadic.harvest-session.graders-present",
            "Trained combers and grading and packaging staff are present to grade the fibre and record the harvest data",
            "Whether trained harvest workers and cashmere grading and packaging personnel are on site to grade the "
                    + "fibre and record the harvest data.", SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(COMBERS_TRAINED, GRADERS_PRESENT);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.22.1", "Trained, proficient combers")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Combers are trained in harvesting technique, aware of animal welfare and proficient in "
                            + "handling goats.")
                    .rule(Rules.attested("combers-trained", COMBERS_TRAINED))
                    .build(),
            Clause.of(DIS_2025, "6.22.2", "Grading and recording at the harvest")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Trained harvest workers and cashmere grading and packaging personnel are present at the "
                            + "harvesting site to grade the fibre and record the harvest data.")
                    .rule(Rules.attested("graders-present", GRADERS_PRESENT))
                    .build());

    private HarvestPersonnel() {
    }
}
