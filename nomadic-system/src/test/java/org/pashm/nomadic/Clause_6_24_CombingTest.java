package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/**
 * 6.24: guard hair clipped 1 cm above the cashmere (6.24.1); comb at 30° to 45° (6.24.7); at most 30 minutes a goat
 * (6.24.9); no yanking (6.24.10).
 */
class Clause_6_24_CombingTest {

    @ParameterizedTest(name = "6.24.{0} {1} = {2} {3} -> {4}")
    @CsvSource({
            "1, guard-hair-margin, guard-hair-margin,     1,    cm,  conforms",
            "1, guard-hair-margin, guard-hair-margin,     0.5,  cm,  conforms",
            "1, guard-hair-margin, guard-hair-margin,     0.49, cm,  nonconformity",
            "1, guard-hair-margin, guard-hair-margin,     1.49, cm,  conforms",
            "1, guard-hair-margin, guard-hair-margin,     1.5,  cm,  nonconformity",
            "1, guard-hair-margin, guard-hair-margin,     10,   mm,  conforms",
            "7, comb-angle,        comb-angle,            30,   deg, conforms",
            "7, comb-angle,        comb-angle,            29.9, deg, nonconformity",
            "7, comb-angle,        comb-angle,            45,   deg, conforms",
            "7, comb-angle,        comb-angle,            45.1, deg, nonconformity",
            "9, combing-time,      longest-combing-time,  30,   min, conforms",
            "9, combing-time,      longest-combing-time,  31,   min, nonconformity",
            "9, combing-time,      longest-combing-time,  0.5,  h,   conforms",
            "9, combing-time,      longest-combing-time,  0.51, h,   nonconformity"})
    void combingLimits(String sub, String rule, String code, String value, String unit, String expected) {
        assertThat(outcome("6.24." + sub, rule, on("harvest-session", "s", "nomadic.harvest-session." + code, value,
                unit))).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.24.10 yanking found = {0} -> {1}")
    @CsvSource({"false, conforms", "true, nonconformity"})
    void noYanking(boolean found, String expected) {
        assertThat(outcome("6.24.10", "yanking", on("harvest-session", "s", "nomadic.harvest-session.yanking", found)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void combingRulesDoNotApplyToAShearingSession_6_24() {
        assertThat(outcome("6.24.9", "combing-time",
                on("harvest-session", "s", "nomadic.harvest-session.method", "shearing"),
                on("harvest-session", "s", "nomadic.harvest-session.longest-combing-time", "45", "min")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
