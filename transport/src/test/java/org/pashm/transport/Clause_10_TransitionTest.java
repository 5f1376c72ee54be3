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
import org.pashm.core.testkit.ModuleTests;

/**
 * 10.1: the rules of a herd's move on foot that depend on what happened on the way. The first sentence of 10.1.3
 * (pace and scheduled stops) concerns long-distance moves; weak goats only a move that had some; kids and pregnant
 * does only a flock that has them; the emergency measures of 10.1.2 only a move an emergency struck.
 */
class Clause_10_TransitionTest {

    @ParameterizedTest(name = "10.1.3 {0} on a move with long-distance = {1} -> {2}")
    @CsvSource({
            "walking-speed,   true,  conforms",
            "walking-speed,   false, not-applicable",
            "stops-scheduled, true,  conforms",
            "stops-scheduled, false, not-applicable"})
    void paceAndStopsOnLongMoves_10_1_3(String rule, boolean longDistance, String expected) {
        var report = evaluate(List.of(on("transition", "t-1", "long-distance", Boolean.toString(longDistance)),
                on("transition", "t-1", "walking-speed-controlled", "true"),
                on("transition", "t-1", "stops-scheduled", "true")));
        assertThat(outcome(report, "10.1.3", rule)).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "10.1.3 weak goats present = {0}, cared for = {1} -> {2}")
    @CsvSource({"true, true, conforms", "true, false, nonconformity", "false, false, not-applicable"})
    void weakGoatsTreatedKeptOrCarried_10_1_3(boolean weak, boolean caredFor, String expected) {
        var report = evaluate(List.of(on("transition", "t-1", "weak-goats", Boolean.toString(weak)),
                on("transition", "t-1", "weak-goats-cared-for", Boolean.toString(caredFor))));
        assertThat(outcome(report, "10.1.3", "weak-goats")).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "10.1.3 kids or pregnant does in the flock = {0}, not hurried = {1} -> {2}")
    @CsvSource({"true, true, conforms", "true, false, nonconformity", "false, false, not-applicable"})
    void kidsAndPregnantDoesNotHurried_10_1_3(boolean present, boolean notHurried, String expected) {
        var report = evaluate(List.of(on("transition", "t-1", "kids-or-pregnant-does", Boolean.toString(present)),
                on("transition", "t-1", "kids-and-pregnant-does-not-hurried", Boolean.toString(notHurried))));
        assertThat(outcome(report, "10.1.3", "kids-and-pregnant-does")).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "10.1.2 emergency on the way = {0}, measures taken = {1} -> {2}")
    @CsvSource({"true, true, conforms", "true, false, nonconformity", "false, false, not-applicable"})
    void emergencyMeasuresWhenAnEmergencyStruck_10_1_2(boolean emergency, boolean measures, String expected) {
        var report = evaluate(List.of(on("transition", "t-1", "emergency-occurred", Boolean.toString(emergency)),
                on("transition", "t-1", "emergency-measures", Boolean.toString(measures))));
        assertThat(outcome(report, "10.1.2", "emergency-measures")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void whenWhatHappenedIsNotStatedTheRulesApplyAndAreNotAssessed_10_1() {
        var report = evaluate(List.of(on("transition", "t-1", "weather-followed", "true")));
        assertThat(outcome(report, "10.1.2", "weather-followed")).isEqualTo(Outcome.CONFORMS);
        for (String rule : List.of("walking-speed", "stops-scheduled", "weak-goats", "kids-and-pregnant-does")) {
            assertThat(outcome(report, "10.1.3", rule)).as(rule).isEqualTo(Outcome.NOT_ASSESSED);
        }
        assertThat(outcome(report, "10.1.2", "emergency-measures")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void eachMoveIsJudgedOnItsOwn_10_1_1() {
        var report = evaluate(List.of(on("transition", "spring-to-summer", "plan-water", "true"),
                on("transition", "autumn-to-winter", "plan-water", "false")));
        assertThat(ModuleTests.findings(report, "10.1.1", "plan-water"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactlyInAnyOrder("spring-to-summer conforms", "autumn-to-winter nonconformity");
    }
}
