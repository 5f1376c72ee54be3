package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

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
