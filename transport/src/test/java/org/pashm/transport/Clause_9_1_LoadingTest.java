package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.on;
import static org.pashm.transport.Transports.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.EvidenceProblem;

/** 9.1.1: ramp gradient at most 20 degrees, slip-resistant and fenced; 9.1.4: at least two small stalls. */
class Clause_9_1_LoadingTest {

    @ParameterizedTest(name = "9.1.1 ramp at {0} {1} -> {2}")
    @CsvSource({
            "19.99, deg, conforms",
            "20,    deg, conforms",
            "20.01, deg, nonconformity",
            "0,     deg, conforms",
            "35,    deg, nonconformity"})
    void rampGradientAtMost20Degrees_9_1_1(String gradient, String unit, String expected) {
        var report = evaluate(List.of(on("journey", "j-1", "ramp-gradient", gradient, unit)));
        assertThat(outcome(report, "9.1.1", "ramp-gradient")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void aGradientInPercentIsRefusedNotGuessed_9_1_1() {
        var validation = Transports.REGISTRY.vocabulary().validate(List.of(
                on("journey", "j-1", "ramp-gradient", "20", "%")));
        assertThat(validation.problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(EvidenceProblem.Rule.INCOMPATIBLE_UNIT));
    }

    @Test
    void withoutARampTheRampRulesAreNotApplicable_9_1_1() {
        var report = evaluate(List.of(on("journey", "j-1", "ramp-used", "false"),
                on("journey", "j-1", "level-handling-equipment", "true")));
        assertThat(outcome(report, "9.1.1", "ramp-gradient")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome(report, "9.1.1", "ramp-safety")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Transports.EN.explain(Transports.finding(report, "9.1.1", "ramp-gradient")))
                .contains("A ramp was used to load or unload the goats: no");
        assertThat(outcome(report, "9.1.1", "level-handling")).isEqualTo(Outcome.CONFORMS);
    }

    @Test
    void withARampNotMeasuredTheGradientIsNotAssessed_9_1_1() {
        var report = evaluate(List.of(on("journey", "j-1", "ramp-used", "true")));
        assertThat(outcome(report, "9.1.1", "ramp-gradient")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(report, "9.1.1", "ramp-safety")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "9.1.4 {0} small stalls -> {1}")
    @CsvSource({"2, conforms", "1, nonconformity", "0, nonconformity", "6, conforms"})
    void severalSmallStallsMeansAtLeastTwo_9_1_4(String pens, String expected) {
        var report = evaluate(List.of(on("vehicle", "truck-1", "small-pens", pens)));
        assertThat(outcome(report, "9.1.4", "several-stalls")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void stallsNotCountedAreNotAssessed_9_1_4() {
        var report = evaluate(List.of(on("vehicle", "truck-1", "transport-permit", "true")));
        assertThat(outcome(report, "9.1.4", "several-stalls")).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
