package org.pashm.core.evaluation;

import java.util.List;

/**
 * How a standard turns its findings into an overall result. ISO 22786 is conformant when no requirement has a
 * nonconformity and none that applies is left unassessed; another standard brings its own rule (core, major
 * and minor criteria; bronze, silver and gold levels).
 */
public interface DecisionRule {

    /** The rule in one sentence, shown with every report. */
    org.pashm.core.text.Message description();

    /** Every sentence the rule's results say, for the declaring module's bundles. */
    default List<org.pashm.core.text.Sentence> sentences() {
        return List.of();
    }

    OverallResult decide(List<Finding> findings);
}
