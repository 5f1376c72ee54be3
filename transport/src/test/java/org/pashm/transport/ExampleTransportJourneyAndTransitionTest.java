package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;
import org.pashm.core.testkit.ModuleTests;

/**
 * The shipped example (a herder household's truck journey and its flock's seasonal move on foot), evaluated end to
 * end through the registry: valid, every rule of clauses 7-10 and 12 judged, and exactly the deliberate findings.
 */
class ExampleTransportJourneyAndTransitionTest {

    static final ExampleSet EXAMPLE = ExampleSet.load(Transport.class, "transport-journey-and-transition");

    private static Report evaluate(ExampleSet example) {
        return ModuleTests.evaluate(Transports.REGISTRY, ProductionSystem.NOMADIC, example.assessedOn(),
                example.observations());
    }

    private static List<String> with(Report report, Outcome outcome) {
        return report.findings().stream().filter(f -> f.outcome() == outcome)
                .map(f -> f.clause() + " " + f.rule() + " " + f.subject().id()).toList();
    }

    @Test
    void theExampleIsValidAndEveryRuleIsJudged() {
        Report report = evaluate(EXAMPLE);
        // 46 rules of clauses 7-10 and 12, one subject each, and core's 4.1
        assertThat(report.findings()).hasSize(47);
        assertThat(with(report, Outcome.NOT_ASSESSED)).isEmpty();
        assertThat(report.assessedOn()).hasToString("2026-06-20");
    }

    @Test
    void theDeliberateFindingsAndNoOthers() {
        Report report = evaluate(EXAMPLE);
        assertThat(with(report, Outcome.NONCONFORMITY)).containsExactly(
                "7.1.3 side-door-per-pen truck-mengM-47215",
                "7.1.7 no-feed-within-4-hours j-2026-05-28",
                "10.1.1 plan-emergencies spring-to-summer-2026");
        // 18 m2 for the 56 goats is within the 21 m2 the upper ends give the load: since the upper ends bind as a
        // limit (R7), and no longer as advice to reach, the load's observation is gone.
        assertThat(with(report, Outcome.OBSERVATION)).isEmpty();
        assertThat(with(report, Outcome.NOT_APPLICABLE)).containsExactly(
                "10.1.2 emergency-measures spring-to-summer-2026",
                "12 woah-methods site");
        assertThat(report.overall().code()).isEqualTo("nonconformant");
        assertThat(Transports.EN.say(report.overall().explanation())).contains("7.1.3, 7.1.7, and 10.1.1");
    }

    @Test
    void theFindingsExplainThemselves() {
        Report report = evaluate(EXAMPLE);
        // outcomes and facts, not how core prints numbers and units (which is changing)
        Finding feed = Transports.finding(report, "7.1.7", "no-feed-within-4-hours");
        assertThat(feed.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        Finding space = Transports.finding(report, "7.1.3", "space-per-goat");
        assertThat(space.outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(Transports.EN.explain(space)).contains("18 m² for 56 goats").contains("15.4 m²");
        assertThat(space.facts()).extracting(f -> f.name()).contains("transport.journey.deck-area",
                "transport.journey.adult-does");
        Finding doors = Transports.finding(report, "7.1.3", "side-door-per-pen");
        assertThat(Transports.EN.explain(doors)).contains("1 of 4 small pens have no side door");
        assertThat(Transports.EN.explain(Transports.finding(report, "12", "woah-methods")))
                .contains("Goats are killed by the site: no");
        assertThat(Transports.finding(report, "9.1.1", "ramp-gradient").outcome()).isEqualTo(Outcome.CONFORMS);
    }

    @Test
    void correctingTheThreeFaultsMakesTheSiteConformant() {
        ExampleSet corrected = EXAMPLE
                .with("transport.vehicle.pens-with-side-door", "truck-mengM-47215", "4")
                .with("transport.journey.hours-since-last-feed", "j-2026-05-28", "240")
                .with("transport.transition.plan-emergencies", "spring-to-summer-2026", Boolean.TRUE);
        Report report = evaluate(corrected);
        assertThat(with(report, Outcome.NONCONFORMITY)).isEmpty();
        assertThat(report.overall().code()).isEqualTo("conformant");
        assertThat(with(report, Outcome.OBSERVATION)).isEmpty();
    }
}
