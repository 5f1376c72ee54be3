package org.pashm.app.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The farms' calendar, read from the one {@link Clock}: the calendar day in the configured time zone
 * ({@code PASHM_TIME_ZONE}; UTC by default, a cooperative in Inner Mongolia would set Asia/Shanghai), which decides
 * what is due or overdue, when a record's retention or a certificate ends, and the day a record or certificate is
 * dated by default; and the instant, for the times things happened (recorded, created, withdrawn). One zone for the
 * whole platform; the database judges retention in the same zone ({@link DatabaseCalendar}).
 */
@ApplicationScoped
public class FarmCalendar {

    /** The zone furthest ahead of UTC (the Line Islands): where a new calendar day begins first on Earth. */
    static final ZoneOffset EARLIEST_ON_EARTH = ZoneOffset.ofHours(14);

    @Inject
    Clock clock;

    /** The farms' calendar day now. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant instant() {
        return clock.instant();
    }

    /**
     * This instant as a time to store and show: at UTC, as PostgreSQL gives a {@code timestamptz} back, so that an
     * answer reads the same when it is created and when it is read again.
     */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The latest calendar day anywhere on Earth now (UTC+14). A date an assessor, certifier or herder gives for
     * what they saw or did is refused as "in the future" only after it: they may work far east of the platform's
     * zone, and their today must not be refused. Work records and the daily job, which belong to the farm, use
     * {@link #today()}.
     */
    public LocalDate latestDateOnEarth() {
        return LocalDate.ofInstant(clock.instant(), EARLIEST_ON_EARTH);
    }
}
