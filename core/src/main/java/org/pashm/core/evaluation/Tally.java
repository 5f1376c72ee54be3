package org.pashm.core.evaluation;

import java.util.List;

/**
 * How many findings of a group (a clause, a section, a freedom) have each outcome, and the group's outcome: a
 * nonconformity if any normative finding is one, else not assessed if any normative finding is, else an
 * observation if any advice is not followed, else conforms if anything conforms, else not applicable.
 */
public record Tally(int conforms, int nonconformities, int observations, int notAssessed, int notApplicable,
                    Outcome outcome) {

    public static Tally of(List<Finding> findings) {
        Counter counter = new Counter();
        findings.forEach(counter::add);
        return counter.tally();
    }

    /** Accumulates findings one by one, for groups that are not contiguous lists (freedoms, sections). */
    static final class Counter {
        private int conforms;
        private int nonconformities;
        private int observations;
        private int notAssessed;
        private int notApplicable;
        private boolean normativeNotAssessed;

        void add(Finding f) {
            switch (f.outcome()) {
                case CONFORMS -> conforms++;
                case NONCONFORMITY -> nonconformities++;
                case OBSERVATION -> observations++;
                case NOT_ASSESSED -> {
                    notAssessed++;
                    normativeNotAssessed |= f.isNormative();
                }
                case NOT_APPLICABLE -> notApplicable++;
            }
        }

        /** Forgets every finding, so that one counter serves clause after clause. */
        void clear() {
            conforms = 0;
            nonconformities = 0;
            observations = 0;
            notAssessed = 0;
            notApplicable = 0;
            normativeNotAssessed = false;
        }

        /** Adds every finding another counter has seen. */
        void addAll(Counter other) {
            conforms += other.conforms;
            nonconformities += other.nonconformities;
            observations += other.observations;
            notAssessed += other.notAssessed;
            notApplicable += other.notApplicable;
            normativeNotAssessed |= other.normativeNotAssessed;
        }

        Tally tally() {
            Outcome outcome;
            if (nonconformities > 0) {
                outcome = Outcome.NONCONFORMITY;
            } else if (normativeNotAssessed) {
                outcome = Outcome.NOT_ASSESSED;
            } else if (observations > 0) {
                outcome = Outcome.OBSERVATION;
            } else if (conforms > 0) {
                outcome = Outcome.CONFORMS;
            } else if (notAssessed > 0) {
                outcome = Outcome.NOT_ASSESSED;
            } else {
                outcome = Outcome.NOT_APPLICABLE;
            }
            return new Tally(conforms, nonconformities, observations, notAssessed, notApplicable, outcome);
        }
    }
}
