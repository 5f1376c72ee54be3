package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.Marking;

/**
 * 6.26.1.2: natural textile bags of at most 30 kg, never petroleum-based; 6.26.1.3: marked with the owner's name,
 * cashmere weight, ear tag, origin and fibre colour.
 */
class Clause_6_26_1_PackagingTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "6.26.1.2 bag of {0} kg -> {1}")
    @CsvSource({"30, conforms", "30.01, nonconformity", "0.5, conforms"})
    void atMost30Kilograms(String kg, String outcome) {
        var report = Trace.nomadic(DAY, bag("N-1", "traceability.bag.fibre-weight", kg, "kg"));
        assertThat(Trace.outcome(report, "6.26.1.2", "weight")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.1.2 bag of {0}: natural textile -> {1}, petroleum-based -> {2}")
    @CsvSource({
            "cotton,        conforms,      conforms",
            "linen,         conforms,      conforms",
            "hemp,          conforms,      conforms",
            "jute,          conforms,      conforms",
            "wool,          conforms,      conforms",
            "polypropylene, nonconformity, nonconformity",
            "polyethylene,  nonconformity, nonconformity",
            "polyester,     nonconformity, nonconformity",
            "nylon,         nonconformity, nonconformity"})
    void naturalTextileOnlyAndNeverPetroleumBased(String material, String natural, String petroleum) {
        var report = Trace.nomadic(DAY, bag("N-1", "traceability.bag.material", material));
        assertThat(Trace.outcome(report, "6.26.1.2", "material")).isEqualTo(Outcome.fromCode(natural));
        var prohibition = Trace.finding(report, "6.26.1.2", "petroleum-based");
        assertThat(prohibition.strength()).isEqualTo(Strength.PROHIBITION);
        assertThat(prohibition.outcome()).isEqualTo(Outcome.fromCode(petroleum));
    }

    @ParameterizedTest(name = "6.26.1.2 {0} not observed -> not assessed; nothing packed -> not applicable")
    @CsvSource({"material", "petroleum-based", "weight"})
    void missingIsNotAssessedAndNothingPackedIsNotApplicable(String rule) {
        assertThat(Trace.outcome(Trace.nomadic(DAY, bag("N-1", "traceability.bag.single-class", true)),
                "6.26.1.2", rule)).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(Trace.nomadic(DAY, site("traceability.site.cashmere-packed", false)),
                "6.26.1.2", rule)).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aNomadicBagNeedsNoWhiteCloth_6_26_1_2() {
        var report = Trace.nomadic(DAY, bag("N-1", "traceability.bag.material", "jute"));
        assertThat(Trace.findings(report, "6.26.1.2", "white")).isEmpty();
        assertThat(Trace.findings(report, "5.26.1.2", "white")).isEmpty();
    }

    @Test
    void theFiveNomadicMarkingsAreEnough_6_26_1_3() {
        assertThat(BagRules.NOMADIC_MARKINGS).containsExactly(Marking.OWNER_NAME, Marking.FIBRE_WEIGHT,
                Marking.EAR_TAG_OR_ID, Marking.ORIGIN, Marking.COLOUR);
        List<RawObservation> obs = new ArrayList<>();
        for (Marking m : BagRules.NOMADIC_MARKINGS) {
            obs.add(bag("N-1", "traceability.bag.marked-" + m.code(), true));
        }
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.NOMADIC, DAY, obs), "6.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(finding.facts()).hasSize(5);
    }

    @ParameterizedTest(name = "6.26.1.3 bag not marked with {0} -> nonconformity")
    @EnumSource(value = Marking.class, names = {"OWNER_NAME", "FIBRE_WEIGHT", "EAR_TAG_OR_ID", "ORIGIN", "COLOUR"})
    void eachMissingMarkingIsANonconformity(Marking missing) {
        List<RawObservation> obs = new ArrayList<>();
        for (Marking m : BagRules.NOMADIC_MARKINGS) {
            obs.add(bag("N-1", "traceability.bag.marked-" + m.code(), m != missing));
        }
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.NOMADIC, DAY, obs), "6.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.EN.explain(finding)).endsWith("not marked with: " + missing.words() + ".");
    }

    @Test
    void aMarkingNotStatedIsNotAssessed_6_26_1_3() {
        var report = Trace.nomadic(DAY, bag("N-1", "traceability.bag.marked-owner-name", true));
        assertThat(Trace.outcome(report, "6.26.1.3", "markings")).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
