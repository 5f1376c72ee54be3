package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

class Clause_6_19_1_1_CombingOnlyTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    @ParameterizedTest(name = "6.19.1.1 method {0} -> {1}")
    @CsvSource({"combing, conforms", "shearing, nonconformity"})
    void combingOnly(String method, String outcome) {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.harvest-session.method", "harvest-session", "spring-2026", method, null)));
        assertThat(Nomadic.findings(report, "6.19.1.1", "combing-only")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "6.19.1.1 {0} harvests a year -> {1}")
    @CsvSource({"1, conforms", "2, nonconformity"})
    void onceAYear(int harvests, String outcome) {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.site.harvests-per-year", null, null, BigDecimal.valueOf(harvests), null)));
        assertThat(Nomadic.findings(report, "6.19.1.1", "once-a-year")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @Test
    void noNomadicClauseAppliesToAHousingFarm() {
        var report = ModuleTests.evaluate(Nomadic.REGISTRY, ProductionSystem.HOUSING, DAY, List.of());
        assertThat(report.findings()).noneMatch(f -> f.clause().toString().startsWith("6."));
    }
}
