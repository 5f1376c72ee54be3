package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/** 5.3.3: ammonia 20, CO2 1 500, TSP 4, PM10 2 mg/m3 at most, each judged per shed. */
class Clause_5_3_3_AirQualityTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    @ParameterizedTest(name = "5.3.3 {0} = {1} {2} -> {3}")
    @CsvSource({
            "ammonia,        20,      mg/m3, conforms",
            "ammonia,        20.01,   mg/m3, nonconformity",
            "ammonia,        20000,   ug/m3, conforms",
            "carbon-dioxide, 1500,    mg/m3, conforms",
            "carbon-dioxide, 1500.1,  mg/m3, nonconformity",
            "tsp,            4,       mg/m3, conforms",
            "tsp,            4.01,    mg/m3, nonconformity",
            "pm10,           2,       mg/m3, conforms",
            "pm10,           2.01,    mg/m3, nonconformity"})
    void eachLimitHoldsAtItsValueAndFailsJustAbove(String rule, String value, String unit, String outcome) {
        var report = Housing.evaluate(DAY, List.of(RawObservation.of("housing.shelter." + rule, "shelter", "shed-1",
                new BigDecimal(value), unit)));
        assertThat(Housing.findings(report, "5.3.3", rule)).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "5.3.3 odour attested {0} -> {1}")
    @CsvSource({"true, conforms", "false, nonconformity"})
    void theOdourIsJudgedFromTheAuditorsAttestation(boolean almostNone, String outcome) {
        var report = Housing.evaluate(DAY, List.of(RawObservation.of("housing.shelter.no-special-odour", "shelter",
                "shed-1", almostNone, null)));
        assertThat(Housing.findings(report, "5.3.3", "odour")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "5.3.3 ventilated: yes, no, missing")
    @CsvSource({"5.3.3, ventilated, housing.shelter.well-ventilated, attested"})
    void theShedIsWellVentilated(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }

    /**
     * The shed is described by another of its 5.3.3 observations, so the finding is about shed-1 and says the one
     * thing missing was not measured (without any observation of the shed there would be no shed to judge).
     */
    @ParameterizedTest(name = "5.3.3 {0} not measured on a shed described by {1} -> not assessed")
    @CsvSource({
            "ammonia,        no-special-odour",
            "carbon-dioxide, no-special-odour",
            "tsp,            no-special-odour",
            "pm10,           no-special-odour",
            "odour,          ammonia"})
    void aLimitNotMeasuredIsNotAssessed(String rule, String other) {
        Object value = other.equals("no-special-odour") ? Boolean.TRUE : new BigDecimal("10");
        String unit = other.equals("no-special-odour") ? null : "mg/m3";
        var report = Housing.evaluate(DAY, List.of(RawObservation.of("housing.shelter." + other, "shelter", "shed-1",
                value, unit)));
        assertThat(Housing.findings(report, "5.3.3", rule)).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("shed-1");
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        });
    }

    @ParameterizedTest(name = "5.3.3 each shed judged on its own")
    @CsvSource({"19, 21"})
    void eachShedIsJudgedOnItsOwn(String a, String b) {
        var report = Housing.evaluate(DAY, List.of(
                RawObservation.of("housing.shelter.ammonia", "shelter", "shed-A", new BigDecimal(a), "mg/m3"),
                RawObservation.of("housing.shelter.ammonia", "shelter", "shed-B", new BigDecimal(b), "mg/m3")));
        assertThat(Housing.findings(report, "5.3.3", "ammonia"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactly("shed-A conforms", "shed-B nonconformity");
    }
}
