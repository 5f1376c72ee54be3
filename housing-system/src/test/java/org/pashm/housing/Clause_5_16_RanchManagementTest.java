package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;

/** 5.16: ranch management; soil tests at least every 3 years, judged per land parcel. */
class Clause_5_16_RanchManagementTest {

    @ParameterizedTest(name = "5.16.5 soil-test: last test {0}, assessed on 2026-05-20 -> {1}")
    @CsvSource({"2023-05-20, conforms", "2023-05-19, nonconformity", "2025-09-01, conforms"})
    void soilTestedAtLeastEveryThreeYears(String last, String outcome) {
        assertThat(outcome("5.16.5", "soil-test", obs("housing.land-parcel.last-soil-test", last)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void eachParcelIsJudgedOnItsOwn() {
        var report = Housing.evaluate(Housing.DAY, List.of(
                Housing.on("land-parcel", "north-meadow", "housing.land-parcel.last-soil-test", "2024-04-02"),
                Housing.on("land-parcel", "alfalfa-field", "housing.land-parcel.last-soil-test", "2022-10-15")));
        assertThat(Housing.findings(report, "5.16.5", "soil-test"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactly("north-meadow conforms", "alfalfa-field nonconformity");
    }

    @Test
    void soilTestNotRecordedIsNotAssessed() {
        assertThat(Housing.withoutEvidence("5.16.5", "soil-test", "land-parcel")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.16 {0} {1}: a farm without grazing or crop land -> not applicable")
    @CsvSource({"5.16.1, maintained", "5.16.3, no-drift", "5.16.4, no-pollution", "5.16.5, soil-test",
            "5.16.5, no-fertiliser-on-frozen-soil", "5.16.6, biodegradable", "5.16.8, non-chemical"})
    void ranchRulesDoNotConcernAFarmWithoutLand(String clause, String rule) {
        assertThat(outcome(clause, rule, obs("housing.site.grazing-or-crop-land", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void mulchRuleOnlyWhereCropsAreMulched() {
        assertThat(outcome("5.16.6", "biodegradable", obs("housing.site.grazing-or-crop-land", true),
                obs("housing.site.crop-mulch-used", false))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void soilTestingIsADutyEveryThreeYearsPerParcel() {
        Duty soil = Housing.REGISTRY.duties().stream().filter(d -> d.id().equals("soil-testing")).findFirst()
                .orElseThrow();
        assertThat(soil.clauses()).extracting(Object::toString).containsExactly("5.16.5");
        assertThat(soil.subjectKind().name()).isEqualTo("land-parcel");
        assertThat(soil.recurrence().words()).isEqualTo("every 3 years");
        assertThat(soil.recurrence().next(LocalDate.of(2023, 5, 20), null, Housing.DAY).orElseThrow().due())
                .isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.16.1, maintained,                   housing.site.pasture-maintained,                          attested",
            "5.16.2, non-chemical,                 housing.site.biological-pest-control,                     attested",
            "5.16.3, no-drift,                     housing.site.spraying-with-drift-risk,                    never",
            "5.16.3, poisonous-weeds,              housing.site.poisonous-weeds-controlled,                  attested",
            "5.16.4, no-pollution,                 housing.site.pasture-polluted,                            never",
            "5.16.5, soil-test-content,            housing.land-parcel.soil-test-content,                    attested",
            "5.16.5, no-fertiliser-on-frozen-soil, housing.land-parcel.fertiliser-on-frozen-or-waterlogged-soil, never",
            "5.16.6, biodegradable,                housing.site.mulch-biodegradable,                         attested",
            "5.16.7, balance,                      housing.site.wildlife-balance,                            attested",
            "5.16.8, non-chemical,                 housing.site.non-chemical-pest-and-rodent-control,        advice-attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
