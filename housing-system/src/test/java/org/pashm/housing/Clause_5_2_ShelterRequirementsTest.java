package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.2: shelter area per goat, shelter structure, troughs, fences, farrowing and encirclement pens. */
class Clause_5_2_ShelterRequirementsTest {

    @ParameterizedTest(name = "5.2.2.1 space-per-goat: {1} {0} in {2} m2 -> {3}")
    @CsvSource({
            "adult-bucks,   10,  40,     conforms",
            "adult-bucks,   10,  39.99,  nonconformity",
            "unmated-bucks, 10,  15,     conforms",
            "unmated-bucks, 10,  14.99,  nonconformity",
            "adult-does,    100, 150,    conforms",
            "adult-does,    100, 149.99, nonconformity",
            "unmated-does,  100, 80,     conforms",
            "unmated-does,  100, 79.99,  nonconformity",
            "kids,          100, 50,     conforms",
            "kids,          100, 49.99,  nonconformity"})
    void spacePerGoatAtTheLowerFigure(String category, String heads, String area, String outcome) {
        assertThat(outcome("5.2.2.1", "space-per-goat", obs("housing.shelter.floor-area", area, "m2"),
                obs("housing.shelter." + category, heads))).isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.2.2.1 "shall ... meet the requirements of 4,0 m2 to 6,0 m2 ...": the upper figures are the upper end of an
    // allowance of living space: advice (R12), an observation beyond them.
    @ParameterizedTest(name = "5.2.2.1 planned-to-herd (R12, advice): {1} {0} in {2} m2 -> {3}")
    @CsvSource({
            "adult-bucks,   10,  60,     conforms",
            "adult-bucks,   10,  60.01,  observation",
            "unmated-bucks, 10,  20,     conforms",
            "unmated-bucks, 10,  20.01,  observation",
            "adult-does,    100, 200,    conforms",
            "adult-does,    100, 200.01, observation",
            "unmated-does,  100, 120,    conforms",
            "unmated-does,  100, 120.01, observation",
            "kids,          100, 80,     not-applicable"})
    void spacePerGoatBeyondTheUpperFigureIsAnObservation(String category, String heads, String area, String outcome) {
        assertThat(outcome("5.2.2.1", "planned-to-herd", obs("housing.shelter.floor-area", area, "m2"),
                obs("housing.shelter." + category, heads))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.2.2.1 space-per-goat: 60 adult does and 60 kids in {0} m2 -> {1}")
    @CsvSource({"120, conforms", "119.9, nonconformity"})
    void categoriesAddUp(String area, String outcome) {
        assertThat(outcome("5.2.2.1", "space-per-goat", obs("housing.shelter.floor-area", area, "m2"),
                obs("housing.shelter.adult-does", "60"), obs("housing.shelter.kids", "60")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void spacePerGoatWithoutHeadcountOrAreaIsNotAssessed() {
        assertThat(outcome("5.2.2.1", "space-per-goat", obs("housing.shelter.floor-area", "100", "m2")))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("5.2.2.1", "space-per-goat", obs("housing.shelter.adult-does", "50")))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "{0} {1}: {3} {4} -> {5}")
    @CsvSource({
            "5.2.2.1,   shelter-size,          housing.shelter.floor-area,                  45,    m2,  conforms",
            "5.2.2.1,   shelter-size,          housing.shelter.floor-area,                  44.99, m2,  observation",
            "5.2.2.1,   shelter-size,          housing.shelter.floor-area,                  220,   m2,  conforms",
            "5.2.2.1,   shelter-size,          housing.shelter.floor-area,                  220.1, m2,  observation",
            "5.2.3,     floor-rise,            housing.shelter.floor-rise,                  20,    cm,  nonconformity",
            "5.2.3,     floor-rise,            housing.shelter.floor-rise,                  20.1,  cm,  conforms",
            "5.2.3,     floor-rise,            housing.shelter.floor-rise,                  0.25,  m,   conforms",
            "5.2.3,     floor-falls-outwards,  housing.shelter.floor-slope,                 0,     deg, nonconformity",
            "5.2.3,     floor-falls-outwards,  housing.shelter.floor-slope,                 0.5,   deg, conforms",
            "5.2.3,     floor-slope,           housing.shelter.floor-slope,                 20,    deg, conforms",
            "5.2.3,     floor-slope,           housing.shelter.floor-slope,                 20.1,  deg, nonconformity",
            "5.2.3,     eaves,                 housing.shelter.eaves-height,                2,     m,   conforms",
            "5.2.3,     eaves,                 housing.shelter.eaves-height,                1.99,  m,   nonconformity",
            "5.2.3,     eaves,                 housing.shelter.eaves-height,                2.5,   m,   conforms",
            "5.2.3,     eaves,                 housing.shelter.eaves-height,                2.51,  m,   nonconformity",
            "5.2.3,     exercise-fence,        housing.shelter.exercise-ground-fence-height, 1.2,  m,   conforms",
            "5.2.3,     exercise-fence,        housing.shelter.exercise-ground-fence-height, 1.19, m,   nonconformity",
            "5.2.3,     exercise-wall,         housing.shelter.exercise-ground-wall-height, 1.2,   m,   conforms",
            "5.2.3,     exercise-wall,         housing.shelter.exercise-ground-wall-height, 1.19,  m,   nonconformity",
            "5.2.3,     exercise-wall,         housing.shelter.exercise-ground-wall-height, 1.5,   m,   conforms",
            "5.2.3,     exercise-wall,         housing.shelter.exercise-ground-wall-height, 1.51,  m,   nonconformity",
            "5.2.4.1.1, trough-edge,           housing.shelter.trough-edge-height,          0.4,   m,   conforms",
            "5.2.4.1.1, trough-edge,           housing.shelter.trough-edge-height,          0.39,  m,   observation",
            "5.2.4.1.1, trough-edge,           housing.shelter.trough-edge-height,          50,    cm,  conforms",
            "5.2.4.1.1, trough-edge,           housing.shelter.trough-edge-height,          0.51,  m,   observation",
            "5.2.4.1.1, kid-trough-edge,       housing.shelter.kid-trough-edge-height,      0.2,   m,   conforms",
            "5.2.4.1.1, kid-trough-edge,       housing.shelter.kid-trough-edge-height,      0.19,  m,   observation",
            "5.2.4.1.1, kid-trough-edge,       housing.shelter.kid-trough-edge-height,      0.3,   m,   conforms",
            "5.2.4.1.1, kid-trough-edge,       housing.shelter.kid-trough-edge-height,      0.31,  m,   observation",
            "5.2.4.2,   bar-diameter,          housing.shelter.fence-bar-diameter,          1.15,  cm,  conforms",
            "5.2.4.2,   bar-diameter,          housing.shelter.fence-bar-diameter,          1.149, cm,  observation",
            "5.2.4.2,   bar-diameter,          housing.shelter.fence-bar-diameter,          1.249, cm,  conforms",
            "5.2.4.2,   bar-diameter,          housing.shelter.fence-bar-diameter,          1.25,  cm,  observation",
            "5.2.4.2,   bar-diameter,          housing.shelter.fence-bar-diameter,          12,    mm,  conforms",
            "5.2.4.2,   bar-spacing,           housing.shelter.fence-bar-spacing,           11.5,  cm,  conforms",
            "5.2.4.2,   bar-spacing,           housing.shelter.fence-bar-spacing,           11.49, cm,  observation",
            "5.2.4.2,   bar-spacing,           housing.shelter.fence-bar-spacing,           12.49, cm,  conforms",
            "5.2.4.2,   bar-spacing,           housing.shelter.fence-bar-spacing,           12.5,  cm,  observation",
            "5.2.4.2,   height,                housing.shelter.fence-height,                1.45,  m,   conforms",
            "5.2.4.2,   height,                housing.shelter.fence-height,                1.449, m,   observation",
            "5.2.4.2,   height,                housing.shelter.fence-height,                1.549, m,   conforms",
            "5.2.4.2,   height,                housing.shelter.fence-height,                1.55,  m,   observation",
            "5.2.4.4,   panel-length,          housing.site.encirclement-pen-panel-length,  1,     m,   conforms",
            "5.2.4.4,   panel-length,          housing.site.encirclement-pen-panel-length,  0.99,  m,   observation",
            "5.2.4.4,   panel-length,          housing.site.encirclement-pen-panel-length,  2,     m,   conforms",
            "5.2.4.4,   panel-length,          housing.site.encirclement-pen-panel-length,  2.01,  m,   observation",
            "5.2.4.4,   panel-height,          housing.site.encirclement-pen-panel-height,  1.15,  m,   conforms",
            "5.2.4.4,   panel-height,          housing.site.encirclement-pen-panel-height,  1.149, m,   observation",
            "5.2.4.4,   panel-height,          housing.site.encirclement-pen-panel-height,  1.249, m,   conforms",
            "5.2.4.4,   panel-height,          housing.site.encirclement-pen-panel-height,  1.25,  m,   observation"})
    void limits(String clause, String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome(clause, rule, obs(code, value, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed")
    @CsvSource({
            "5.2.2.1,   shelter-size,         shelter",
            "5.2.3,     floor-rise,           shelter",
            "5.2.3,     floor-falls-outwards, shelter",
            "5.2.3,     floor-slope,          shelter",
            "5.2.3,     floor-material,       shelter",
            "5.2.3,     eaves,                shelter",
            "5.2.3,     exercise-fence,       shelter",
            "5.2.3,     exercise-wall,        shelter",
            "5.2.4.1.1, trough-edge,          shelter",
            "5.2.4.1.1, kid-trough-edge,      shelter",
            "5.2.4.1.1, trough-per-goat,      shelter",
            "5.2.4.2,   bar-diameter,         shelter",
            "5.2.4.2,   bar-spacing,          shelter",
            "5.2.4.2,   height,               shelter",
            "5.2.4.3,   material,             kidding-pen",
            "5.2.4.4,   panel-length,         site",
            "5.2.4.4,   panel-height,         site"})
    void missingEvidenceIsNotAssessed(String clause, String rule, String kind) {
        assertThat(Housing.withoutEvidence(clause, rule, kind)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.2.3 floor-material {0} -> {1}")
    @CsvSource({"cement, conforms", "brick, conforms", "rammed-earth, conforms", "wood, nonconformity",
            "plastic-slats, nonconformity", "bare-soil, nonconformity"})
    void floorMaterial(String material, String outcome) {
        assertThat(outcome("5.2.3", "floor-material", obs("housing.shelter.floor-material", material)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.2.3 an exercise ground enclosed by a {0}: {1} not applicable")
    @CsvSource({"wall, exercise-fence, exercise-ground-fence-height", "fence, exercise-wall, exercise-ground-wall-height"})
    void theOtherEnclosureIsNotApplicable(String enclosure, String rule, String code) {
        assertThat(outcome("5.2.3", rule, obs("housing.shelter.exercise-ground-enclosure", enclosure),
                obs("housing.shelter." + code, "1.0", "m"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.2.4.1.1 {0}: {1} adult does, {2} adult bucks, {3} m of trough -> {4}")
    @CsvSource({
            "trough-per-goat,       20, 0,  8,     conforms",
            "trough-per-goat,       20, 0,  7.99,  observation",
            "trough-per-goat,       0,  10, 7,     conforms",
            "trough-per-goat,       0,  10, 6.99,  observation",
            "trough-per-goat,       20, 10, 15,    conforms",
            "trough-per-goat-upper, 20, 0,  10,    conforms",
            "trough-per-goat-upper, 20, 0,  10.01, observation",
            "trough-per-goat-upper, 0,  10, 8,     conforms",
            "trough-per-goat-upper, 0,  10, 8.01,  observation"})
    void troughLengthPerGoat(String rule, String does, String bucks, String length, String outcome) {
        assertThat(outcome("5.2.4.1.1", rule, obs("housing.shelter.adult-does", does),
                obs("housing.shelter.adult-bucks", bucks), obs("housing.shelter.trough-length", length, "m")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void troughLengthDoesNotConcernAShedWithoutAdultsNorKidTroughsAShedWithoutKids() {
        assertThat(outcome("5.2.4.1.1", "trough-per-goat", obs("housing.shelter.adult-does", "0"),
                obs("housing.shelter.adult-bucks", "0"), obs("housing.shelter.unmated-does", "80"),
                obs("housing.shelter.trough-length", "30", "m"))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.2.4.1.1", "kid-trough-edge", obs("housing.shelter.kids", "0"),
                obs("housing.shelter.kid-trough-edge-height", "0.5", "m"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.2.4.3 farrowing pen of {0} -> {1}")
    @CsvSource({"wood, conforms", "iron, conforms", "brick, nonconformity", "plastic, nonconformity"})
    void farrowingPenMaterial(String material, String outcome) {
        assertThat(outcome("5.2.4.3", "material", obs("housing.kidding-pen.material", material)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void anElectricFenceRuleIsNotApplicableWithoutAnElectricFence() {
        assertThat(outcome("5.2.4.2", "electric-fence", obs("housing.site.electric-fence-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.2.4.1.1, without-crowding, housing.shelter.troughs-without-crowding,  attested",
            "5.2.4.1.1, water-tubs,       housing.shelter.water-tubs-enough,         attested",
            "5.2.4.1.1, drinking-trough,  housing.shelter.drinking-trough-cleanable, advice-attested",
            "5.2.4.2,   no-injury,        housing.shelter.fence-hazard,              never",
            "5.2.4.2,   maintained,       housing.shelter.fences-maintained,         attested",
            "5.2.4.2,   electric-fence,   housing.site.electric-fence-safe,          attested",
            "5.2.4.2,   welded-steel,     housing.shelter.fence-welded-steel,        advice-attested",
            "5.2.4.3,   sheltered,        housing.kidding-pen.sheltered,             attested",
            "5.2.4.4,   provided,         housing.site.encirclement-pens,            attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
