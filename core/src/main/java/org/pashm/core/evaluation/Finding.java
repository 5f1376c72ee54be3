package org.pashm.core.evaluation;

import java.util.List;
import java.util.Objects;
import org.pashm.core.evidence.Subject;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Strength;

/**
 * The verdict of one rule of one clause on one subject: the unit of an audit report.
 *
 * @param rule        the rule's id within its clause ("ammonia")
 * @param statement   the rule in words ("ammonia concentration at most 20 mg/m3")
 * @param facts       the values the verdict rests on
 * @param explanation one sentence a farmer can read, naming the subject, the value found and the rule
 */
public record Finding(
        ClauseNumber clause,
        String rule,
        Subject subject,
        Strength strength,
        Outcome outcome,
        String statement,
        List<Fact> facts,
        String explanation) {

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(outcome, "outcome");
        facts = List.copyOf(facts);
    }

    /** Counts against the standard's decision rule: a normative rule that is not met, or not assessed. */
    public boolean isNormative() {
        return strength.isNormative();
    }
}
