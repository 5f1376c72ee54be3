package org.pashm.core.duty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.pashm.core.evaluation.Periods;

/**
 * How the next due date of a duty follows from the last time it was done, or from the event that starts it.
 * The shapes are data (a period, a window of the year) so that the app can compute due dates for all sites at
 * once in SQL as well as here.
 */
public sealed interface Recurrence {

    /**
     * The next occurrence, or empty when nothing is owed (an event-started duty whose event has not happened, or
     * that was done after it).
     *
     * @param lastDone the day it was last done, or null if never
     * @param event    the day of the starting event (a birth, an injury) for {@link AfterEvent}; ignored otherwise
     * @param today    the day to compute from
     */
    Optional<Due> next(LocalDate lastDone, LocalDate event, LocalDate today);

    /** The rule in words: "every 2 months", "every year between 03-01 and 04-30". */
    String words();

    /** Again {@code period} after it was last done; due at once if never done ("every 2 months"). */
    record Every(Period period) implements Recurrence {
        public Every {
            Objects.requireNonNull(period, "period");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a recurrence period must be positive");
            }
        }

        @Override
        public Optional<Due> next(LocalDate lastDone, LocalDate event, LocalDate today) {
            return Optional.of(lastDone == null ? new Due(null, today) : new Due(null, lastDone.plus(period)));
        }

        @Override
        public String words() {
            return "every " + Periods.words(period);
        }
    }

    /**
     * Once a year within a window of the calendar ("from March to April every year"). Done once the window of a
     * year has opened, it is next owed in the following year's window; a year skipped stays owed (overdue) until done.
     */
    record YearlyWindow(MonthDay opens, MonthDay closes) implements Recurrence {
        public YearlyWindow {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (closes.isBefore(opens)) {
                throw new IllegalArgumentException("a yearly window must open before it closes within one year");
            }
        }

        @Override
        public Optional<Due> next(LocalDate lastDone, LocalDate event, LocalDate today) {
            if (lastDone == null) {
                // Never done: owed in this year's window (overdue once it has closed).
                return Optional.of(window(today.getYear()));
            }
            // The first window after the one the last time belongs to: a window counts as served from its opening.
            int year = lastDone.isBefore(opens.atYear(lastDone.getYear())) ? lastDone.getYear() : lastDone.getYear() + 1;
            return Optional.of(window(year));
        }

        private Due window(int year) {
            return new Due(opens.atYear(year), closes.atYear(year));
        }

        @Override
        public String words() {
            return "every year from " + Periods.words(opens) + " to " + Periods.words(closes);
        }
    }

    /**
     * Within {@code within} of an event of the subject (castration within 8 weeks of birth; observation for a week
     * after a harvest injury). Owed once per event; done when a record dated on or after the event exists.
     *
     * @param event the name of the starting event, e.g. "birth" or "harvest-injury"
     */
    record AfterEvent(String event, Period within) implements Recurrence {
        public AfterEvent {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(within, "within");
        }

        @Override
        public Optional<Due> next(LocalDate lastDone, LocalDate eventDay, LocalDate today) {
            if (eventDay == null || (lastDone != null && !lastDone.isBefore(eventDay))) {
                return Optional.empty();
            }
            return Optional.of(new Due(eventDay, eventDay.plus(within)));
        }

        @Override
        public String words() {
            return "within " + Periods.words(within) + " of " + event.replace('-', ' ');
        }
    }
}
