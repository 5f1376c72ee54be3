package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/**
 * 6.20.1: the nomadic moulting season, mid-March (15 March) to early June (10 June), or outside it while the goats
 * were moulting.
 */
class Clause_6_20_HarvestTimingTest {

    @ParameterizedTest(name = "6.20.1 harvest on {0} -> {1}")
    @CsvSource({
            "2026-03-15, conforms",
            "2026-03-14, nonconformity",
            "2026-06-10, conforms",
            "2026-06-11, nonconformity",
            "2026-04-08, conforms"})
    void harvestInTheMoultingSeason(String day, String expected) {
        assertThat(outcome("6.20.1", "moulting-season", on("harvest-session", "s", "nomadic.harvest-session.date", day)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    /** 6.20.1: the moult depends "on annual climate conditions and ecological zones": the goats' moult decides. */
    @ParameterizedTest(name = "6.20.1 harvest on {0}, goats moulting {1} -> {2}")
    @CsvSource({
            "2026-03-14, true,  conforms",
            "2026-03-14, false, nonconformity",
            "2026-06-11, true,  conforms",
            "2026-06-11, false, nonconformity",
            "2026-03-15, false, nonconformity",
            "2026-06-10, false, nonconformity",
            "2026-06-10, true,  conforms"})
    void outsideTheWindowOnlyWhileTheGoatsWereMoulting(String day, boolean moulting, String expected) {
        assertThat(outcome("6.20.1", "moulting-season", on("harvest-session", "s", "nomadic.harvest-session.date", day),
                on("harvest-session", "s", "nomadic.harvest-session.goats-moulting", moulting)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void theHarvestIsAYearlyDutyInTheMoultingWindow_6_19_1_1_and_6_20_1() {
        var duty = Nomadic.REGISTRY.duties().stream().filter(d -> d.id().equals("nomadic-harvest")).findFirst()
                .orElseThrow();
        assertThat(duty.clauses()).extracting(Object::toString).containsExactly("6.19.1.1", "6.20.1");
        assertThat(duty.recurrence().words()).isEqualTo("every year from 15 March to 10 June");
        var due = duty.recurrence().next(LocalDate.of(2026, 4, 8), null, LocalDate.of(2026, 4, 22)).orElseThrow();
        assertThat(due.opens()).isEqualTo(LocalDate.of(2027, 3, 15));
    }
}
