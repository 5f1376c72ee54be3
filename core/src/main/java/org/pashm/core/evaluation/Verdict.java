package org.pashm.core.evaluation;

import java.util.List;

/**
 * What a rule concluded about one subject, before the engine weighs it by the rule's strength: met, not met,
 * missing evidence, or not applicable; with the facts it used and a sentence a farmer can read.
 */
public record Verdict(Status status, List<Fact> facts, String explanation) {

    public enum Status {
        MET, NOT_MET, MISSING, NOT_APPLICABLE
    }

    public Verdict {
        facts = List.copyOf(facts);
    }

    public static Verdict met(List<Fact> facts, String explanation) {
        return new Verdict(Status.MET, facts, explanation);
    }

    public static Verdict notMet(List<Fact> facts, String explanation) {
        return new Verdict(Status.NOT_MET, facts, explanation);
    }

    public static Verdict missing(String explanation) {
        return new Verdict(Status.MISSING, List.of(), explanation);
    }

    public static Verdict notApplicable(String explanation) {
        return new Verdict(Status.NOT_APPLICABLE, List.of(), explanation);
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
