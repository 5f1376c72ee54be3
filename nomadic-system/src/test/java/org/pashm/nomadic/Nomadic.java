package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

/** Evaluates evidence for a nomadic herder household through the real registry, discovered on the module path. */
final class Nomadic {

    static final Registry REGISTRY = Registry.load();
    static final LocalDate DAY = LocalDate.of(2026, 4, 22);

    private Nomadic() {
    }

    static Report evaluate(LocalDate assessedOn, List<RawObservation> raw) {
        return ModuleTests.evaluate(REGISTRY, ProductionSystem.NOMADIC, assessedOn, raw);
    }

    static List<Finding> findings(Report report, String clause, String rule) {
        return ModuleTests.findings(report, clause, rule);
    }

    /** The single outcome of one rule, evaluated on {@link #DAY} from the given observations. */
    static Outcome outcome(String clause, String rule, RawObservation... observations) {
        List<Finding> found = findings(evaluate(DAY, Arrays.asList(observations)), clause, rule);
        assertThat(found).as(clause + " " + rule).hasSize(1);
        return found.get(0).outcome();
    }

    /** An observation of the site. */
    static RawObservation site(String code, Object value) {
        return RawObservation.of(code, null, null, value(value), null);
    }

    static RawObservation site(String code, String number, String unit) {
        return RawObservation.of(code, null, null, new BigDecimal(number), unit);
    }

    /** An observation of one subject: a number with its unit. */
    static RawObservation on(String kind, String id, String code, String number, String unit) {
        return RawObservation.of(code, kind, id, new BigDecimal(number), unit);
    }

    /** An observation of one subject: a count, an attestation, a date or a choice. */
    static RawObservation on(String kind, String id, String code, Object value) {
        return RawObservation.of(code, kind, id, value(value), null);
    }

    static RawObservation[] with(RawObservation[] base, RawObservation... more) {
        List<RawObservation> all = new ArrayList<>(Arrays.asList(base));
        all.addAll(Arrays.asList(more));
        return all.toArray(RawObservation[]::new);
    }

    private static Object value(Object v) {
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return v;
    }
}
