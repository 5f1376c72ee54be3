package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * 6.23.1 EXAMPLE (advice): coarse comb 12 teeth 1.0 cm to 1.5 cm apart; fine comb 12 to 14 teeth 0.4 cm to 0.6 cm
 * apart. A different comb gives an observation, never a nonconformity.
 */
class Clause_6_23_CombingAppliancesTest {

    @ParameterizedTest(name = "6.23.1 {0} = {1} {2} -> {3}")
    @CsvSource({
            "coarse-teeth,   coarse-comb-teeth,   12,   , conforms",
            "coarse-teeth,   coarse-comb-teeth,   11,   , observation",
            "coarse-teeth,   coarse-comb-teeth,   13,   , observation",
            "coarse-spacing, coarse-comb-spacing, 1.0,  cm, conforms",
            "coarse-spacing, coarse-comb-spacing, 0.9,  cm, observation",
            "coarse-spacing, coarse-comb-spacing, 1.5,  cm, conforms",
            "coarse-spacing, coarse-comb-spacing, 1.6,  cm, observation",
            "coarse-spacing, coarse-comb-spacing, 12,   mm, conforms",
            "fine-teeth,     fine-comb-teeth,     12,   , conforms",
            "fine-teeth,     fine-comb-teeth,     14,   , conforms",
            "fine-teeth,     fine-comb-teeth,     11,   , observation",
            "fine-teeth,     fine-comb-teeth,     15,   , observation",
            "fine-spacing,   fine-comb-spacing,   0.4,  cm, conforms",
            "fine-spacing,   fine-comb-spacing,   0.39, cm, observation",
            "fine-spacing,   fine-comb-spacing,   0.6,  cm, conforms",
            "fine-spacing,   fine-comb-spacing,   0.61, cm, observation"})
    void combDimensionsAreAdvice(String rule, String code, String value, String unit, String expected) {
        RawObservation o = unit == null
                ? on("harvest-session", "s", "nomadic.harvest-session." + code, Integer.parseInt(value))
                : on("harvest-session", "s", "nomadic.harvest-session." + code, value, unit);
        assertThat(outcome("6.23.1", rule, o)).isEqualTo(Outcome.fromCode(expected));
    }
}
