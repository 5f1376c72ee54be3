package org.pashm.app.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the app: every "now" and every "today" is read from it, so that a test can fix it (it replaces
 * this bean with an alternative) and no rule reads the machine's clock behind its back. Its zone is the farms'
 * ({@code pashm.time-zone}, {@code PASHM_TIME_ZONE}).
 */
@ApplicationScoped
public class FarmClock {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "pashm.time-zone", defaultValue = "UTC") ZoneId zone) {
        return Clock.system(zone);
    }
}
