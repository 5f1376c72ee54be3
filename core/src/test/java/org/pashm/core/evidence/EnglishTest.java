package org.pashm.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "attestation, an attestation",
            "quantity, a quantity",
            "adult-buck, an adult-buck",
            "unmated-doe, an unmated-doe",
            "unit, a unit",
            "ear tag, an ear tag",
            "shelter, a shelter",
            "Observation, an Observation"})
    void theArticleFollowsTheFirstSound(String noun, String expected) {
        assertThat(English.a(noun)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "17.8 | Cel   | 17.8 °C",
            "30   | deg   | 30°",
            "24   | mg/m3 | 24 mg/m³",
            "1    | d     | 1 day",
            "90   | d     | 90 days",
            "1    | mo    | 1 month",
            "2    | L/d   | 2 L a day",
            "15   | um    | 15 µm",
            "70   | dB    | 70 dB",
            "3    | 1     | 3"})
    void unitsAreWrittenAsPeopleWriteThem(String number, String ucum, String expected) {
        assertThat(Units.forPeople(number, ucum)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} beside {1} -> {2}")
    @CsvSource({
            "17.7777777778, 18,  17.8",
            "30.04,         30,  30.04",
            "30.001,        30,  30.001",
            "29.96,         30,  29.96",
            "0.5949,        0.6, 0.59",
            "24,            20,  24",
            "20.01,         20,  20.01"})
    void aValueBesideItsLimitHasOnePlaceMoreThanTheLimit(String value, String limit, String expected) {
        assertThat(Numbers.beside(new java.math.BigDecimal(value), new java.math.BigDecimal(limit)))
                .isEqualTo(expected);
    }
}
