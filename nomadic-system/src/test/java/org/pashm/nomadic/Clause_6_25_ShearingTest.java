package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/**
 * 6.25 "shearing is not recommended" is advice; 6.19.1.1 "combing only" is the requirement. A sheared session is a
 * nonconformity of 6.19.1.1 and an observation of 6.25.
 */
class Clause_6_25_ShearingTest {

    @ParameterizedTest(name = "6.25 and 6.19.1.1 method {0} -> {1} and {2}")
    @CsvSource({"combing, conforms, conforms", "shearing, observation, nonconformity"})
    void shearingIsAdviceHereAndANonconformityOfCombingOnly(String method, String advice, String requirement) {
        var session = on("harvest-session", "s", "nomadic.harvest-session.method", method);
        assertThat(outcome("6.25", "not-sheared", session)).isEqualTo(Outcome.fromCode(advice));
        assertThat(outcome("6.19.1.1", "combing-only", session)).isEqualTo(Outcome.fromCode(requirement));
    }
}
