package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import org.pashm.core.standard.ProductionSystem;

/** What an evaluation needs besides the evidence: the site's production system and the day of the assessment. */
public record EvaluationContext(ProductionSystem system, LocalDate assessedOn) {

    public EvaluationContext {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(assessedOn, "assessedOn");
    }
}
