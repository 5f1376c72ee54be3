package org.pashm.traceability;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.standard.ClauseNumber;

/**
 * How long ISO 22786 clause 11 (and 5.26.3.2, 6.26.3.2) says each kind of record is kept (the periods of clause 11
 * are core's {@link Iso22786Retention}, which every module's record kinds cite). A record cannot be deleted
 * before its retention ends; permanent records never. The catalogue's retention rules (11.1.2, 11.1.3, 11.1.4,
 * 11.1.7) read their periods from here, so the audit and the app's delete guard agree.
 */
public enum Retention {
    /** 11.1.7: all records of farms and ranches, at least 3 years. */
    RECORD(Iso22786Retention.RECORD),
    /** 11.1.2: evaluation and management of grazing land, at least 10 years. */
    GRAZING_LAND_EVALUATION(Iso22786Retention.GRAZING_LAND_EVALUATION),
    /** 11.1.3: archives of breeding goats, permanently. */
    BREEDING_ARCHIVE(Iso22786Retention.BREEDING_ARCHIVE),
    /** 11.1.4: key parameters (number, origin, colour, quality, strain, age, weight), permanently. */
    KEY_PARAMETERS(Iso22786Retention.KEY_PARAMETERS),
    /** 5.26.3.2 and 6.26.3.2: packaging (bag) information, permanently with a unique number. */
    BAG_DATA(null, "5.26.3.2", "6.26.3.2");

    private final Period period;
    private final List<ClauseNumber> clauses;

    /** The periods of clause 11 that core declares for every module's record kinds. */
    Retention(org.pashm.core.record.Retention of) {
        this(of.period(), of.clause().toString());
    }

    Retention(Period period, String... clauses) {
        this.period = period;
        List<ClauseNumber> numbers = new ArrayList<>(clauses.length);
        for (String c : clauses) {
            numbers.add(ClauseNumber.of(c));
        }
        this.clauses = List.copyOf(numbers);
    }

    /** The minimum retention, empty when the record is kept permanently. */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /** The clause that sets the retention (the housing one where two systems' clauses set the same). */
    public String clause() {
        return clauses.get(0).toString();
    }

    /** Every clause that sets this retention. */
    public List<ClauseNumber> clauses() {
        return clauses;
    }

    public boolean isPermanent() {
        return period == null;
    }

    /** The first day the record may be deleted, empty when never. */
    public Optional<LocalDate> endsAfter(LocalDate recordedOn) {
        return period().map(recordedOn::plus);
    }

    /** Whether a record made on {@code recordedOn} may be deleted on {@code today}. */
    public boolean allowsDeletion(LocalDate recordedOn, LocalDate today) {
        return endsAfter(recordedOn).map(end -> !today.isBefore(end)).orElse(false);
    }

    /** "record", "grazing-land-evaluation", "bag-data". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@link #code()}; throws {@link IllegalArgumentException} naming the choices otherwise. */
    public static Retention fromCode(String code) {
        for (Retention r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a kind of record (expected record, "
                + "grazing-land-evaluation, breeding-archive, key-parameters or bag-data)");
    }
}
