package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

class Clause_7_1_VehiclesTest {

    static final Registry REGISTRY = Registry.load();
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static RawObservation journey(String code, String value, String unit) {
        return RawObservation.of("transport.journey." + code, "journey", "j-1", new BigDecimal(value), unit);
    }

    @ParameterizedTest(name = "7.1.3 {0} m2 for 10 bucks/pregnant does, 10 does, 10 unmated -> {1}")
    @CsvSource({"9, conforms", "8.99, nonconformity"})
    void spacePerGoatByCategory_7_1_3(String deck, String outcome) {
        // 10 x 0.4 + 10 x 0.3 + 10 x 0.2 = 9 m2
        var report = ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, DAY, List.of(
                journey("deck-area", deck, "m2"),
                journey("adult-bucks-and-pregnant-does", "10", null),
                journey("adult-does", "10", null),
                journey("unmated-goats", "10", null)));
        assertThat(ModuleTests.findings(report, "7.1.3", "space-per-goat")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "7.1.2 inspected {0} -> {1}")
    @CsvSource({"2025-11-22, conforms", "2025-11-21, nonconformity"})
    void annualInspection_7_1_2(String last, String outcome) {
        var report = ModuleTests.evaluate(REGISTRY, ProductionSystem.NOMADIC, DAY, List.of(
                RawObservation.of("transport.vehicle.last-annual-inspection", "vehicle", "truck-1", last, null)));
        assertThat(ModuleTests.findings(report, "7.1.2", "annual-inspection")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "9.1.1 ramp {0} {1} on a {2} site -> {3}")
    @CsvSource({
            "20,    deg, HOUSING, conforms",
            "20.1,  deg, HOUSING, nonconformity",
            "20,    deg, NOMADIC, conforms",
            "20.1,  deg, NOMADIC, nonconformity"})
    void rampGradientAtMost20Degrees_9_1_1(String gradient, String unit, ProductionSystem system, String outcome) {
        var report = ModuleTests.evaluate(REGISTRY, system, DAY, List.of(journey("ramp-gradient", gradient, unit)));
        assertThat(ModuleTests.findings(report, "9.1.1", "ramp-gradient")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "7-9 apply to a {0} site")
    @EnumSource(ProductionSystem.class)
    void noEvidenceIsNotAssessedOnBothSystems(ProductionSystem system) {
        var report = ModuleTests.evaluate(REGISTRY, system, DAY, List.of());
        assertThat(ModuleTests.findings(report, "7.1.3", "space-per-goat")).extracting(f -> f.outcome())
                .containsExactly(Outcome.NOT_ASSESSED);
    }
}
