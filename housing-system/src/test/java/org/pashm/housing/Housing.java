package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/** Evaluates evidence for a housing farm through the real registry, discovered on the module path. */
final class Housing {

    static final Registry REGISTRY = Registry.load();

    /** Findings in English, as the real renderer says them. */
    static final Renderer EN = Languages.load(REGISTRY.providers()).english();

    /** A day in the middle of the housing harvest season, for tests that do not care about dates. */
    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    /**
     * Observations that describe a subject of each kind without giving any evidence a rule needs: the first one the
     * rule under test does not read is used, so that the subject exists while the rule's own evidence is missing.
     */
    private static final Map<String, List<RawObservation>> ANCHORS = Map.of(
            "shelter", List.of(on("shelter", "s1", "housing.shelter.floor-area", "100", "m2"),
                    on("shelter", "s1", "housing.shelter.noise", "50", "dB")),
            "kidding-pen", List.of(on("kidding-pen", "s1", "housing.kidding-pen.material", "wood"),
                    on("kidding-pen", "s1", "housing.kidding-pen.sheltered", true)),
            "goat-group", List.of(on("goat-group", "s1", "housing.goat-group.adult-weight", "40", "kg"),
                    on("goat-group", "s1", "housing.goat-group.first-colostrum-time", "1", "h")),
            "harvest-session", List.of(on("harvest-session", "s1", "housing.harvest-session.date", "2026-05-10", null),
                    on("harvest-session", "s1", "housing.harvest-session.best-time", true)),
            "land-parcel", List.of(on("land-parcel", "s1", "housing.land-parcel.last-soil-test", "2025-01-01", null),
                    on("land-parcel", "s1", "housing.land-parcel.soil-test-content", true)));

    private Housing() {
    }

    static Report evaluate(LocalDate assessedOn, List<RawObservation> raw) {
        return ModuleTests.evaluate(REGISTRY, ProductionSystem.HOUSING, assessedOn, raw);
    }

    static List<Finding> findings(Report report, String clause, String rule) {
        return ModuleTests.findings(report, clause, rule);
    }

    /** The one finding of {@code clause}/{@code rule} on {@link #DAY}; fails when there is not exactly one. */
    static Finding finding(String clause, String rule, RawObservation... observations) {
        return finding(DAY, clause, rule, observations);
    }

    static Finding finding(LocalDate day, String clause, String rule, RawObservation... observations) {
        List<Finding> found = findings(evaluate(day, List.of(observations)), clause, rule);
        assertThat(found).as("findings of %s %s", clause, rule).hasSize(1);
        return found.get(0);
    }

    static Outcome outcome(String clause, String rule, RawObservation... observations) {
        return finding(clause, rule, observations).outcome();
    }

    static Outcome outcome(LocalDate day, String clause, String rule, RawObservation... observations) {
        return finding(day, clause, rule, observations).outcome();
    }

    /** An observation of the site. Numbers may be given as strings. */
    static RawObservation site(String code, Object value) {
        return site(code, value, null);
    }

    static RawObservation site(String code, Object value, String unit) {
        return RawObservation.of(code, null, null, number(value, unit), unit);
    }

    /** An observation of subject {@code kind}/{@code id}. */
    static RawObservation on(String kind, String id, String code, Object value) {
        return on(kind, id, code, value, null);
    }

    static RawObservation on(String kind, String id, String code, Object value, String unit) {
        return RawObservation.of(code, kind, id, number(value, unit), unit);
    }

    /** Shorthand for observations of shelter s1, goat group s1 and so on: the kind is the code's middle part. */
    static RawObservation obs(String code, Object value) {
        return obs(code, value, null);
    }

    static RawObservation obs(String code, Object value, String unit) {
        String kind = kindOf(code);
        return kind.equals("site") ? site(code, value, unit) : on(kind, "s1", code, value, unit);
    }

    /** The same observation, taken on {@code day} (its {@code observedOn}): for limits that hold in one season. */
    static RawObservation on(LocalDate day, RawObservation o) {
        return new RawObservation(o.code(), o.subjectKind(), o.subjectId(), o.value(), o.unit(), day, o.reference());
    }

    /**
     * Checks an attestation rule at its three values. {@code shape}: {@code attested} (yes conforms, no is a
     * nonconformity), {@code never} (no conforms, yes is a nonconformity), or either prefixed {@code advice-} (the
     * breach is an observation). Missing evidence is "not assessed" in every shape.
     */
    static void checkAttestation(String clause, String rule, String code, String shape) {
        boolean never = shape.endsWith("never");
        Outcome breach = shape.startsWith("advice-") ? Outcome.OBSERVATION : Outcome.NONCONFORMITY;
        assertThat(outcome(clause, rule, obs(code, !never))).as("%s %s: %s", clause, rule, never ? "no" : "yes")
                .isEqualTo(Outcome.CONFORMS);
        assertThat(outcome(clause, rule, obs(code, never))).as("%s %s: %s", clause, rule, never ? "yes" : "no")
                .isEqualTo(breach);
        assertThat(withoutEvidence(clause, rule, kindOf(code))).as("%s %s: missing", clause, rule)
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    /** The outcome when subject s1 of {@code kind} is described but gives none of the rule's evidence. */
    static Outcome withoutEvidence(String clause, String rule, String kind) {
        if (kind.equals("site")) {
            return outcome(clause, rule);
        }
        Rule r = REGISTRY.clause(DIS_2025, ClauseNumber.of(clause)).orElseThrow().rules().stream()
                .filter(x -> x.id().equals(rule)).findFirst().orElseThrow();
        RawObservation anchor = ANCHORS.get(kind).stream().filter(a -> !r.reads().contains(a.code())).findFirst()
                .orElseThrow();
        return outcome(clause, rule, anchor);
    }

    private static String kindOf(String code) {
        return code.substring(code.indexOf('.') + 1, code.lastIndexOf('.'));
    }

    private static Object number(Object value, String unit) {
        if (value instanceof String s && (unit != null || s.matches("-?[0-9]+(\\.[0-9]+)?"))) {
            return new BigDecimal(s);
        }
        return value;
    }
}
