package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.calendar.FarmCalendar;

/**
 * The farms' calendar day is the configured zone's ({@code PASHM_TIME_ZONE}), on the app's one clock, for the daily
 * job and for what counts as a date in the future, and the database takes the same day. Kiritimati is 14 hours
 * ahead of UTC: at 12:00 UTC on 10 March 2026 its day is already the 11th, so a server that took its own (UTC) day,
 * or the machine's clock instead of the app's, fails this test whenever it runs.
 */
@QuarkusTest
@TestProfile(FarmCalendarTest.Kiritimati.class)
class FarmCalendarTest {

    /** 12:00 UTC on 10 March 2026: 11 March at Kiritimati (UTC+14), still 10 March at Pago Pago (UTC-11) until 11:00. */
    static final Instant NOON_UTC = Instant.parse("2026-03-10T12:00:00Z");

    public static class Kiritimati implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.time-zone", "Pacific/Kiritimati");
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
    void theDailyJobAndTheRecordsOfWorkTakeTheDayOfTheConfiguredZone_7() {
        clock.fixAt(NOON_UTC);
        given().when().post("/reminders/runs").then().statusCode(200).body("on", equalTo("2026-03-11"));

        String site = Api.site(Api.organisation("farm"), "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        // Work done today on the farm (already the 11th) is recorded; tomorrow's is not done yet.
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2026-03-11");
        given().contentType(ContentType.JSON).body(Map.of("type", "hoof-repair", "performedBy", "Batu",
                        "performedOn", "2026-03-12", "subject", Map.of("kind", "goat-group", "id", "bucks-1")))
                .when().post("/sites/" + site + "/records").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/performedOn"));
    }

    @Test
    void theDatabaseAndTheAppAgreeOnTodayFarFromUtc_7() throws SQLException {
        assertDatabaseAgrees(clock, calendar, dataSource, NOON_UTC, LocalDate.parse("2026-03-11"));
        // Just before Kiritimati's midnight: 09:59 UTC is 23:59 there, still the 10th.
        assertDatabaseAgrees(clock, calendar, dataSource, Instant.parse("2026-03-10T09:59:00Z"),
                LocalDate.parse("2026-03-10"));
    }

    @Test
    void aWorkRecordMayBeDeletedInTheDatabaseOnTheFarmsDayItsRetentionEnds() throws SQLException {
        assertRetentionEndsOnTheFarmsDay(dataSource, "Pacific/Kiritimati", "Pacific/Pago_Pago");
    }

    /** With the clock fixed at {@code at}, the app's today and the database's are both {@code expected}. */
    static void assertDatabaseAgrees(TestClock clock, FarmCalendar calendar, AgroalDataSource dataSource, Instant at,
                                     LocalDate expected) throws SQLException {
        clock.fixAt(at);
        assertThat(calendar.today()).isEqualTo(expected);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select pashm_today(?)")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getObject(1, LocalDate.class)).isEqualTo(expected);
            }
        }
    }

    /**
     * An operator whose session is in {@code session} (another day than the farms' {@code farm}: the two are more
     * than a day apart) deletes two records: the one whose retention ends today on the farms' calendar goes, the one
     * whose retention ends tomorrow stays. Both days are taken by the database in the same transaction, as the
     * trigger takes its own, so the test does not depend on when it runs.
     */
    static void assertRetentionEndsOnTheFarmsDay(AgroalDataSource dataSource, String farm, String session)
            throws SQLException {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local time zone '" + session + "'");
            }
            UUID endsToday = record(c, org, site, farm, 0);
            UUID endsTomorrow = record(c, org, site, farm, 1);
            try (PreparedStatement s = c.prepareStatement("delete from work_record where id = ?")) {
                s.setObject(1, endsToday);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement s = c.prepareStatement("delete from work_record where id = ?")) {
                s.setObject(1, endsTomorrow);
                assertThatThrownBy(s::executeUpdate).hasMessageContaining("cannot be deleted before");
            }
            c.rollback();
        }
    }

    /** A work record whose retention ends {@code days} after today in {@code zone}, as the database reads it. */
    private static UUID record(Connection c, String org, String site, String zone, int days) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key,
                                         performed_on, performed_by, details, retention, recorded_on, retain_until)
                values (?, ?, ?, 'hoof-repair', 'site', 'site', date '2020-01-01', 'test', '{}', 'record',
                        date '2020-01-01',
                        cast(now() at time zone ? as date) + ?)""")) {
            s.setObject(1, id);
            s.setObject(2, UUID.fromString(org));
            s.setObject(3, UUID.fromString(site));
            s.setString(4, zone);
            s.setInt(5, days);
            s.executeUpdate();
        }
        return id;
    }
}
