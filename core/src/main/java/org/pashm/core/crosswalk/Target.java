package org.pashm.core.crosswalk;

import java.util.Objects;
import java.util.regex.Pattern;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.standard.ClauseNumber;

/**
 * What a requirement is mapped to in the other standard: a clause with all its rules ({@code 5.14.1}), one rule of
 * a clause ({@code 5.3.5#grazing-shelter}), or a heading with every clause below it ({@code 5.14}).
 *
 * @param rule the id of one rule of the clause, or null for every rule
 */
public record Target(ClauseNumber clause, String rule) {

    private static final Pattern RULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Target {
        Objects.requireNonNull(clause, "clause");
        if (rule != null && !RULE.matcher(rule).matches()) {
            throw new IllegalArgumentException("rule id '" + rule + "' in a crosswalk target must be lower-case words"
                    + " joined by '-'");
        }
    }

    /** Parses {@code 5.14}, {@code 5.14.1} or {@code 5.3.5#grazing-shelter}. */
    public static Target parse(String text) {
        Objects.requireNonNull(text, "target");
        int hash = text.indexOf('#');
        return hash < 0 ? new Target(ClauseNumber.of(text), null)
                : new Target(ClauseNumber.of(text.substring(0, hash)), text.substring(hash + 1));
    }

    /** Whether a finding of the other standard's report is one of this target's. */
    public boolean covers(Finding finding) {
        return finding.clause().isWithin(clause) && (rule == null || rule.equals(finding.rule()));
    }

    /** Whether a clause of the other standard lies under this target (rules aside). */
    public boolean covers(ClauseNumber number) {
        return number.isWithin(clause);
    }

    @Override
    public String toString() {
        return rule == null ? clause.toString() : clause + "#" + rule;
    }
}
