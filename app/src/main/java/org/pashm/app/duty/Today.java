package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The farms' calendar day, in the configured time zone ({@code pashm.time-zone}; UTC by default, a cooperative in
 * Inner Mongolia would set Asia/Shanghai): what is due or overdue, when a record's retention ends, whether a date
 * is in the future. One zone for the whole platform.
 */
@ApplicationScoped
public class Today {

    @ConfigProperty(name = "pashm.time-zone", defaultValue = "UTC")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last calendar day anywhere on Earth (UTC+14): a date after it is in the future wherever the user is. */
    public static LocalDate latestAnywhere() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }
}
