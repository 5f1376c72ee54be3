package org.pashm.housing;

import java.time.LocalDate;
import java.util.List;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

/** Evaluates evidence for a housing farm through the real registry, discovered on the module path. */
final class Housing {

    static final Registry REGISTRY = Registry.load();

    private Housing() {
    }

    static Report evaluate(LocalDate assessedOn, List<RawObservation> raw) {
        return ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, assessedOn, raw);
    }

    static List<Finding> findings(Report report, String clause, String rule) {
        return ModuleTests.findings(report, clause, rule);
    }
}
