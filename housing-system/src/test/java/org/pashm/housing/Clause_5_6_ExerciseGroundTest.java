package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.6: exercise ground more than 2.5 times the shelter, entrances at least 1.5 m, surface, shade and water. */
class Clause_5_6_ExerciseGroundTest {

    @ParameterizedTest(name = "5.6.1 area: {0} m2 of exercise ground for a 100 m2 shelter -> {1}")
    @CsvSource({"250, nonconformity", "250.1, conforms", "400, conforms"})
    void moreThanTwoAndAHalfTimesTheShelter(String ground, String outcome) {
        assertThat(outcome("5.6.1", "area", obs("housing.shelter.floor-area", "100", "m2"),
                obs("housing.shelter.exercise-ground-area", ground, "m2"))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.6.1 entrance-width: {0} {1} -> {2}")
    @CsvSource({"1.5, m, conforms", "1.49, m, nonconformity", "150, cm, conforms"})
    void entranceAtLeastOneAndAHalfMetres(String width, String unit, String outcome) {
        assertThat(outcome("5.6.1", "entrance-width", obs("housing.shelter.entrance-width", width, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed")
    @CsvSource({"5.6.1, area, shelter", "5.6.1, entrance-width, shelter"})
    void missingEvidenceIsNotAssessed(String clause, String rule, String kind) {
        assertThat(Housing.withoutEvidence(clause, rule, kind)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void shadeWaterAndBarkOnlyWhereTheyApply() {
        assertThat(outcome("5.6.2", "shade", obs("housing.site.hot-summers", false),
                obs("housing.shelter.exercise-ground-shade", false))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.6.2", "drinking-water", obs("housing.site.hot-summers", false),
                obs("housing.shelter.exercise-ground-water", false))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.6.2", "bark", obs("housing.shelter.exercise-ground-trees", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    // 5.6.2 "If conditions permit, the ground shall be paved with clay bricks": a requirement (R4) that does not
    // apply where the farm shows its conditions do not permit it.
    @ParameterizedTest(name = "5.6.2 brick-paved: paved {0}, conditions do not permit {1} -> {2}")
    @CsvSource({"false, true, not-applicable", "false, false, nonconformity", "true, false, conforms",
            "true, true, not-applicable"})
    void brickPavingUnlessConditionsDoNotPermit(boolean paved, boolean notPermitted, String outcome) {
        assertThat(outcome("5.6.2", "brick-paved", obs("housing.shelter.exercise-ground-brick-paved", paved),
                obs("housing.site.brick-paving-not-permitted", notPermitted))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.6.1, free-access,    housing.shelter.exercise-ground-connected,   attested",
            "5.6.2, flat-dry,       housing.shelter.exercise-ground-flat-dry,    attested",
            "5.6.2, brick-paved,    housing.shelter.exercise-ground-brick-paved, attested",
            "5.6.2, shade,          housing.shelter.exercise-ground-shade,       attested",
            "5.6.2, drinking-water, housing.shelter.exercise-ground-water,       attested",
            "5.6.2, bark,           housing.shelter.tree-bark-protected,         attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
