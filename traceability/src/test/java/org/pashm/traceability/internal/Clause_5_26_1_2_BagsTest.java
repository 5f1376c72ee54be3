package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;
import static org.pashm.traceability.internal.Trace.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.testkit.ModuleTests;

/** 5.26.1.2: white cotton or linen bags of at most 30 kg each; synthetic fibre bags are not allowed. */
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

    @ParameterizedTest(name = "5.26.1.2 weight given in {1}: {0} -> {2}")
    @CsvSource({"30000, g, conforms", "30001, g, nonconformity"})
    void theLimitHoldsInAnyMassUnit(String value, String unit, String outcome) {
        var report = Trace.housing(DAY, bag("B-1", "traceability.bag.fibre-weight", value, unit));
        assertThat(Trace.outcome(report, "5.26.1.2", "weight")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.1.2 synthetic fibre not allowed: {0} -> {1}")
    @CsvSource({"cotton, conforms", "linen, conforms", "jute, conforms", "wool, conforms",
            "polypropylene, nonconformity", "polyethylene, nonconformity", "polyester, nonconformity",
            "nylon, nonconformity"})
    void syntheticBagsAreProhibited(String material, String outcome) {
        var report = Trace.housing(DAY, bag("B-1", "traceability.bag.material", material));
        var finding = Trace.finding(report, "5.26.1.2", "synthetic");
        assertThat(finding.strength()).isEqualTo(Strength.PROHIBITION);
        assertThat(finding.outcome()).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.1.2 white cloth = {0} -> {1}")
    @CsvSource({"true, conforms", "false, nonconformity"})
    void theClothIsWhite(boolean white, String outcome) {
        var report = Trace.housing(DAY, bag("B-1", "traceability.bag.white-cloth", white));
        assertThat(Trace.outcome(report, "5.26.1.2", "white")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.1.2 {0} not observed -> not assessed")
    @CsvSource({"material", "synthetic", "white", "weight"})
    void aBagWithoutTheValueIsNotAssessed(String rule) {
        var report = Trace.housing(DAY, bag("B-1", "traceability.bag.single-class", true));
        assertThat(Trace.outcome(report, "5.26.1.2", rule)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.26.1.2 {0} with no bag described -> not assessed")
    @CsvSource({"material", "synthetic", "white", "weight"})
    void noBagDescribedIsNotAssessed(String rule) {
        var report = Trace.housing(DAY, site("general.iso-26000-referred", true));
        assertThat(Trace.outcome(report, "5.26.1.2", rule)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.26.1.2 {0} on a site that packed no cashmere -> not applicable")
    @CsvSource({"material", "synthetic", "white", "weight"})
    void aSiteThatPackedNoCashmereIsNotApplicable(String rule) {
        var report = Trace.housing(DAY, site("traceability.site.cashmere-packed", false));
        assertThat(Trace.outcome(report, "5.26.1.2", rule)).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void eachBagIsJudgedOnItsOwn_5_26_1_2() {
        var report = Trace.housing(DAY,
                bag("B-1", "traceability.bag.fibre-weight", "29.5", "kg"),
                bag("B-2", "traceability.bag.fibre-weight", "31", "kg"),
                bag("B-3", "traceability.bag.fibre-weight", "12.4", "kg"));
        assertThat(Trace.findings(report, "5.26.1.2", "weight"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactly("B-1 conforms", "B-2 nonconformity", "B-3 conforms");
        assertThat(Trace.EN.explain(Trace.findings(report, "5.26.1.2", "weight").get(1)))
                .isEqualTo("Bag B-2: weight of fibre in the bag is 31 kg, above the limit of 30 kg.");
    }
}
