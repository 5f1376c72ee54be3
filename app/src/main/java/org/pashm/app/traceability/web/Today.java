package org.pashm.app.traceability.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date for record rules (retention ends, dates in the future), in the zone of {@code pashm.traceability.zone}
 * (UTC by default; a cooperative in Inner Mongolia would set Asia/Shanghai).
 */
@ApplicationScoped
public class Today {

    @ConfigProperty(name = "pashm.traceability.zone", defaultValue = "UTC")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(zone);
    }

    /** The last calendar day anywhere on Earth (UTC+14): a date after it is in the future wherever the user is. */
    public static LocalDate latestAnywhere() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }
}
