package org.pashm.core.standard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;

/**
 * A catalogue entry: one numbered statement of a standard, paraphrased in Pashm's own words, with its
 * strength, the production systems it applies to, the freedoms it serves and the rules that check it.
 *
 * <p>A clause with no rules is catalogued but not evaluated; every "shall" of ISO 22786 clauses 5-12 has at
 * least one rule (a measurement or an auditor's attestation).
 *
 * @param wording   the kind of wording the clause's strength was read from, when it is one that
 *                  {@code docs/reading-the-standard.md} decides; null for a plain "shall", "shall not" or "should"
 * @param conflicts where the draft says something else about the same thing in another clause
 */
public record Clause(
        StandardRef standard,
        ClauseNumber number,
        String title,
        String summary,
        Strength strength,
        Set<ProductionSystem> appliesTo,
        Set<Freedom> freedoms,
        List<Rule> rules,
        Wording wording,
        List<KnownConflict> conflicts) {

    public Clause {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(strength, "strength");
        appliesTo = Set.copyOf(appliesTo);
        freedoms = Set.copyOf(freedoms);
        rules = List.copyOf(rules);
        conflicts = List.copyOf(conflicts);
    }

    /** How the clause is evaluated: by code from measurements, by an auditor's attestation, or not at all. */
    public Method method() {
        if (rules.isEmpty()) {
            return Method.NOT_EVALUATED;
        }
        return rules.stream().anyMatch(r -> r.method() == Method.MEASUREMENT) ? Method.MEASUREMENT : Method.ATTESTATION;
    }

    public boolean appliesTo(ProductionSystem system) {
        return appliesTo.contains(system);
    }

    public ClauseNumber section() {
        return number.section();
    }

    /** Starts a catalogue entry; see {@link Builder}. */
    public static Builder of(StandardRef standard, String number, String title) {
        return new Builder(standard, ClauseNumber.of(number), title);
    }

    /**
     * Builds a clause fluently, so that a clause's number, words, thresholds and rules read as one block:
     * <pre>{@code
     * Clause.of(ISO, "5.3.3", "Air quality in the goat shed")
     *     .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
     *     .summary("...")
     *     .rule(Rules.atMost("ammonia", AMMONIA, AMMONIA_LIMIT))
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private final StandardRef standard;
        private final ClauseNumber number;
        private final String title;
        private String summary;
        private Strength strength;
        private Wording wording;
        private final List<KnownConflict> conflicts = new ArrayList<>();
        private final Set<ProductionSystem> appliesTo = EnumSet.noneOf(ProductionSystem.class);
        private final Set<Freedom> freedoms = EnumSet.noneOf(Freedom.class);
        private final List<Rule.Draft> rules = new ArrayList<>();

        private Builder(StandardRef standard, ClauseNumber number, String title) {
            this.standard = standard;
            this.number = number;
            this.title = title;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder strength(Strength strength) {
            this.strength = strength;
            return this;
        }

        /**
         * Names the kind of wording the clause was read from ({@code docs/reading-the-standard.md}), and takes the
         * strength that wording gives, if it gives one.
         */
        public Builder readAs(Wording kind) {
            this.wording = kind;
            if (kind.strength() != null) {
                this.strength = kind.strength();
            }
            return this;
        }

        /**
         * Marks a place where the draft contradicts itself: {@code other} says something else about the same thing.
         * Both clauses keep their rules; a report in which both apply says so once.
         *
         * @param differs what differs, naming both clauses, as a report says it ("the kidding pen is 4 °C to 10 °C in
         *                6.3.1 and 6 °C to 8 °C in 6.9.1.3")
         */
        public Builder conflictsWith(String other, String differs) {
            conflicts.add(new KnownConflict(ClauseNumber.of(other), differs));
            return this;
        }

        /** "shall". */
        public Builder requirement() {
            return strength(Strength.REQUIREMENT);
        }

        /** "shall not", "prohibited", "not allowed". */
        public Builder prohibition() {
            return strength(Strength.PROHIBITION);
        }

        /** "should", "recommended", "optimal", "may", "can". */
        public Builder advice() {
            return strength(Strength.ADVICE);
        }

        public Builder appliesTo(ProductionSystem... systems) {
            appliesTo.addAll(List.of(systems));
            return this;
        }

        public Builder housing() {
            return appliesTo(ProductionSystem.HOUSING);
        }

        public Builder nomadic() {
            return appliesTo(ProductionSystem.NOMADIC);
        }

        public Builder bothSystems() {
            return appliesTo(ProductionSystem.values());
        }

        public Builder freedoms(Freedom... served) {
            freedoms.addAll(List.of(served));
            return this;
        }

        /**
         * Adds a rule. A rule without its own strength takes the clause's; give a weaker one for the advice inside
         * a requirement (the optimal temperatures of 5.3.2, say).
         */
        public Builder rule(Rule.Draft rule) {
            rules.add(rule);
            return this;
        }

        public Clause build() {
            if (strength == null) {
                throw new IllegalStateException("clause " + number + " has no strength");
            }
            if (summary == null || summary.isBlank()) {
                throw new IllegalStateException("clause " + number + " has no summary");
            }
            List<Rule> built = new ArrayList<>(rules.size());
            for (Rule.Draft draft : rules) {
                built.add(draft.complete(number, strength, wording));
            }
            return new Clause(standard, number, title, summary, strength, appliesTo, freedoms, built, wording,
                    conflicts);
        }
    }
}
