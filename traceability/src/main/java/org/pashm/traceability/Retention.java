package org.pashm.traceability;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * How long ISO 22786 clause 11 (and 5.26.3.2) says each kind of record is kept. A record cannot be deleted before
 * its retention ends; permanent records never.
 */
public enum Retention {
    /** 11.1.7: all records of farms and ranches, at least 3 years. */
    RECORD(Period.ofYears(3), "11.1.7"),
    /** 11.1.2: evaluation and management of grazing land, at least 10 years. */
    GRAZING_LAND_EVALUATION(Period.ofYears(10), "11.1.2"),
    /** 11.1.3: archives of breeding goats, permanently. */
    BREEDING_ARCHIVE(null, "11.1.3"),
    /** 11.1.4: key parameters (number, origin, colour, quality, strain, age, weight), permanently. */
    KEY_PARAMETERS(null, "11.1.4"),
    /** 5.26.3.2 and 6.26.3.2: packaging (bag) information, permanently with a unique number. */
    BAG_DATA(null, "5.26.3.2");

    private final Period period;
    private final String clause;

    Retention(Period period, String clause) {
        this.period = period;
        this.clause = clause;
    }

    /** The minimum retention, empty when the record is kept permanently. */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    public String clause() {
        return clause;
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

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
