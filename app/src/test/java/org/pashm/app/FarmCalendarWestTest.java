package org.pashm.app;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.calendar.FarmCalendar;

/**
 * {@link FarmCalendarTest} on the other side of the date line: Pago Pago is 11 hours behind UTC, so at 08:00 UTC on
 * 10 March 2026 its day is still the 9th, and the database, asked by an operator in Kiritimati, takes the farms' day.
 */
@QuarkusTest
@TestProfile(FarmCalendarWestTest.PagoPago.class)
class FarmCalendarWestTest {

    public static class PagoPago implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.time-zone", "Pacific/Pago_Pago");
        }
    }

    @Inject
    TestClock clock;

    @Inject
    FarmCalendar calendar;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void theDatabaseAndTheAppAgreeOnTodayFarFromUtc_7() throws SQLException {
        FarmCalendarTest.assertDatabaseAgrees(clock, calendar, dataSource, Instant.parse("2026-03-10T08:00:00Z"),
                LocalDate.parse("2026-03-09"));
        // 11:00 UTC is midnight at Pago Pago.
        FarmCalendarTest.assertDatabaseAgrees(clock, calendar, dataSource, Instant.parse("2026-03-10T11:00:00Z"),
                LocalDate.parse("2026-03-10"));
    }

    @Test
    void aWorkRecordMayBeDeletedInTheDatabaseOnTheFarmsDayItsRetentionEnds() throws SQLException {
        FarmCalendarTest.assertRetentionEndsOnTheFarmsDay(dataSource, "Pacific/Pago_Pago", "Pacific/Kiritimati");
    }
}
