package org.pashm.app;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test whose answers depend on the date: during each of its tests the app's clock stands at noon of {@link #TODAY}
 * in the farms' zone, and it is released afterwards, so that the test gives the same answer whenever it is run.
 */
abstract class AtAFixedFarmDay {

    /** The day these tests run on, whenever they are run. */
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Inject
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fixAt(TODAY, LocalTime.NOON);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }
}
