package org.pashm.core.crosswalk;

import java.util.List;
import java.util.Objects;
import org.pashm.core.evaluation.Finding;

/**
 * The verdict on one requirement of a standard, drawn from an assessment against another standard through a
 * crosswalk: the finding itself (its clause is the requirement, its subject the site), the relation and targets it
 * was drawn through, and the findings of the assessment it rests on.
 *
 * @param relation  null when no crosswalk line covers the requirement (it is then "not assessed")
 * @param targets   what the requirement is mapped to; empty when nothing covers it
 * @param rationale why the crosswalk relates them so; null when nothing covers it
 * @param sources   the findings of the assessment under the targets, in report order; empty when none
 */
public record ProjectedFinding(Finding finding, Relation relation, List<Target> targets, String rationale,
                               List<Finding> sources) {

    public ProjectedFinding {
        Objects.requireNonNull(finding, "finding");
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
    }

    /** Whether some line of the crosswalk covers the requirement. */
    public boolean covered() {
        return relation != null;
    }
}
