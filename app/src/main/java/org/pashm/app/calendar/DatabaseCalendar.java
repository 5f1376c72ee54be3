package org.pashm.app.calendar;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Tells the database the farms' zone, so that its rules that take "today" (a work record may be deleted once its
 * retention has ended: {@code work_record_is_kept}, through {@code pashm_today}) agree with the app's
 * {@link FarmCalendar}, also for an operator's session whose own time zone is another. Written at every start, and
 * checked: a zone that PostgreSQL does not know, or reads otherwise than Java, stops the start.
 */
@ApplicationScoped
public class DatabaseCalendar {

    private static final Logger LOG = Logger.getLogger(DatabaseCalendar.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FarmCalendar calendar;

    void write(@Observes StartupEvent event) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // Readiness reports the database down; the zone is written at the next start.
            LOG.warnf("The farms' zone could not be written to the database (%s)", e.getMessage());
            return;
        }
        ZoneId zone = calendar.zone();
        String name = postgresName(zone);
        try (connection; PreparedStatement update = connection.prepareStatement(
                "update farm_calendar set time_zone = ?")) {
            update.setString(1, name);
            update.executeUpdate();
            Instant at = calendar.instant();
            // Four instants six hours apart: each date differs if PostgreSQL's offset differs by six hours or more
            // at one of them (a sign read the other way round, an unknown abbreviation).
            for (int i = 0; i < 4; i++) {
                Instant t = at.plus(Duration.ofHours(6L * i));
                LocalDate database = today(connection, t);
                if (!database.equals(LocalDate.ofInstant(t, zone))) {
                    throw new IllegalStateException("PASHM_TIME_ZONE " + zone + " is read by PostgreSQL as '" + name
                            + "' with another date at " + t + " (" + database + " against "
                            + LocalDate.ofInstant(t, zone) + "); use a region name such as Asia/Shanghai");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PASHM_TIME_ZONE " + zone + " cannot be used by PostgreSQL as '" + name
                    + "': " + e.getMessage(), e);
        }
    }

    /** The farms' date at {@code at} as the database computes it. */
    static LocalDate today(Connection connection, Instant at) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select pashm_today(?)")) {
            select.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    /**
     * The zone's name for PostgreSQL. Region names are the same in both (the IANA database); a fixed offset is not:
     * PostgreSQL reads "UTC+14" the POSIX way, 14 hours west, so whole hours become Etc/GMT-14 (also POSIX-signed,
     * and known to both as 14 hours east).
     */
    static String postgresName(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return "UTC";
            }
            if (seconds % 3600 == 0) {
                int hours = seconds / 3600;
                return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
            }
        }
        return zone.getId();
    }
}
