package org.pashm.app;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The app's clock in tests, in place of the system clock of {@code FarmClock}: it follows the system clock until a
 * test fixes it ({@link #fixAt}) and moves it on ({@link #advance}); {@link #release} puts it back. A test that
 * fixes it releases it after itself (the app and its clock are shared by the tests of one profile), and a test whose
 * answer depends on the date fixes it, so that it does not depend on when it runs.
 *
 * <p>A fixed clock still never reads the same instant twice: each read moves it on by a microsecond (PostgreSQL's
 * resolution), so that things done one after the other keep their order, as with a real clock, while the date and
 * anything timed in seconds stand still.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final Duration STEP = Duration.of(1, ChronoUnit.MICROS);

    @ConfigProperty(name = "pashm.time-zone", defaultValue = "UTC")
    ZoneId zone;

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Instant instant() {
        Instant at = fixed.getAndUpdate(t -> t == null ? null : t.plus(STEP));
        return at == null ? Instant.now() : at;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return self.withZone(again);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Stops the clock at {@code at}. */
    public TestClock fixAt(Instant at) {
        fixed.set(at);
        return this;
    }

    /** Stops the clock at {@code time} of {@code day} in the farms' zone. */
    public TestClock fixAt(LocalDate day, LocalTime time) {
        return fixAt(day.atTime(time).atZone(zone).toInstant());
    }

    /** Moves the stopped clock on. */
    public TestClock advance(Duration by) {
        if (fixed.getAndUpdate(t -> t == null ? null : t.plus(by)) == null) {
            throw new IllegalStateException("fix the clock before advancing it");
        }
        return this;
    }

    /** Lets the clock follow the system clock again. */
    public void release() {
        fixed.set(null);
    }

    /** The farms' date on this clock. */
    public LocalDate today() {
        return LocalDate.now(this);
    }
}
