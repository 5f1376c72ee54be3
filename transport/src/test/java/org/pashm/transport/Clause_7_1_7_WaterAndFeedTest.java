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
import org.pashm.core.standard.Strength;

/** 7.1.7: enough water before transport; no feed within 4 hours before loading. */
class Clause_7_1_7_WaterAndFeedTest {

    @ParameterizedTest(name = "7.1.7 last fed {0} {1} before loading -> {2}")
    @CsvSource({
            "4,    h,   conforms",
            "3.99, h,   nonconformity",
            "4.01, h,   conforms",
            "0,    h,   nonconformity",
            "12,   h,   conforms",
            "240,  min, conforms",
            "239,  min, nonconformity"})
    void noFeedWithinFourHoursBeforeLoading_7_1_7(String since, String unit, String expected) {
        var report = evaluate(List.of(on("journey", "j-1", "hours-since-last-feed", since, unit)));
        assertThat(outcome(report, "7.1.7", "no-feed-within-4-hours")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void theFeedRuleIsAProhibitionInsideARequirement_7_1_7() {
        var report = evaluate(List.of(on("journey", "j-1", "hours-since-last-feed", "3", "h")));
        var finding = Transports.finding(report, "7.1.7", "no-feed-within-4-hours");
        assertThat(finding.strength()).isEqualTo(Strength.PROHIBITION);
        assertThat(Transports.EN.explain(finding)).contains("3 h").contains("4 h");
    }

    @Test
    void withoutTheTimeOfTheLastFeedItIsNotAssessed_7_1_7() {
        var report = evaluate(List.of(on("journey", "j-1", "water-before-transport", "true")));
        assertThat(outcome(report, "7.1.7", "no-feed-within-4-hours")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(report, "7.1.7", "water-before-transport")).isEqualTo(Outcome.CONFORMS);
    }
}
