package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

/**
 * Clauses 7 to 10 and 12 apply to both production systems: the same journey (or move, or killing) gives the same
 * verdicts, with the same facts and explanations, whether the site is a housing farm or a nomadic herder.
 */
class Clause_7_to_12_BothSystemsTest {

    private static List<String> verdicts(Report report) {
        return report.findings().stream().map(Clause_7_to_12_BothSystemsTest::line).toList();
    }

    private static String line(Finding f) {
        return f.clause() + " | " + f.rule() + " | " + f.subject() + " | " + f.strength() + " | " + f.outcome() + " | "
                + f.facts() + " | " + Transports.EN.explain(f);
    }

    private static Report evaluate(ProductionSystem system, List<RawObservation> raw) {
        return ModuleTests.evaluate(Transports.REGISTRY, system, ExampleTransportJourneyAndTransitionTest.EXAMPLE
                .assessedOn(), raw);
    }

    @Test
    void everyClauseAppliesToBothSystems() {
        assertThat(ModuleTests.clausesOf(Transports.REGISTRY, "org.pashm.transport")).hasSize(16)
                .allSatisfy(c -> assertThat(c.appliesTo()).containsExactlyInAnyOrder(ProductionSystem.values()));
    }

    @Test
    void theExampleJourneyGivesTheSameVerdictsOnAHousingFarmAndForANomadicHerder() {
        List<RawObservation> raw = ExampleTransportJourneyAndTransitionTest.EXAMPLE.observations();
        Report housing = evaluate(ProductionSystem.HOUSING, raw);
        Report nomadic = evaluate(ProductionSystem.NOMADIC, raw);
        assertThat(housing.system()).isNotEqualTo(nomadic.system());
        assertThat(verdicts(housing)).hasSize(47).isEqualTo(verdicts(nomadic));
        assertThat(housing.overall()).isEqualTo(nomadic.overall());
        assertThat(housing.sections()).isEqualTo(nomadic.sections());
        assertThat(housing.freedoms()).isEqualTo(nomadic.freedoms());
    }

    @Test
    void aJourneyAloneGivesTheSameVerdictsOnBothSystems() {
        List<RawObservation> journey = ExampleTransportJourneyAndTransitionTest.EXAMPLE.observations().stream()
                .filter(o -> "journey".equals(o.subjectKind())).toList();
        List<String> housing = verdicts(evaluate(ProductionSystem.HOUSING, journey));
        List<String> nomadic = verdicts(evaluate(ProductionSystem.NOMADIC, journey));
        assertThat(housing).isEqualTo(nomadic)
                .anySatisfy(l -> assertThat(l).startsWith("7.1.7 | no-feed-within-4-hours | journey/j-2026-05-28")
                        .contains("NONCONFORMITY"));
    }
}
