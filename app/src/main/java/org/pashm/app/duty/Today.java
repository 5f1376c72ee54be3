package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The calendar day of the farms, in the configured time zone ({@code pashm.duties.time-zone}). */
@ApplicationScoped
public class Today {

    @ConfigProperty(name = "pashm.duties.time-zone", defaultValue = "UTC")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
