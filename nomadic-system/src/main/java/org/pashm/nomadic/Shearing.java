package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 6.25: shearing, "not recommended for the nomadic cashmere production system". Advice; the requirement to
 * harvest by combing only is 6.19.1.1 ({@link CashmereHarvesting}), which reads the same harvest method.
 */
final class Shearing {

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.25", "Shearing is not recommended")
                    .advice().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Shearing is not recommended in the nomadic cashmere production system (6.19.1.1 requires "
                            + "combing only).")
                    .rule(Rules.noneOf("not-sheared", CashmereHarvesting.METHOD, CashmereHarvesting.SHEARING))
                    .build());

    private Shearing() {
    }
}
