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
 * @param sentence    the verdict in words, without the subject; {@link #explanation()} puts the subject first
 */
public record Finding(
        ClauseNumber clause,
        String rule,
        Subject subject,
        Strength strength,
        Outcome outcome,
        String statement,
        List<Fact> facts,
        String sentence) {

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(outcome, "outcome");
        facts = List.copyOf(facts);
    }

    /**
     * One sentence a farmer can read, naming the subject, the value found and the rule: "Shelter shed-B: ammonia
     * concentration is 24 mg/m3, above the limit of 20 mg/m3." Put together when asked, so that evaluating does not
     * copy every sentence once more.
     */
    public String explanation() {
        return subject.display() + ": " + sentence;
    }

    /** Counts against the standard's decision rule: a normative rule that is not met, or not assessed. */
    public boolean isNormative() {
        return strength.isNormative();
    }
}
