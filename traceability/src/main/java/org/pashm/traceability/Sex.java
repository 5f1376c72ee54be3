package org.pashm.traceability;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A goat's sex, as the herd registry keeps it (11.1.4 counts the herd's structure by it). */
public enum Sex {
    FEMALE,
    MALE;

    private static final Sex[] ALL = values();
    private static final List<String> CODES = Arrays.stream(ALL).map(Sex::code).toList();

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@code female}, {@code male}. */
    public String code() {
        return code;
    }

    /** The sex of a code, in any case; empty when {@code code} is none. */
    public static Optional<Sex> of(String code) {
        String c = code.strip();
        for (Sex v : ALL) {
            if (v.code.equalsIgnoreCase(c)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Every code, in order. */
    public static List<String> codes() {
        return CODES;
    }
}
