package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.testkit.ExampleSet;

/** The shipped example evidence set, evaluated end to end through the registry. */
class ExampleHousingFarmTest {

    @Test
    void theExampleIsValidAndEvaluatesToAReport() {
        ExampleSet example = ExampleSet.load(HousingSystem.class, "housing-farm");
        var report = Housing.evaluate(example.assessedOn(), example.observations());
        assertThat(Housing.findings(report, "5.3.3", "ammonia")).extracting(f -> f.subject().id() + " " + f.outcome())
                .containsExactly("doe-shed-1 CONFORMS", "buck-shed CONFORMS");
        assertThat(report.findings()).noneMatch(f -> f.outcome() == Outcome.NONCONFORMITY);
    }
}
