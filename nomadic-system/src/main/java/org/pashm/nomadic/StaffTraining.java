package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 6.8: staff training (an unnumbered paragraph under the heading the seed text calls 6.2.5). 6.6 outdoor
 * exercise ground and 6.7 farm greening have no requirements in the nomadic system.
 */
final class StaffTraining {

    static final EvidenceCode TRAINING = EvidenceCode.attestation("nomadic.site.herder-training",
            "Herders and assistant herders receive continuous, periodic training in welfare, health care, feeding and "
                    + "disease prevention",
            "Whether the household's herders and assistants take part in recurring skills and knowledge training on "
                    + "animal welfare, health care, feeding, disease prevention and the other parts of nomadic "
                    + "cashmere production (records kept at cooperative level, 11.2.5).", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(TRAINING);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.8", "Training of herders and assistant herders")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE, HUNGER_THIRST)
                    .summary("Herders and assistant herders receive continuous and periodic training in skills and "
                            + "knowledge, so that animal welfare, health care, feeding, disease prevention and the rest "
                            + "of nomadic cashmere production comply with the standard.")
                    .rule(Rules.attested("training", TRAINING))
                    .build());

    private StaffTraining() {
    }
}
