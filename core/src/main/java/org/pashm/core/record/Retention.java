package org.pashm.core.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pashm.core.evaluation.Periods;
import org.pashm.core.standard.ClauseNumber;

/**
 * How long a kind of record is kept, and the clause that says so. A record cannot be deleted before its retention
 * ends; a permanent one never.
 *
 * @param code   stable name stored with each record, e.g. {@code grazing-land-evaluation}
 * @param period the minimum time kept; null when kept permanently
 * @param clause the clause that sets it
 */
public record Retention(String code, Period period, ClauseNumber clause) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Retention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clause, "clause");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("retention code '" + code + "' must be lower-case words joined by '-'");
        }
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("retention " + code + ": a period must be positive");
        }
    }

    /** Kept at least {@code period}, as {@code clause} says. */
    public static Retention atLeast(String code, Period period, String clause) {
        return new Retention(code, Objects.requireNonNull(period, "period"), ClauseNumber.of(clause));
    }

    /** Kept for ever, as {@code clause} says. */
    public static Retention permanently(String code, String clause) {
        return new Retention(code, null, ClauseNumber.of(clause));
    }

    public boolean isPermanent() {
        return period == null;
    }

    /** The first day a record made on {@code recordedOn} may be deleted; empty when never. */
    public Optional<LocalDate> endsAfter(LocalDate recordedOn) {
        return Optional.ofNullable(period).map(recordedOn::plus);
    }

    /** "at least 10 years" or "permanently". */
    public String words() {
        return period == null ? "permanently" : "at least " + Periods.words(period);
    }
}
