package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.3 (beyond the air of 5.3.3): law, temperature, light, noise and bedding. */
class Clause_5_3_ShelterEnvironmentTest {

    @ParameterizedTest(name = "{0} {1}: {3} {4} -> {5}")
    @CsvSource({
            "5.3.2, summer-maximum,  housing.shelter.summer-maximum-temperature, 30,    Cel, conforms",
            "5.3.2, summer-maximum,  housing.shelter.summer-maximum-temperature, 30.1,  Cel, nonconformity",
            "5.3.2, winter-minimum,  housing.shelter.winter-minimum-temperature, 0,     Cel, conforms",
            "5.3.2, winter-minimum,  housing.shelter.winter-minimum-temperature, -0.1,  Cel, nonconformity",
            "5.3.2, winter-minimum,  housing.shelter.winter-minimum-temperature, 273.15, K,  conforms",
            "5.3.2, optimal,         housing.shelter.temperature,                15,    Cel, conforms",
            "5.3.2, optimal,         housing.shelter.temperature,                14.9,  Cel, observation",
            "5.3.2, optimal,         housing.shelter.temperature,                21,    Cel, conforms",
            "5.3.2, optimal,         housing.shelter.temperature,                21.1,  Cel, observation",
            "5.3.2, kidding-optimal, housing.kidding-pen.temperature,            18,    Cel, conforms",
            "5.3.2, kidding-optimal, housing.kidding-pen.temperature,            17.9,  Cel, observation",
            "5.3.2, kidding-optimal, housing.kidding-pen.temperature,            25,    Cel, conforms",
            "5.3.2, kidding-optimal, housing.kidding-pen.temperature,            25.1,  Cel, observation",
            "5.3.4, illuminance,     housing.shelter.illuminance,                100,   lx,  conforms",
            "5.3.4, illuminance,     housing.shelter.illuminance,                99.9,  lx,  nonconformity",
            "5.3.4, darkness,        housing.shelter.daily-darkness,             6,     h,   conforms",
            "5.3.4, darkness,        housing.shelter.daily-darkness,             5.9,   h,   nonconformity",
            "5.3.4, darkness,        housing.shelter.daily-darkness,             359,   min, nonconformity",
            "5.3.5, noise,           housing.shelter.noise,                      70,    dB,  conforms",
            "5.3.5, noise,           housing.shelter.noise,                      70.1,  dB,  nonconformity"})
    void limits(String clause, String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome(clause, rule, obs(code, value, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.3.2 "not higher than 30 °C in summer and not lower than 0 °C in winter": a reading of the shed is held to
    // the limit of the season it was taken in (R11; summer June to August, winter December to February).
    @ParameterizedTest(name = "5.3.2 {0}: {1} Cel on {2} -> {3}")
    @CsvSource({
            "summer-reading, 32,   2026-07-15, nonconformity",
            "summer-reading, 30,   2026-07-15, conforms",
            "summer-reading, 30.1, 2026-07-15, nonconformity",
            "summer-reading, 32,   2026-06-01, nonconformity",
            "summer-reading, 32,   2026-08-31, nonconformity",
            "summer-reading, 32,   2026-05-31, not-applicable",
            "summer-reading, 32,   2026-09-01, not-applicable",
            "summer-reading, 32,   2026-04-15, not-applicable",
            "summer-reading, -5,   2026-01-10, not-applicable",
            "winter-reading, -0.1, 2026-01-10, nonconformity",
            "winter-reading, 0,    2026-01-10, conforms",
            "winter-reading, -0.1, 2025-12-01, nonconformity",
            "winter-reading, -0.1, 2026-02-28, nonconformity",
            "winter-reading, -0.1, 2025-11-30, not-applicable",
            "winter-reading, -0.1, 2026-03-01, not-applicable",
            "winter-reading, 35,   2026-07-15, not-applicable"})
    void aReadingIsHeldToTheLimitOfItsSeason(String rule, String value, LocalDate day, String outcome) {
        assertThat(outcome("5.3.2", rule, Housing.on(day, obs("housing.shelter.temperature", value, "Cel"))))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.3.2 {0}: no reading of the shed -> not applicable (the season's log has its rule)")
    @CsvSource({"summer-reading", "winter-reading"})
    void withoutAReadingTheSeasonalReadingRuleDoesNotApply(String rule) {
        assertThat(Housing.withoutEvidence("5.3.2", rule, "shelter")).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.3.2 summer-reading: an undated 32 Cel reading, assessed on {0} -> {1}")
    @CsvSource({"2026-07-15, nonconformity", "2026-05-20, not-applicable"})
    void anUndatedReadingIsTakenOnTheAssessmentDay(LocalDate assessedOn, String outcome) {
        assertThat(outcome(assessedOn, "5.3.2", "summer-reading", obs("housing.shelter.temperature", "32", "Cel")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed")
    @CsvSource({
            "5.3.2, summer-maximum,  shelter",
            "5.3.2, winter-minimum,  shelter",
            "5.3.2, optimal,         shelter",
            "5.3.2, kidding-optimal, kidding-pen",
            "5.3.4, window-to-floor, shelter",
            "5.3.4, illuminance,     shelter",
            "5.3.4, darkness,        shelter",
            "5.3.5, noise,           shelter"})
    void missingEvidenceIsNotAssessed(String clause, String rule, String kind) {
        assertThat(Housing.withoutEvidence(clause, rule, kind)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.3.4 window-to-floor: {0} m2 of window for 120 m2 of floor in a {1} shed -> {2}")
    @CsvSource({
            "8,    closed,      conforms",
            "7.99, closed,      nonconformity",
            "7.99, semi-closed, nonconformity",
            "2,    open,        not-applicable"})
    void windowAtLeastOneFifteenthOfTheFloor(String window, String structure, String outcome) {
        assertThat(outcome("5.3.4", "window-to-floor", obs("housing.shelter.floor-area", "120", "m2"),
                obs("housing.shelter.window-area", window, "m2"), obs("housing.shelter.structure", structure)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void shelterOnGrazingLandIsNotApplicableWhenGoatsDoNotGraze() {
        assertThat(outcome("5.3.5", "grazing-shelter", obs("housing.site.goats-graze", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.3.1, lawful,          housing.site.shelter-environment-lawful, attested",
            "5.3.2, suits-climate,   housing.site.sheds-suit-climate,         attested",
            "5.3.4, natural-light,   housing.shelter.natural-light,           attested",
            "5.3.5, grazing-shelter, housing.site.grazing-shelter,            attested",
            "5.3.6, shelter,         housing.shelter.bedding,                 attested",
            "5.3.6, kidding-pen,     housing.kidding-pen.bedding,             attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
