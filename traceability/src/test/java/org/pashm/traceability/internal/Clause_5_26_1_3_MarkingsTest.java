package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.Marking;

/**
 * 5.26.1.3: a housing farm's bag is marked with the owner's name, the recording, combing and weighing persons, fibre
 * weight, goat type, ear tag or other identification, fibre length, fineness, origin and colour.
 */
class Clause_5_26_1_3_MarkingsTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    static List<RawObservation> marked(String bag, List<Marking> markings, Marking except, Boolean value) {
        List<RawObservation> obs = new ArrayList<>();
        for (Marking m : markings) {
            if (m != except) {
                obs.add(bag(bag, "traceability.bag.marked-" + m.code(), true));
            } else if (value != null) {
                obs.add(bag(bag, "traceability.bag.marked-" + m.code(), value));
            }
        }
        return obs;
    }

    @Test
    void aBagMarkedWithAllElevenItemsConforms_5_26_1_3() {
        assertThat(BagRules.HOUSING_MARKINGS).hasSize(11);
        var report = Trace.evaluate(ProductionSystem.HOUSING, DAY,
                marked("B-1", BagRules.HOUSING_MARKINGS, null, null));
        var finding = Trace.finding(report, "5.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(finding.facts()).hasSize(11);
    }

    @ParameterizedTest(name = "5.26.1.3 bag not marked with {0} -> nonconformity")
    @EnumSource(Marking.class)
    void eachMissingMarkingIsANonconformityNamingIt(Marking missing) {
        var report = Trace.evaluate(ProductionSystem.HOUSING, DAY,
                marked("B-1", BagRules.HOUSING_MARKINGS, missing, false));
        var finding = Trace.finding(report, "5.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.EN.explain(finding)).isEqualTo("Bag B-1: the bag is not marked with: " + missing.words() + ".");
    }

    @ParameterizedTest(name = "5.26.1.3 {0} not stated -> not assessed")
    @EnumSource(value = Marking.class, names = {"OWNER_NAME", "WEIGHING_PERSON", "COLOUR"})
    void aMarkingNotStatedIsNotAssessed(Marking unknown) {
        var report = Trace.evaluate(ProductionSystem.HOUSING, DAY,
                marked("B-1", BagRules.HOUSING_MARKINGS, unknown, null));
        var finding = Trace.finding(report, "5.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.EN.explain(finding)).contains(unknown.words());
    }

    @Test
    void theNomadicListIsNotEnoughForAHousingBag_5_26_1_3() {
        List<RawObservation> obs = new ArrayList<>(marked("B-1", BagRules.NOMADIC_MARKINGS, null, null));
        for (Marking m : BagRules.HOUSING_MARKINGS) {
            if (!BagRules.NOMADIC_MARKINGS.contains(m)) {
                obs.add(bag("B-1", "traceability.bag.marked-" + m.code(), false));
            }
        }
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.HOUSING, DAY, obs),
                "5.26.1.3", "markings");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.EN.explain(finding)).isEqualTo("Bag B-1: the bag is not marked with: recording person, "
                + "combing (or shearing) person, weighing person, goat type, fibre length, and fineness.");
    }
}
