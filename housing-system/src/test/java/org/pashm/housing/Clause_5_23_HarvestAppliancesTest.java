package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.23: coarse comb 7-8 teeth 2-2.5 cm apart, fine comb 12-14 teeth 0.5-1.0 cm apart (advice); shears. */
class Clause_5_23_HarvestAppliancesTest {

    @ParameterizedTest(name = "5.23.1 {0}: {2} {3} -> {4}")
    @CsvSource({
            "coarse-teeth,   housing.harvest-session.coarse-comb-teeth,   7,   ,   conforms",
            "coarse-teeth,   housing.harvest-session.coarse-comb-teeth,   6,   ,   observation",
            "coarse-teeth,   housing.harvest-session.coarse-comb-teeth,   8,   ,   conforms",
            "coarse-teeth,   housing.harvest-session.coarse-comb-teeth,   9,   ,   observation",
            "coarse-spacing, housing.harvest-session.coarse-comb-spacing, 2,   cm, conforms",
            "coarse-spacing, housing.harvest-session.coarse-comb-spacing, 1.9, cm, observation",
            "coarse-spacing, housing.harvest-session.coarse-comb-spacing, 2.5, cm, conforms",
            "coarse-spacing, housing.harvest-session.coarse-comb-spacing, 2.6, cm, observation",
            "fine-teeth,     housing.harvest-session.fine-comb-teeth,     12,  ,   conforms",
            "fine-teeth,     housing.harvest-session.fine-comb-teeth,     11,  ,   observation",
            "fine-teeth,     housing.harvest-session.fine-comb-teeth,     14,  ,   conforms",
            "fine-teeth,     housing.harvest-session.fine-comb-teeth,     15,  ,   observation",
            "fine-spacing,   housing.harvest-session.fine-comb-spacing,   0.5, cm, conforms",
            "fine-spacing,   housing.harvest-session.fine-comb-spacing,   0.4, cm, observation",
            "fine-spacing,   housing.harvest-session.fine-comb-spacing,   10,  mm, conforms",
            "fine-spacing,   housing.harvest-session.fine-comb-spacing,   1.1, cm, observation"})
    void combsAsDescribed(String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome("5.23.1", rule, obs("housing.harvest-session.method", "combing"), obs(code, value, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.23.1 {0}: not observed -> not assessed; a shearing session -> not applicable")
    @CsvSource({"coarse-teeth", "coarse-spacing", "fine-teeth", "fine-spacing", "combs", "tips-checked"})
    void combRulesConcernCombingSessions(String rule) {
        assertThat(outcome("5.23.1", rule, obs("housing.harvest-session.method", "combing")))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("5.23.1", rule, obs("housing.harvest-session.method", "shearing")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.23.2 powered-preferred (advice): {0} -> {1}")
    @CsvSource({"powered-shears, conforms", "manual-scissors, observation"})
    void poweredShearsArePreferable(String tool, String outcome) {
        assertThat(outcome("5.23.2", "powered-preferred", obs("housing.harvest-session.method", "shearing"),
                obs("housing.harvest-session.shearing-tool", tool))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void adjustingConcernsPoweredShearsOnly() {
        assertThat(outcome("5.23.2", "adjusted", obs("housing.harvest-session.method", "shearing"),
                obs("housing.harvest-session.shearing-tool", "manual-scissors"))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.23.2", "adjusted", obs("housing.harvest-session.method", "combing")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.23.1, combs,        housing.harvest-session.combs-at-hand,     attested",
            "5.23.1, tips-checked, housing.harvest-session.comb-tips-checked, attested",
            "5.23.2, adjusted,     housing.harvest-session.shears-adjusted,   attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
