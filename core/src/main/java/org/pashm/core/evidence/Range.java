package org.pashm.core.evidence;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The physically plausible values of a code, in its canonical unit, both ends included. A value outside is
 * bad input (a shed at 400 °C, a negative floor area): it is rejected before evaluation, never judged.
 */
public record Range(BigDecimal min, BigDecimal max) {

    public Range {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    public static Range of(String min, String max) {
        return new Range(new BigDecimal(min), new BigDecimal(max));
    }

    public static Range of(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return Numbers.plain(min) + " to " + Numbers.plain(max);
    }
}
