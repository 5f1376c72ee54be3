package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;

/**
 * The shipped example raw-cashmere-housing.json, evaluated end to end through the registry: a housing breeding farm
 * after its spring combing, with two inspection sessions, six bags and its clause 11 records.
 */
class ExampleRawCashmereHousingTest {

    static final ExampleSet EXAMPLE = ExampleSet.load(Traceability.class, "raw-cashmere-housing");

    static Report evaluate(ExampleSet example) {
        return Trace.evaluate(ProductionSystem.HOUSING, example.assessedOn(), example.observations());
    }

    static List<String> outcomes(Report report, Outcome outcome) {
        return report.findings().stream().filter(f -> f.outcome() == outcome)
                .map(f -> f.clause() + " " + f.rule() + " " + f.subject().id()).toList();
    }

    @Test
    void theExampleIsValidAndDescribesSixBagsAndTwoInspectionSessions() {
        assertThat(EXAMPLE.assessedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        Report report = evaluate(EXAMPLE);
        assertThat(Trace.findings(report, "5.26.1.2", "weight")).extracting(f -> f.subject().id()).containsExactly(
                "ALX-BH-2026-001", "ALX-BH-2026-002", "ALX-BH-2026-003", "ALX-BH-2026-004", "ALX-BH-2026-005",
                "ALX-BH-2026-006");
        assertThat(Trace.findings(report, "5.26.2.1", "march-april")).extracting(f -> f.subject().id())
                .containsExactly("2026-does", "2026-bucks");
    }

    @Test
    void itsThreeDeliberateNonconformitiesAreFoundAndNothingElse() {
        Report report = evaluate(EXAMPLE);
        assertThat(outcomes(report, Outcome.NONCONFORMITY)).containsExactly(
                "5.26.1.2 weight ALX-BH-2026-006",
                "5.26.1.3 markings ALX-BH-2026-005",
                "5.26.2.4 class ALX-BH-2026-003");
        assertThat(outcomes(report, Outcome.OBSERVATION)).containsExactly("5.26.2.5 density 2026-bucks");
        assertThat(outcomes(report, Outcome.NOT_APPLICABLE)).containsExactly(
                "5.26.2.4 class ALX-BH-2026-002", "5.26.2.4 class ALX-BH-2026-006");
        assertThat(outcomes(report, Outcome.NOT_ASSESSED)).isEmpty();
        assertThat(report.overall().conformant()).isFalse();
    }

    @Test
    void theFindingsExplainThemselves() {
        Report report = evaluate(EXAMPLE);
        // outcomes and subjects, not how core prints numbers and units (which is changing)
        assertThat(Trace.findings(report, "5.26.1.2", "weight").get(5))
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NONCONFORMITY))
                .satisfies(f -> assertThat(Trace.EN.explain(f)).startsWith("Bag ALX-BH-2026-006: "));
        assertThat(Trace.findings(report, "5.26.1.2", "weight").get(3))
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.CONFORMS))
                .satisfies(f -> assertThat(Trace.EN.explain(f)).startsWith("Bag ALX-BH-2026-004: "));
        assertThat(Trace.EN.explain(Trace.findings(report, "5.26.1.3", "markings").get(4)))
                .isEqualTo("Bag ALX-BH-2026-005: the bag is not marked with: weighing person.");
        assertThat(Trace.EN.explain(Trace.findings(report, "5.26.2.4", "class").get(2))).isEqualTo(
                "Bag ALX-BH-2026-003: graded fine, but its measured 15.2 µm is medium (15 µm to 16 µm).");
        assertThat(Trace.findings(report, "5.26.2.4", "class").get(2))
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NONCONFORMITY));
        Finding retention = Trace.finding(report, "11.1.7", "held-since");
        assertThat(retention.outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(Trace.EN.explain(retention)).isEqualTo("The site: the site's records are held since January 1, 2019; "
                + "those made before may be deleted, being older than 3 years on June 10, 2026.");
    }

    @Test
    void withTheThreeBagsPutRightTheFarmConforms() {
        ExampleSet fixed = EXAMPLE
                .with("traceability.bag.fibre-weight", "ALX-BH-2026-006", "29.5")
                .with("traceability.bag.marked-weighing-person", "ALX-BH-2026-005", true)
                .with("traceability.bag.fineness-class", "ALX-BH-2026-003", "medium");
        Report report = evaluate(fixed);
        assertThat(outcomes(report, Outcome.NONCONFORMITY)).isEmpty();
        assertThat(report.overall().conformant()).isTrue();
    }

    @Test
    void aFarmThatSkippedThisYearsInspectionIsANonconformity_5_26_2_1() {
        ExampleSet lastYear = EXAMPLE.with("traceability.site.last-cashmere-inspection", null, "2025-03-20");
        assertThat(Trace.outcome(evaluate(lastYear), "5.26.2.1", "every-year")).isEqualTo(Outcome.NONCONFORMITY);
    }
}
