package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 5.5: feeding space. Table 2 repeats the space per goat of 5.2.2.1; the figures are defined and checked
 * once, in {@link ShelterRequirements}, so that one crowded shed gives one nonconformity, not two.
 */
final class FeedingSpace {

    static final EvidenceCode ROOM_TO_MOVE = HousingEvidence.attestation(SubjectKind.SHELTER, "room-to-move",
            "Goats in the shed have room to move freely and to rest",
            "The auditor watches the goats: all can lie down at once, move away from each other and reach the "
                    + "feeders without being pushed back.");

    static final List<EvidenceCode> CODES = List.of(ROOM_TO_MOVE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.5.1", "Room to move and rest")
                    .requirement().housing().freedoms(NORMAL_BEHAVIOUR, DISCOMFORT)
                    .summary("The shed gives goats enough room to move and rest, meeting their need to move freely.")
                    .rule(Rules.attested("room", ROOM_TO_MOVE))
                    .build(),
            Clause.of(DIS_2025, "5.5.2", "Feeding space by type of goat (Table 2)")
                    .requirement().housing().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR, HUNGER_THIRST)
                    .summary("Table 2 gives the least space per goat of the shed by type: stud buck 4 m² to 6 m², "
                            + "unmated buck and adult doe 1.5 m² to 2 m², unmated doe 0.8 m² to 1.2 m², kid 0.5 m². "
                            + "These are the figures of 5.2.2.1 and are checked there, per shed.")
                    .build());

    private FeedingSpace() {
    }
}
