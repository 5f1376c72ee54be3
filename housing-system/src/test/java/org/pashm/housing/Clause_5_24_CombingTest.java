package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.24: comb at 30 to 45 degrees, never yank, at most 30 minutes a goat. */
class Clause_5_24_CombingTest {

    @ParameterizedTest(name = "{0} {1}: {3} {4} -> {5}")
    @CsvSource({
            "5.24.2, angle,             housing.harvest-session.comb-angle,            30,   deg, conforms",
            "5.24.2, angle,             housing.harvest-session.comb-angle,            29,   deg, nonconformity",
            "5.24.2, angle,             housing.harvest-session.comb-angle,            45,   deg, conforms",
            "5.24.2, angle,             housing.harvest-session.comb-angle,            46,   deg, nonconformity",
            "5.24.5, within-30-minutes, housing.harvest-session.longest-time-per-goat, 30,   min, conforms",
            "5.24.5, within-30-minutes, housing.harvest-session.longest-time-per-goat, 31,   min, nonconformity",
            "5.24.5, within-30-minutes, housing.harvest-session.longest-time-per-goat, 0.5,  h,   conforms"})
    void limits(String clause, String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "combing"), obs(code, value, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed; a shearing session -> not applicable")
    @CsvSource({"5.24.2, angle", "5.24.5, within-30-minutes", "5.24.1, cleaned", "5.24.3, no-yanking"})
    void combingRulesConcernCombingSessions(String clause, String rule) {
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "combing")))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "shearing"),
                obs("housing.harvest-session.longest-time-per-goat", "45", "min"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.24.1, cleaned,    housing.harvest-session.fibre-tips-cleaned, attested",
            "5.24.2, path,       housing.harvest-session.combing-path,       attested",
            "5.24.3, gentle,     housing.harvest-session.gentle-combing,     attested",
            "5.24.3, no-yanking, housing.harvest-session.comb-yanked,        never",
            "5.24.4, fine-pass,  housing.harvest-session.fine-comb-pass,     attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
