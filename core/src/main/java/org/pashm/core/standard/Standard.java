package org.pashm.core.standard;

import java.time.LocalDate;
import java.util.Objects;
import org.pashm.core.evaluation.DecisionRule;

/**
 * One edition of a standard: what it is called, when the edition is dated (the newest edition of an id is
 * the default for new assessments) and the rule by which its findings add up to an overall result.
 *
 * @param freedomsRequired whether every clause must serve at least one of the Five Freedoms (ISO 22786 4.1, Table
 *                         1). True for ISO 22786, whose every clause is about the goats. A standard that also sets
 *                         requirements for people or land (a brand's supplier code on wages and contracts) is made
 *                         with {@link #coveringMoreThanAnimals()}; its clauses about animals still name the freedoms
 *                         they serve, the others serve none.
 */
public record Standard(StandardRef ref, String title, LocalDate editionDate, DecisionRule decisionRule,
                       boolean freedomsRequired) {

    public Standard {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(editionDate, "editionDate");
        Objects.requireNonNull(decisionRule, "decisionRule");
    }

    /** A standard about animal welfare only: every clause serves at least one of the Five Freedoms. */
    public Standard(StandardRef ref, String title, LocalDate editionDate, DecisionRule decisionRule) {
        this(ref, title, editionDate, decisionRule, true);
    }

    /** The same edition, with clauses that may serve none of the Five Freedoms (workers, land, fibre). */
    public Standard coveringMoreThanAnimals() {
        return new Standard(ref, title, editionDate, decisionRule, false);
    }
}
