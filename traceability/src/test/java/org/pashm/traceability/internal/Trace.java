package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

/** Evaluates evidence through the real registry (core and this module, discovered on the module path). */
final class Trace {

    /** The findings in English, as the real renderer (ICU4J, the modules\' bundles) says them. */
    static final org.pashm.text.Renderer EN = org.pashm.text.Languages.load(
            Registry.load().providers()).english();

    static final Registry REGISTRY = Registry.load();

    private Trace() {
    }

    static Report housing(LocalDate day, RawObservation... observations) {
        return ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, day, List.of(observations));
    }

    static Report nomadic(LocalDate day, RawObservation... observations) {
        return ModuleTests.evaluate(REGISTRY, ProductionSystem.NOMADIC, day, List.of(observations));
    }

    static Report evaluate(ProductionSystem system, LocalDate day, List<RawObservation> observations) {
        return ModuleTests.evaluate(REGISTRY, system, day, observations);
    }

    static List<Finding> findings(Report report, String clause, String rule) {
        return ModuleTests.findings(report, clause, rule);
    }

    /** The one finding of a rule (there is one subject of its kind), checked to exist. */
    static Finding finding(Report report, String clause, String rule) {
        List<Finding> found = findings(report, clause, rule);
        assertThat(found).as("findings of %s %s", clause, rule).hasSize(1);
        return found.get(0);
    }

    static Outcome outcome(Report report, String clause, String rule) {
        return finding(report, clause, rule).outcome();
    }

    static RawObservation site(String code, Object value) {
        return RawObservation.of(code, null, null, value, null);
    }

    static RawObservation bag(String id, String code, Object value) {
        return RawObservation.of(code, "bag", id, value, null);
    }

    static RawObservation bag(String id, String code, String number, String unit) {
        return RawObservation.of(code, "bag", id, new BigDecimal(number), unit);
    }

    static RawObservation inspection(String id, String code, Object value) {
        return RawObservation.of(code, "cashmere-inspection", id, value, null);
    }

    static RawObservation inspection(String id, String code, String number, String unit) {
        return RawObservation.of(code, "cashmere-inspection", id, new BigDecimal(number), unit);
    }

    /**
     * A breeding farm's 2026 inspection with, where given, the breeding stock's measured mean diameter (um) and the
     * auditor's attestation that it was measured: the evidence of 5.26.2.4's and 6.26.2.5's objective measurement.
     */
    static RawObservation[] breedingStockInspection(String um, Boolean attested) {
        List<RawObservation> raw = new java.util.ArrayList<>(List.of(site("traceability.site.breeding-stock", true),
                inspection("2026", "traceability.cashmere-inspection.date", "2026-03-20")));
        if (um != null) {
            raw.add(inspection("2026", "traceability.cashmere-inspection.breeding-stock-mean-diameter", um, "um"));
        }
        if (attested != null) {
            raw.add(inspection("2026", "traceability.cashmere-inspection.breeding-stock-diameter-measured", attested));
        }
        return raw.toArray(RawObservation[]::new);
    }
}
