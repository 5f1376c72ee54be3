package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/**
 * 6.3.1: shelter optimally -6 °C to 8 °C (a requirement: "optimal ... shall", R3); kidding pens and kids' sheds heated to 4 °C to 10 °C; wet bedding
 * replaced once a day.
 */
class Clause_6_3_ShelterEnvironmentTest {

    /** 6.3.1: "the optimal inside temperature shall be at a range of (-6 to 8) °C": optimum + shall (R3). */
    @ParameterizedTest(name = "6.3.1 winter shelter at {0} Cel -> {1}")
    @CsvSource({"-6, conforms", "-6.1, nonconformity", "8, conforms", "8.1, nonconformity"})
    void optimalShelterTemperatureIsARequirement(String celsius, String expected) {
        assertThat(outcome("6.3.1", "shelter-temperature", on("shelter", "w", "nomadic.shelter.type", "winter-spring"),
                on("shelter", "w", "nomadic.shelter.temperature", celsius, "Cel")))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void anEmptyOrWarmSeasonShelterHasNoTemperatureToJudge_6_3_1() {
        assertThat(outcome("6.3.1", "shelter-temperature", on("shelter", "w", "nomadic.shelter.in-use", false),
                on("shelter", "w", "nomadic.shelter.temperature", "20", "Cel"))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.3.1", "shelter-temperature", on("shelter", "w", "nomadic.shelter.type", "warm-season"),
                on("shelter", "w", "nomadic.shelter.temperature", "20", "Cel"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.3.1 {0} at {1} Cel -> {2}")
    @CsvSource({
            "kidding-pen, 4,    conforms",
            "kidding-pen, 3.9,  nonconformity",
            "kidding-pen, 10,   conforms",
            "kidding-pen, 10.1, nonconformity",
            "kids-shed,   4,    conforms",
            "kids-shed,   3.9,  nonconformity",
            "kids-shed,   10,   conforms",
            "kids-shed,   10.1, nonconformity"})
    void kidPensAreHeatedToFourToTenDegrees(String kind, String celsius, String expected) {
        assertThat(outcome("6.3.1", kind + "-temperature", on(kind, "p1", "nomadic." + kind + ".temperature", celsius,
                "Cel"))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void unusedKidPensAreNotJudged_6_3_1() {
        assertThat(outcome("6.3.1", "kidding-pen-temperature", on("kidding-pen", "p1", "nomadic.kidding-pen.in-use",
                false), on("kidding-pen", "p1", "nomadic.kidding-pen.temperature", "15", "Cel")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.3.1", "kids-shed-temperature", on("kids-shed", "s1", "nomadic.kids-shed.kids", 0),
                on("kids-shed", "s1", "nomadic.kids-shed.temperature", "15", "Cel")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.3.1", "kidding-pen-temperature", site("nomadic.site.kids", 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.3.1 {0} bedding replaced every {1} {2} -> {3}")
    @CsvSource({
            "shelter,     1,   d, conforms",
            "shelter,     1.1, d, nonconformity",
            "shelter,     24,  h, conforms",
            "shelter,     25,  h, nonconformity",
            "kidding-pen, 12,  h, conforms",
            "kidding-pen, 2,   d, nonconformity",
            "kids-shed,   1,   d, conforms",
            "kids-shed,   1.5, d, nonconformity"})
    void wetBeddingReplacedDaily(String kind, String every, String unit, String expected) {
        assertThat(outcome("6.3.1", kind + "-bedding", on(kind, "x", "nomadic." + kind
                + ".bedding-replacement-interval", every, unit))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void dropCurtainsOnlyForSemiClosedShelters_6_3_2() {
        assertThat(outcome("6.3.2", "drop-curtains", on("shelter", "w", "nomadic.shelter.construction", "closed")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.3.2", "drop-curtains", on("shelter", "w", "nomadic.shelter.construction",
                "semi-closed"))).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
