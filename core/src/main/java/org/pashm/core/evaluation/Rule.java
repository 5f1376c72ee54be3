package org.pashm.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Strength;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Sentence;

/**
 * One checkable rule of a clause, judged once for every subject of its kind in the evidence. A clause with
 * several limits (ammonia, CO2, dust in 5.3.3) has one rule per limit, so each finding names one value and
 * one limit.
 *
 * <p>Rules are made with the factories of {@link Rules} as {@link Draft}s and completed by
 * {@link org.pashm.core.standard.Clause.Builder}, which gives them their clause number and, unless the draft
 * says otherwise, the clause's strength.
 *
 * @param reads         every evidence code the rule (and its applicability) looks at; the registry checks that
 *                      each is defined
 * @param applicability decides per subject whether the rule applies at all; null means always
 * @param sentences     the sentences the rule's verdicts say beyond core's own ({@link Sentences}), with their
 *                      English templates: what the module's message bundles translate
 * @param wording       the kind of wording the rule was read from, when the draft's wording is one that
 *                      {@code docs/reading-the-standard.md} decides (an imperative, an optimum, "about"); null for a
 *                      plain "shall", "shall not" or "should"
 */
public record Rule(
        ClauseNumber clause,
        String id,
        String statement,
        Strength strength,
        Method method,
        SubjectKind subjectKind,
        Set<String> reads,
        Applicability applicability,
        Judge judge,
        Wording wording,
        List<Sentence> sentences) {

    public Rule {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(judge, "judge");
        reads = Set.copyOf(reads);
        sentences = List.copyOf(sentences);
    }

    /** Judges one subject. */
    @FunctionalInterface
    public interface Judge {
        Verdict judge(SubjectEvidence evidence);
    }

    /** A rule not yet attached to its clause. Immutable: each adjustment returns a new draft. */
    public record Draft(String id, String statement, Strength strength, Method method, SubjectKind subjectKind,
                        Set<String> reads, Applicability applicability, Judge judge, Wording wording,
                        List<Sentence> sentences) {

        public Draft(String id, String statement, Strength strength, Method method, SubjectKind subjectKind,
                     Set<String> reads, Applicability applicability, Judge judge) {
            this(id, statement, strength, method, subjectKind, reads, applicability, judge, null, List.of());
        }

        public Draft {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(subjectKind, "subjectKind");
            Objects.requireNonNull(judge, "judge");
            reads = Set.copyOf(reads);
            sentences = List.copyOf(sentences);
        }

        /**
         * Declares the sentences this rule's own judge says (core's shapes declare theirs), so that the module's
         * bundles carry them in every language.
         */
        public Draft says(Sentence... own) {
            List<Sentence> all = new ArrayList<>(sentences);
            all.addAll(List.of(own));
            return new Draft(id, statement, strength, method, subjectKind, reads, applicability, judge, wording, all);
        }

        /** Makes this rule advice inside a stronger clause: not meeting it gives an observation. */
        public Draft advice() {
            return strength(Strength.ADVICE);
        }

        /** Gives the rule its own strength instead of its clause's. */
        public Draft strength(Strength own) {
            return new Draft(id, statement, own, method, subjectKind, reads, applicability, judge, wording, sentences);
        }

        /**
         * Names the kind of wording the rule was read from ({@code docs/reading-the-standard.md}); when the wording
         * decides the strength (an imperative is a requirement, an optimum without "shall" is advice) the rule takes
         * it.
         */
        public Draft readAs(Wording kind) {
            Strength own = kind.strength() != null ? kind.strength() : strength;
            return new Draft(id, statement, own, method, subjectKind, reads, applicability, judge, kind, sentences);
        }

        /** Overrides the generated statement with the standard's own phrasing, paraphrased. */
        public Draft statement(String words) {
            return new Draft(id, words, strength, method, subjectKind, reads, applicability, judge, wording, sentences);
        }

        /** Restricts the rule to the subjects for which {@code condition} holds; others get "not applicable". */
        public Draft onlyWhen(Applicability condition) {
            Applicability combined = applicability == null ? condition : applicability.and(condition);
            Set<String> all = new LinkedHashSet<>(reads);
            all.addAll(condition.reads());
            return new Draft(id, statement, strength, method, subjectKind, all, combined, judge, wording, sentences);
        }

        /**
         * Judges only once {@code gate} (what the subject is: a feeder's type, a group's role) is observed on the
         * subject; without it the finding is "not assessed", so an untyped subject is not held to every type's limits.
         */
        public Draft requires(org.pashm.core.evidence.EvidenceCode gate) {
            Set<String> all = new LinkedHashSet<>(reads);
            all.add(gate.code());
            Judge inner = judge;
            return new Draft(id, statement, strength, method, subjectKind, all, applicability,
                    e -> e.observation(gate) == null ? Rules.notObserved(gate) : inner.judge(e), wording, sentences);
        }

        public Rule complete(ClauseNumber clause, Strength clauseStrength) {
            return complete(clause, clauseStrength, null);
        }

        /**
         * Attaches the rule to its clause. A rule with no strength of its own takes the clause's, and with it the
         * clause's wording when the rule names none.
         */
        public Rule complete(ClauseNumber clause, Strength clauseStrength, Wording clauseWording) {
            return new Rule(clause, id, statement, strength == null ? clauseStrength : strength, method, subjectKind,
                    reads, applicability, judge, wording != null ? wording : strength == null ? clauseWording : null,
                    sentences);
        }
    }
}
