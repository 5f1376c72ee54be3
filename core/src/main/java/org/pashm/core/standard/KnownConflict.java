package org.pashm.core.standard;

import java.util.Objects;

/**
 * A place where the draft contradicts itself: another clause says something else about the same thing (the
 * kidding pen is 6 to 8 °C in 6.9.1.3 and 4 to 10 °C in 6.3.1). Pashm keeps both rules, as the draft has both, and
 * says so wherever both apply.
 *
 * @param other   the clause that says otherwise
 * @param differs what differs, in one sentence
 */
public record KnownConflict(ClauseNumber other, String differs) {

    public KnownConflict {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(differs, "differs");
    }
}
