package org.pashm.kashmina;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;

/**
 * Evaluates evidence against the supplier code through the real registry, discovered on the module path together
 * with core and the ISO 22786 section modules (test dependencies only).
 */
final class Kashmina {

    static final Registry REGISTRY = Registry.load();
    /** The English renderer, with the real bundles: what a reader sees. */
    static final org.pashm.text.Renderer EN = org.pashm.text.Languages.load(REGISTRY.providers()).english();
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private Kashmina() {
    }

    static RawObservation site(String code, Object value) {
        return RawObservation.of("kashmina." + code, null, null, value instanceof Integer i ? (Object) java.math.BigDecimal.valueOf(i)
                : value, null);
    }

    /** Everything the code asks, met, for a supplier with twelve employees and a mixed management. */
    static List<RawObservation> allMet() {
        List<RawObservation> all = new ArrayList<>();
        all.add(site("workers.employees", 12));
        all.add(site("workers.with-contract", 12));
        all.add(site("management.women", 1));
        all.add(site("management.men", 2));
        for (String code : List.of("workers.viable-salary", "workers.paid-vacation", "workplace.clean",
                "workplace.adapted-facilities", "workers.equal-rights", "workers.equal-wages",
                "animals.suitable-grazing", "animals.shelter", "animals.clean-water", "animals.suitable-food",
                "animals.no-unnecessary-stress", "fibre.traceable-to-farm", "fibre.traceable-to-animal")) {
            all.add(site(code, true));
        }
        return all;
    }

    /** {@link #allMet()} with the observations of {@code code} replaced by {@code value} (or removed when null). */
    static List<RawObservation> allMetBut(String code, Object value) {
        List<RawObservation> all = new ArrayList<>(allMet().stream()
                .filter(o -> !o.code().equals("kashmina." + code)).toList());
        if (value != null) {
            all.add(site(code, value));
        }
        return all;
    }

    static Report evaluate(ProductionSystem system, List<RawObservation> raw) {
        Vocabulary.Validation v = REGISTRY.vocabulary().validate(raw);
        if (!v.isValid()) {
            throw new AssertionError("the evidence is not valid: " + v.problems());
        }
        return REGISTRY.evaluate(SupplierCode.EDITION_1, system, DAY, v.observations());
    }

    static Report evaluate(List<RawObservation> raw) {
        return evaluate(ProductionSystem.HOUSING, raw);
    }

    static Finding finding(Report report, String clause, String rule) {
        return report.findings().stream().filter(f -> f.clause().toString().equals(clause) && f.rule().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + clause + " " + rule));
    }

    static Outcome outcome(List<RawObservation> raw, String clause, String rule) {
        return finding(evaluate(raw), clause, rule).outcome();
    }
}
