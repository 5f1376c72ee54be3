package org.pashm.core.evaluation;

import java.util.List;
import java.util.Objects;
import org.pashm.core.text.Message;

/**
 * What a rule concluded about one subject, before the engine weighs it by the rule's strength: met, not met,
 * missing evidence, or not applicable; with the facts it used and what it says, as a message a farmer reads in
 * their own language.
 */
public record Verdict(Status status, List<Fact> facts, Message says) {

    public enum Status {
        MET, NOT_MET, MISSING, NOT_APPLICABLE
    }

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(says, "says");
        facts = List.copyOf(facts);
    }

    public static Verdict met(List<Fact> facts, Message says) {
        return new Verdict(Status.MET, facts, says);
    }

    public static Verdict notMet(List<Fact> facts, Message says) {
        return new Verdict(Status.NOT_MET, facts, says);
    }

    public static Verdict missing(Message says) {
        return new Verdict(Status.MISSING, List.of(), says);
    }

    public static Verdict notApplicable(Message says) {
        return new Verdict(Status.NOT_APPLICABLE, List.of(), says);
    }

    /** Maps the status to an outcome: a rule not met is a nonconformity when normative, an observation when advice. */
    public Outcome outcome(org.pashm.core.standard.Strength strength) {
        return switch (status) {
            case MET -> Outcome.CONFORMS;
            case NOT_MET -> strength.isNormative() ? Outcome.NONCONFORMITY : Outcome.OBSERVATION;
            case MISSING -> Outcome.NOT_ASSESSED;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
        };
    }
}
