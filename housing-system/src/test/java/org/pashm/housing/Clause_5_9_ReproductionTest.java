package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.9.1: first breeding, buck to doe ratio, breeding methods, kidding pen, attended delivery. */
class Clause_5_9_ReproductionTest {

    @ParameterizedTest(name = "5.9.1.1 weight: lightest doe {0} kg of an adult {1} kg -> {2}")
    @CsvSource({"28, 40, nonconformity", "28.1, 40, conforms", "35, 40, conforms", "20, 40, nonconformity"})
    void firstMatingAboveSeventyPercentOfAdultWeight(String weight, String adult, String outcome) {
        assertThat(outcome("5.9.1.1", "weight", obs("housing.goat-group.role", "mating-group"),
                obs("housing.goat-group.first-time-does", "20"),
                obs("housing.goat-group.first-mating-weight", weight, "kg"),
                obs("housing.goat-group.adult-weight", adult, "kg"))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.9.1.1 weaning-to-mating: {0} {1} -> {2}")
    @CsvSource({"8, mo, conforms", "7.9, mo, nonconformity", "244, d, conforms", "243, d, nonconformity"})
    void atLeastEightMonthsFromWeaning(String value, String unit, String outcome) {
        assertThat(outcome("5.9.1.1", "weaning-to-mating", obs("housing.goat-group.role", "mating-group"),
                obs("housing.goat-group.first-time-does", "20"),
                obs("housing.goat-group.weaning-to-first-mating", value, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.9.1.1 {0} with role {1} and {2} first-time does -> {3}")
    @CsvSource({
            "weight,            mating-group, 20, not-assessed",
            "weight,            mating-group, 0,  not-applicable",
            "weight,            adult-does,   20, not-applicable",
            "weaning-to-mating, mating-group, 20, not-assessed",
            "weaning-to-mating, kids,         20, not-applicable"})
    void firstMatingRulesConcernMatingGroupsWithFirstTimeDoes(String rule, String role, String firstTime,
                                                             String outcome) {
        assertThat(outcome("5.9.1.1", rule, obs("housing.goat-group.role", role),
                obs("housing.goat-group.first-time-does", firstTime))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.9.1.2 {0}: {1} bucks with {2} does -> {3}")
    @CsvSource({
            "does-per-buck-min, 2, 60,  conforms",
            "does-per-buck-min, 2, 59,  observation",
            "does-per-buck-max, 2, 100, conforms",
            "does-per-buck-max, 2, 101, observation",
            "does-per-buck-max, 0, 100, not-applicable",
            "does-per-buck-min, 2, ,    not-assessed"})
    void oneBuckToThirtyToFiftyDoesIsAdvice(String rule, String bucks, String does, String outcome) {
        var role = obs("housing.goat-group.role", "mating-group");
        var b = obs("housing.goat-group.bucks", bucks);
        assertThat(does == null ? outcome("5.9.1.2", rule, role, b)
                : outcome("5.9.1.2", rule, role, b, obs("housing.goat-group.does", does)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.9.1.4 temperature: {0} Cel -> {1}")
    @CsvSource({"18, conforms", "17.9, nonconformity", "22, conforms"})
    void kiddingPenNotBelowEighteenDegrees(String value, String outcome) {
        assertThat(outcome("5.9.1.4", "temperature", obs("housing.kidding-pen.temperature", value, "Cel")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void kiddingPenTemperatureNotMeasuredIsNotAssessed() {
        assertThat(Housing.withoutEvidence("5.9.1.4", "temperature", "kidding-pen")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void breedingFarmRulesDoNotConcernCommonFarmsNorInseminationAFarmThatDoesNotInseminate() {
        assertThat(outcome("5.9.1.3", "method", obs("housing.site.breeding-farm", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.9.1.3", "records", obs("housing.site.breeding-farm", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.9.1.3", "gentle-insemination", obs("housing.site.artificial-insemination-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.9.1.3, method,                            housing.site.ai-or-small-group-mating,        attested",
            "5.9.1.3, records,                           housing.site.breeding-records,                attested",
            "5.9.1.3, no-laparoscopy-or-embryo-transfer, housing.site.laparoscopy-or-embryo-transfer, never",
            "5.9.1.3, gentle-insemination,               housing.site.ai-operators-skilled,            attested",
            "5.9.1.4, penned-before-kidding,             housing.site.does-penned-before-kidding,      attested",
            "5.9.1.5, attended,                          housing.site.deliveries-attended,             attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
