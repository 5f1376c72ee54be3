package org.pashm.core.crosswalk;

import java.util.List;
import java.util.Objects;
import org.pashm.core.standard.ClauseNumber;

/**
 * One line of a crosswalk: a requirement of the standard the crosswalk starts from, how it relates to the target
 * clauses of the other standard taken together, and why.
 *
 * @param requirement the clause number of the requirement, in the standard the crosswalk starts from
 * @param targets     the clauses, rules or headings of the other standard; production systems aside (a requirement
 *                    for any site maps to housing and nomadic clauses alike: a projection uses those that apply)
 * @param rationale   why this relation, in a sentence a reviewer can check against both texts
 */
public record Correspondence(ClauseNumber requirement, Relation relation, List<Target> targets, String rationale) {

    public Correspondence {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(rationale, "rationale");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("requirement " + requirement + " is mapped to no target clause");
        }
    }
}
