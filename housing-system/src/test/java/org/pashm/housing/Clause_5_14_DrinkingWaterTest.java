package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.14: clean water at any time; a supply of 3 L (required) to 5 L (advised) per goat a day. */
class Clause_5_14_DrinkingWaterTest {

    @ParameterizedTest(name = "5.14.3 {0}: {2} {3} for {1} goats -> {4}")
    @CsvSource({
            "daily-need,      100, 300,   L/d,  conforms",
            "daily-need,      100, 299,   L/d,  nonconformity",
            "daily-need,      100, 0.3,   m3/d, conforms",
            "hot-season-need, 100, 500,   L/d,  conforms",
            "hot-season-need, 100, 499,   L/d,  observation"})
    void threeToFiveLitresPerGoatPerDay(String rule, String goats, String supply, String unit, String outcome) {
        assertThat(outcome("5.14.3", rule, obs("housing.site.goats", goats),
                obs("housing.site.water-supply", supply, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void supplyOrHeadcountMissingIsNotAssessed() {
        assertThat(outcome("5.14.3", "daily-need", obs("housing.site.goats", "100"))).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("5.14.3", "daily-need", obs("housing.site.water-supply", "500", "L/d")))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void naturalSourceAndMedicatedWaterRulesOnlyWhenTheyExist() {
        assertThat(outcome("5.14.3", "natural-source-risk", obs("housing.site.natural-water-source", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.14.3", "wells", obs("housing.site.natural-water-source", true)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.14.3", "wells", obs("housing.site.natural-water-source", false),
                obs("housing.site.wells-drilled", false))).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(outcome("5.14.7", "under-vet", obs("housing.site.medicated-water-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.14.1, sufficient-clean,    housing.site.water-sufficient-clean,      attested",
            "5.14.1, quality,             housing.site.water-quality,               attested",
            "5.14.2, at-all-times,        housing.shelter.water-at-all-times,       attested",
            "5.14.3, natural-source-risk, housing.site.natural-water-risk-assessed, attested",
            "5.14.3, wells,               housing.site.wells-drilled,               attested",
            "5.14.4, no-drowning,         housing.site.kids-cannot-drown,           attested",
            "5.14.5, cleaned,             housing.site.water-equipment-cleaned,     attested",
            "5.14.6, emergency,           housing.site.emergency-water-supply,      attested",
            "5.14.7, under-vet,           housing.site.medicated-water-under-vet,   attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
