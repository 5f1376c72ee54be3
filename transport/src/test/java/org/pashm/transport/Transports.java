package org.pashm.transport;

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

/**
 * Evaluates transport evidence through the real registry (core and this module, discovered on the module path),
 * and builds observations tersely: {@code on("journey", "j-1", "ramp-gradient", "20", "deg")}.
 */
final class Transports {

    static final Registry REGISTRY = Registry.load();
    /** The English renderer, with the real bundles: what a reader sees. */
    static final org.pashm.text.Renderer EN = org.pashm.text.Languages.load(REGISTRY.providers()).english();
    static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    private Transports() {
    }

    static Report evaluate(ProductionSystem system, List<RawObservation> raw) {
        return ModuleTests.evaluate(REGISTRY, system, DAY, raw);
    }

    static Report evaluate(List<RawObservation> raw) {
        return evaluate(ProductionSystem.NOMADIC, raw);
    }

    /** The outcome of the single finding of one rule; fails when the rule has not exactly one finding. */
    static Outcome outcome(Report report, String clause, String rule) {
        List<Finding> found = ModuleTests.findings(report, clause, rule);
        if (found.size() != 1) {
            throw new AssertionError(clause + " " + rule + ": expected one finding, got " + found);
        }
        return found.get(0).outcome();
    }

    static Finding finding(Report report, String clause, String rule) {
        List<Finding> found = ModuleTests.findings(report, clause, rule);
        if (found.size() != 1) {
            throw new AssertionError(clause + " " + rule + ": expected one finding, got " + found);
        }
        return found.get(0);
    }

    /**
     * An observation of {@code transport.<kind>.<thing>} on subject {@code kind/id} ("site" for the site). The value is
     * "true"/"false" for attestations, a number for quantities and counts, a date or text otherwise.
     */
    static RawObservation on(String kind, String id, String thing, String value, String unit) {
        boolean site = kind.equals("site");
        return RawObservation.of("transport." + kind + "." + thing, site ? null : kind, site ? null : id,
                parse(value), unit);
    }

    static RawObservation on(String kind, String id, String thing, String value) {
        return on(kind, id, thing, value, null);
    }

    static RawObservation site(String thing, boolean value) {
        return on("site", null, thing, Boolean.toString(value));
    }

    private static Object parse(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(value);
        }
        return value;
    }
}
