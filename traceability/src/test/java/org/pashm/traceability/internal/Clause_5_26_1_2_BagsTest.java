package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

class Clause_5_26_1_2_BagsTest {

    static final Registry REGISTRY = Registry.load();
    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "5.26.1.2 bag of {0} kg -> {1}")
    @CsvSource({"30, conforms", "30.01, nonconformity"})
    void atMost30Kilograms(String kg, String outcome) {
        var report = ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, DAY, List.of(
                RawObservation.of("traceability.bag.fibre-weight", "bag", "B-0001", new BigDecimal(kg), "kg")));
        assertThat(ModuleTests.findings(report, "5.26.1.2", "weight")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "5.26.1.2 bag of {0} -> {1}")
    @CsvSource({"cotton, conforms", "linen, conforms", "jute, nonconformity", "polypropylene, nonconformity"})
    void cottonOrLinenOnly(String material, String outcome) {
        var report = ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, DAY, List.of(
                RawObservation.of("traceability.bag.material", "bag", "B-0001", material, null)));
        assertThat(ModuleTests.findings(report, "5.26.1.2", "material")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }
}
