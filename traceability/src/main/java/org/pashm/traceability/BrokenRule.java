package org.pashm.traceability;

import java.util.Objects;
import org.pashm.core.standard.ClauseNumber;

/**
 * A rule of ISO 22786 that a bag (or another record) breaks: the clause that sets it, the rule's id within that
 * clause (the same id as the catalogue rule, where there is one) and a sentence saying what is wrong.
 */
public record BrokenRule(ClauseNumber clause, String rule, String message) {

    public BrokenRule {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** "5.26.1.2 weight: the bag holds 31.2 kg of fibre, more than the 30 kg allowed." */
    @Override
    public String toString() {
        return clause + " " + rule + ": " + message;
    }
}
