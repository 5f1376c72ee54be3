package org.pashm.core.standard;

import java.time.LocalDate;
import java.util.Objects;
import org.pashm.core.evaluation.DecisionRule;

/**
 * One edition of a standard: what it is called, when the edition is dated (the newest edition of an id is
 * the default for new assessments) and the rule by which its findings add up to an overall result.
 */
public record Standard(StandardRef ref, String title, LocalDate editionDate, DecisionRule decisionRule) {

    public Standard {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(editionDate, "editionDate");
        Objects.requireNonNull(decisionRule, "decisionRule");
    }
}
