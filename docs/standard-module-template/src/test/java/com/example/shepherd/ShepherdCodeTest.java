package com.example.shepherd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.ProviderCheck;
import org.pashm.core.standard.ProductionSystem;

/** Runs on the module path: the registry finds the module as the app would, and checks everything it declares. */
class ShepherdCodeTest {

    // Loading is the first test: a duplicate clause, an unknown evidence code or a crosswalk to a clause ISO 22786
    // does not have fails here, with a message naming the module.
    static final Registry REGISTRY = Registry.load();

    static Report evaluate(RawObservation... observations) {
        Vocabulary.Validation v = REGISTRY.vocabulary().validate(List.of(observations));
        assertTrue(v.isValid(), () -> v.problems().toString());
        return REGISTRY.evaluate(ShepherdCode.CODE, ProductionSystem.NOMADIC, LocalDate.of(2026, 5, 1),
                v.observations());
    }

    static Outcome outcome(Report report, String clause) {
        return report.findings().stream().filter(f -> f.clause().toString().equals(clause)).map(Finding::outcome)
                .findFirst().orElseThrow();
    }

    static RawObservation site(String code, Object value) {
        return RawObservation.of(code, null, null, value, null);
    }

    @Test
    void registeredTheSameWayInModuleInfoAndMetaInfServices() {
        assertEquals(List.of(), ProviderCheck.mismatches(ShepherdCode.class));
    }

    @Test
    void clause_2_1_noWorkerWithoutAContract() {
        assertEquals(Outcome.CONFORMS, outcome(evaluate(site("shepherd.site.workers-without-contract",
                BigDecimal.ZERO)), "2.1"));
        assertEquals(Outcome.NONCONFORMITY, outcome(evaluate(site("shepherd.site.workers-without-contract",
                BigDecimal.ONE)), "2.1"));
        assertEquals(Outcome.NOT_ASSESSED, outcome(evaluate(site("shepherd.site.water-always", true)), "2.1"));
    }

    @Test
    void passesOnlyWhenEverythingIsMet() {
        Report all = evaluate(site("shepherd.site.water-always", true),
                site("shepherd.site.workers-without-contract", BigDecimal.ZERO));
        assertEquals("pass", all.overall().code());
        assertEquals("fail", evaluate(site("shepherd.site.water-always", false),
                site("shepherd.site.workers-without-contract", BigDecimal.ZERO)).overall().code());
    }

    @Test
    void theCrosswalkFitsIso22786() {
        assertTrue(REGISTRY.crosswalk(ShepherdCode.CODE, org.pashm.core.iso22786.Iso22786.DIS_2025).isPresent());
    }
}
