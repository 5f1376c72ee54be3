package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * 6.2: shelter width at least 6 m (6.2.1.6); shelter area 2.0 m2 per castrated male, 1.8 (optimally 2) m2 per adult
 * doe, 0.5 m2 per kid (6.2.2.1); shelter structure and kids' sheds (6.2.2.2); troughs and hay feeders (6.2.2.3.1);
 * kidding pen (6.2.3).
 */
class Clause_6_2_ShelterRequirementsTest {

    static RawObservation shelter(String code, String number, String unit) {
        return on("shelter", "winter-1", "nomadic.shelter." + code, number, unit);
    }

    static RawObservation shelter(String code, Object value) {
        return on("shelter", "winter-1", "nomadic.shelter." + code, value);
    }

    /** 6.2.1.6: the width's minimum "between 6 to 12 meters": 6 m the limit, 12 m advice (R7, last sentence). */
    @ParameterizedTest(name = "6.2.1.6 shelter width {0} {1}: {2} -> {3}")
    @CsvSource({
            "6,     m,  width,         conforms",
            "5.99,  m,  width,         nonconformity",
            "600,   cm, width,         conforms",
            "14,    m,  width,         conforms",
            "12,    m,  width-advised, conforms",
            "11.99, m,  width-advised, observation",
            "6,     m,  width-advised, observation",
            "18,    m,  width-advised, conforms"})
    void widthAtLeastSixMetresPreferablyTwelve(String width, String unit, String rule, String expected) {
        assertThat(outcome("6.2.1.6", rule, shelter("width", width, unit))).isEqualTo(Outcome.fromCode(expected));
    }

    /** 10 castrated males, 40 adult does and 20 kids need 20 + 72 + 10 = 102 m2 (R3: "optimum ... shall"). */
    @ParameterizedTest(name = "6.2.2.1 {0} m2 for 10 castrated males, 40 does, 20 kids: {1} -> {2}")
    @CsvSource({
            "102,   space,       conforms",
            "101.9, space,       nonconformity",
            "500,   space,       conforms",
            "500,   space-upper, not-applicable"})
    void shelterAreaPerHead(String area, String rule, String expected) {
        assertThat(outcome("6.2.2.1", rule, shelter("floor-area", area, "m2"), shelter("castrated-males", 10),
                shelter("adult-does", 40), shelter("kids", 20))).isEqualTo(Outcome.fromCode(expected));
    }

    /**
     * 6.2.2.1: 1.8 m2 to 2 m2 per adult doe: the 1.8 binds (R7), the 2, the upper end of an allowance of living space,
     * is advice (R12): 40 does only, 72 m2 to 80 m2.
     */
    @ParameterizedTest(name = "6.2.2.1 {0} m2 for 40 does only: {1} -> {2}")
    @CsvSource({
            "71.9, space,       nonconformity",
            "72,   space,       conforms",
            "80,   space-upper, conforms",
            "80.1, space-upper, observation",
            "72,   space-upper, conforms"})
    void aShelterOfDoesIsOneAndEightTenthsToTwoSquareMetresADoe(String area, String rule, String expected) {
        assertThat(outcome("6.2.2.1", rule, shelter("floor-area", area, "m2"), shelter("adult-does", 40),
                shelter("kids", 0))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void shelterAreaWithoutHeadcountIsNotAssessed_6_2_2_1() {
        assertThat(outcome("6.2.2.1", "space", shelter("floor-area", "100", "m2"))).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("6.2.2.1", "space", shelter("adult-does", 40))).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "6.2.2.2 {0} = {1} {2} -> {3}")
    @CsvSource({
            "diameter,               diameter,    12,   m, conforms",
            "diameter,               diameter,    11.9, m, observation",
            "diameter,               diameter,    18,   m, conforms",
            "diameter,               diameter,    18.1, m, observation",
            "wall-height,            wall-height, 1.5,  m, conforms",
            "wall-height,            wall-height, 1.49, m, observation",
            "wall-height,            wall-height, 2,    m, conforms",
            "wall-height,            wall-height, 2.01, m, observation",
            "back-height,            back-height, 1.5,  m, conforms",
            "back-height,            back-height, 1.45, m, conforms",
            "back-height,            back-height, 1.44, m, nonconformity",
            "back-height,            back-height, 1.549, m, conforms",
            "back-height,            back-height, 1.55, m, nonconformity",
            "front-height,           front-height, 3,   m, conforms",
            "front-height,           front-height, 3.01, m, nonconformity",
            "front-height-preferred, front-height, 2.5, m, conforms",
            "front-height-preferred, front-height, 2.51, m, observation",
            "front-height-preferred, front-height, 3,   m, observation"})
    void winterShelterStructure(String rule, String code, String value, String unit, String expected) {
        assertThat(outcome("6.2.2.2", rule, shelter("type", "winter-spring"), shelter("shape", "circular"),
                shelter(code, value, unit))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void structureRulesDoNotApplyToWarmSeasonEnclosures_6_2_2_2() {
        for (String rule : new String[] {"circular", "diameter", "wall-height", "back-height", "front-height"}) {
            assertThat(outcome("6.2.2.2", rule, shelter("type", "warm-season"), shelter("front-height", "4", "m")))
                    .as(rule).isEqualTo(Outcome.NOT_APPLICABLE);
        }
    }

    @Test
    void aRectangularShelterIsAnObservationAndHasNoDiameter_6_2_2_2() {
        assertThat(outcome("6.2.2.2", "circular", shelter("shape", "rectangular"))).isEqualTo(Outcome.OBSERVATION);
        assertThat(outcome("6.2.2.2", "diameter", shelter("shape", "rectangular"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.2.2.2 kids' shed {0} = {1} -> {2}")
    @CsvSource({
            "kids-shed-area, 12,    conforms",
            "kids-shed-area, 11.99, nonconformity",
            "kids-shed-area, 15,    conforms",
            "kids-shed-area, 15.01, nonconformity",
            "kids-per-shed,  60,    conforms",
            "kids-per-shed,  61,    nonconformity"})
    void kidsShed(String rule, String value, String expected) {
        RawObservation o = rule.equals("kids-shed-area")
                ? on("kids-shed", "shed-1", "nomadic.kids-shed.floor-area", value, "m2")
                : on("kids-shed", "shed-1", "nomadic.kids-shed.kids", Integer.parseInt(value));
        assertThat(outcome("6.2.2.2", rule, o)).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void withoutKidsThisSeasonKidsShedsDoNotApply_6_2_2_2() {
        assertThat(outcome("6.2.2.2", "kids-shed-area", site("nomadic.site.kids", 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.2.2.3.1 {0} {1} = {2} m -> {3}")
    @CsvSource({
            "adult-doe-trough, height, 0.3,  doe-trough-height, conforms",
            "adult-doe-trough, height, 0.29, doe-trough-height, nonconformity",
            "adult-doe-trough, height, 0.35, doe-trough-height, conforms",
            "adult-doe-trough, height, 0.36, doe-trough-height, nonconformity",
            "adult-doe-trough, length, 3,    doe-trough-length, conforms",
            "adult-doe-trough, length, 2.99, doe-trough-length, nonconformity",
            "adult-doe-trough, length, 4,    doe-trough-length, conforms",
            "adult-doe-trough, length, 4.01, doe-trough-length, nonconformity",
            "kid-trough,       height, 0.15, kid-trough-height, conforms",
            "kid-trough,       height, 0.14, kid-trough-height, nonconformity",
            "kid-trough,       height, 0.2,  kid-trough-height, conforms",
            "kid-trough,       height, 0.21, kid-trough-height, nonconformity",
            "kid-trough,       length, 1.5,  kid-trough-length, conforms",
            "kid-trough,       length, 1.49, kid-trough-length, nonconformity",
            "kid-trough,       length, 2.0,  kid-trough-length, conforms",
            "kid-trough,       length, 2.01, kid-trough-length, nonconformity",
            "hay-feeder,       length, 3,    hay-feeder-length, conforms",
            "hay-feeder,       length, 3.01, hay-feeder-length, nonconformity",
            "hay-feeder,       height, 0.49, hay-feeder-height, conforms",
            "hay-feeder,       height, 0.5,  hay-feeder-height, nonconformity",
            "hay-feeder,       width,  0.6,  hay-feeder-width,  conforms",
            "hay-feeder,       width,  0.595, hay-feeder-width, conforms",
            "hay-feeder,       width,  0.594, hay-feeder-width, nonconformity",
            "hay-feeder,       width,  0.6049, hay-feeder-width, conforms",
            "hay-feeder,       width,  0.605, hay-feeder-width, nonconformity",
            "hay-feeder,       width,  0.7,  hay-feeder-width,  nonconformity"})
    void feederDimensions(String type, String dimension, String metres, String rule, String expected) {
        assertThat(outcome("6.2.2.3.1", rule, on("feeder", "f1", "nomadic.feeder.type", type),
                on("feeder", "f1", "nomadic.feeder." + dimension, metres, "m"))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void aFeederIsJudgedOnlyByTheLimitsOfItsType_6_2_2_3_1() {
        RawObservation[] kidTrough = {on("feeder", "f1", "nomadic.feeder.type", "kid-trough"),
                on("feeder", "f1", "nomadic.feeder.height", "0.18", "m")};
        assertThat(outcome("6.2.2.3.1", "kid-trough-height", kidTrough)).isEqualTo(Outcome.CONFORMS);
        assertThat(outcome("6.2.2.3.1", "doe-trough-height", kidTrough)).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.2.2.3.1", "hay-feeder-height", kidTrough)).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aFeederOfUnknownTypeIsNotAssessed_6_2_2_3_1() {
        RawObservation height = on("feeder", "f1", "nomadic.feeder.height", "0.18", "m");
        assertThat(outcome("6.2.2.3.1", "kid-trough-height", height)).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("6.2.2.3.1", "doe-trough-height", height)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "6.2.3 kidding pen of {0} -> {1}")
    @CsvSource({"wood, conforms", "lined-stone, conforms", "bare-stone, nonconformity", "other, nonconformity"})
    void kiddingPenMaterial(String material, String expected) {
        assertThat(outcome("6.2.3", "material", on("kidding-pen", "pen-1", "nomadic.kidding-pen.material", material)))
                .isEqualTo(Outcome.fromCode(expected));
    }
}
