package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * 6.19.1.3: three legs tied, one hind leg free; 6.19.1.5: an injured goat observed for a week; 6.19.1.6: protection
 * from cold. (6.19.1.1, combing only and once a year, is in {@link Clause_6_19_1_1_CombingOnlyTest}.)
 */
class Clause_6_19_CashmereHarvestingTest {

    static RawObservation session(String code, Object value) {
        return on("harvest-session", "spring-2026", "nomadic.harvest-session." + code, value);
    }

    @ParameterizedTest(name = "6.19.1.3 {0} legs tied -> {1}")
    @CsvSource({"3, conforms", "4, nonconformity", "2, nonconformity"})
    void threeLegsTied(int legs, String expected) {
        assertThat(outcome("6.19.1.3", "three-legs", session("legs-tied", legs))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void restraintForCombingDoesNotApplyToShearing_6_19_1_3() {
        assertThat(outcome("6.19.1.3", "three-legs", session("method", "shearing"), session("legs-tied", 4)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.19.1.5 injured goat observed {0} {1} -> {2}")
    @CsvSource({"7, d, conforms", "6, d, nonconformity", "1, wk, conforms", "6.5, d, nonconformity"})
    void injuredGoatObservedForAWeek(String time, String unit, String expected) {
        assertThat(outcome("6.19.1.5", "observed-a-week", session("injured-goats", 1),
                on("harvest-session", "spring-2026", "nomadic.harvest-session.injury-observation", time, unit)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void withoutInjuriesThereIsNothingToTreatOrObserve_6_19_1_5() {
        assertThat(outcome("6.19.1.5", "treated", session("injured-goats", 0))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.19.1.5", "observed-a-week", session("injured-goats", 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void coldProtectionOnlyWhenItTurnedCold_6_19_1_6() {
        assertThat(outcome("6.19.1.6", "kept-warm", session("cold-after-harvest", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.19.1.6", "kept-warm", session("cold-after-harvest", true), session("kept-warm", false)))
                .isEqualTo(Outcome.NONCONFORMITY);
    }

    @Test
    void anInjuryStartsAWeekOfObservation_6_19_1_5() {
        var duty = Nomadic.REGISTRY.duties().stream().filter(d -> d.id().equals("nomadic-injury-observation"))
                .findFirst().orElseThrow();
        assertThat(duty.recurrence().words()).isEqualTo("within 1 week of harvest injury");
        assertThat(duty.subjectKind().name()).isEqualTo("goat");
        var due = duty.recurrence().next(null, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 9)).orElseThrow();
        assertThat(due.opens()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 4, 15));
    }
}
