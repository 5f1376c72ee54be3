package org.pashm.core.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void everyPeriodIsDueOnTheDayThePeriodEndsAndOverdueTheDayAfter() {
        Recurrence every2Months = new Recurrence.Every(Period.ofMonths(2));
        Due due = every2Months.next(TODAY.minusMonths(2), null, TODAY).orElseThrow();
        assertThat(due.due()).isEqualTo(TODAY);
        assertThat(due.status(TODAY)).isEqualTo(Due.Status.DUE);
        assertThat(due.status(TODAY.minusDays(1))).isEqualTo(Due.Status.UPCOMING);
        assertThat(due.status(TODAY.plusDays(1))).isEqualTo(Due.Status.OVERDUE);
        assertThat(every2Months.words()).isEqualTo("every 2 months");
    }

    @Test
    void neverDoneIsDueNow() {
        Due due = new Recurrence.Every(Period.ofYears(3)).next(null, null, TODAY).orElseThrow();
        assertThat(due.due()).isEqualTo(TODAY);
        assertThat(due.status(TODAY)).isEqualTo(Due.Status.DUE);
    }

    @Test
    void threeYearsAndOneDayIsOverdue() {
        Due due = new Recurrence.Every(Period.ofYears(3)).next(TODAY.minusYears(3).minusDays(1), null, TODAY).orElseThrow();
        assertThat(due.status(TODAY)).isEqualTo(Due.Status.OVERDUE);
    }

    @Test
    void aYearlyWindowIsOwedInTheWindowAndMovesOnOnceDone() {
        Recurrence marchToApril = new Recurrence.YearlyWindow(MonthDay.of(3, 1), MonthDay.of(4, 30));
        LocalDate february = LocalDate.of(2026, 2, 10);
        Due upcoming = marchToApril.next(LocalDate.of(2025, 3, 20), null, february).orElseThrow();
        assertThat(upcoming).isEqualTo(new Due(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)));
        assertThat(upcoming.status(february)).isEqualTo(Due.Status.UPCOMING);
        assertThat(upcoming.status(LocalDate.of(2026, 3, 1))).isEqualTo(Due.Status.DUE);
        assertThat(upcoming.status(LocalDate.of(2026, 5, 1))).isEqualTo(Due.Status.OVERDUE);
        Due afterDone = marchToApril.next(LocalDate.of(2026, 3, 15), null, LocalDate.of(2026, 3, 16)).orElseThrow();
        assertThat(afterDone.due()).isEqualTo(LocalDate.of(2027, 4, 30));
        Due missed = marchToApril.next(LocalDate.of(2025, 4, 1), null, TODAY).orElseThrow();
        assertThat(missed.status(TODAY)).isEqualTo(Due.Status.OVERDUE);
    }

    @Test
    void aSkippedYearStaysOverdueUntilDone() {
        Recurrence marchToApril = new Recurrence.YearlyWindow(MonthDay.of(3, 1), MonthDay.of(4, 30));
        LocalDate february2026 = LocalDate.of(2026, 2, 10);
        // Done in 2024, not in 2025: the 2025 window is owed, and overdue, not the coming 2026 one.
        Due due = marchToApril.next(LocalDate.of(2024, 3, 15), null, february2026).orElseThrow();
        assertThat(due).isEqualTo(new Due(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)));
        assertThat(due.status(february2026)).isEqualTo(Due.Status.OVERDUE);
        // Done before the window opened counts for the window of the same year.
        assertThat(marchToApril.next(LocalDate.of(2026, 2, 1), null, february2026).orElseThrow().due())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(marchToApril.words()).isEqualTo("every year from 1 March to 30 April");
    }

    @Test
    void anEventStartedDutyIsOwedOncePerEvent() {
        Recurrence castration = new Recurrence.AfterEvent("birth", Period.ofWeeks(8));
        LocalDate born = LocalDate.of(2026, 3, 1);
        assertThat(castration.next(null, null, TODAY)).isEmpty();
        assertThat(castration.next(null, born, TODAY)).get().extracting(Due::due).isEqualTo(born.plusWeeks(8));
        assertThat(castration.next(born.plusWeeks(3), born, TODAY)).isEmpty();
        assertThat(castration.words()).isEqualTo("within 8 weeks of birth");
    }
}
