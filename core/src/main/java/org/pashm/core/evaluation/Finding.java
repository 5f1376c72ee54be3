package org.pashm.core.evaluation;

import java.util.List;
import java.util.Objects;
import org.pashm.core.evidence.Subject;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;

/**
 * The verdict of one rule of one clause on one subject, as data: the unit of an audit report. What it says is a
 * message (a key and its arguments), rendered in the reader's language when the report is read; the rule's
 * statement is found by the clause and rule (its key is {@link org.pashm.core.text.Keys#statement}).
 *
 * @param rule  the rule's id within its clause ("ammonia")
 * @param facts the values the verdict rests on
 * @param says  the verdict in words, without the subject
 */
public record Finding(
        ClauseNumber clause,
        String rule,
        Subject subject,
        Strength strength,
        Outcome outcome,
        List<Fact> facts,
        Message says) {

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(says, "says");
        facts = List.copyOf(facts);
    }

    /** Counts against the standard's decision rule: a normative rule that is not met, or not assessed. */
    public boolean isNormative() {
        return strength.isNormative();
    }
}
