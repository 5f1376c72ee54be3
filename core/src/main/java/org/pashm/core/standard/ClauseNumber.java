package org.pashm.core.standard;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A canonical clause number such as {@code 5.2.2.1}: dot-separated positive integers, ordered numerically
 * (so 5.9 sorts before 5.10). The top-level number is the clause's section ("5" for everything in 5.x).
 */
public final class ClauseNumber implements Comparable<ClauseNumber> {

    private static final Pattern SYNTAX = Pattern.compile("[1-9][0-9]*(\\.[1-9][0-9]*)*");

    private final String text;
    private final int[] parts;
    /** Cached: reports ask every clause for its section on every evaluation. */
    private ClauseNumber section;

    private ClauseNumber(String text) {
        this.text = text;
        this.parts = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** Parses a clause number; throws {@link IllegalArgumentException} with a readable message when it is not one. */
    public static ClauseNumber of(String text) {
        Objects.requireNonNull(text, "clause number");
        if (!isValid(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a clause number (expected digits separated by dots, e.g. 5.3.3)");
        }
        return new ClauseNumber(text);
    }

    public static boolean isValid(String text) {
        return text != null && SYNTAX.matcher(text).matches();
    }

    /** The section this clause belongs to: its first number ("5" for 5.3.3). */
    public ClauseNumber section() {
        ClauseNumber s = section;
        if (s == null) {
            s = parts.length == 1 ? this : new ClauseNumber(Integer.toString(parts[0]));
            section = s;
        }
        return s;
    }

    public int depth() {
        return parts.length;
    }

    /** True when this number is {@code other} or lies below it (5.3.3 is within 5.3 and within 5). */
    public boolean isWithin(ClauseNumber other) {
        if (other.parts.length > parts.length) {
            return false;
        }
        for (int i = 0; i < other.parts.length; i++) {
            if (parts[i] != other.parts[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(ClauseNumber o) {
        return Arrays.compare(parts, o.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClauseNumber c && text.equals(c.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
