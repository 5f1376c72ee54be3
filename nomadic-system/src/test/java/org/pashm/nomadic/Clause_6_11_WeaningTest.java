package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 6.11: no weaning advised (6.11.1); if weaned, not before 150 days (6.11.2, advice); mixed groups (6.11.3). */
class Clause_6_11_WeaningTest {

    @ParameterizedTest(name = "6.11.2 weaned at {0} days -> {1}")
    @CsvSource({"150, conforms", "149, observation", "180, conforms"})
    void notBefore150Days(String days, String expected) {
        assertThat(outcome("6.11.2", "weaning-age", site("nomadic.site.kids-weaned", true),
                on("goat-group", "w", "nomadic.goat-group.class", "weaned-kids"),
                on("goat-group", "w", "nomadic.goat-group.weaning-age", days, "d")))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void weaningAtAllIsAnObservation_6_11_1() {
        assertThat(outcome("6.11.1", "no-weaning", site("nomadic.site.kids-weaned", true)))
                .isEqualTo(Outcome.OBSERVATION);
        assertThat(outcome("6.11.1", "no-weaning", site("nomadic.site.kids-weaned", false)))
                .isEqualTo(Outcome.CONFORMS);
    }

    @Test
    void withoutWeaningTheWeaningRulesDoNotApply_6_11() {
        assertThat(outcome("6.11.2", "weaning-age", site("nomadic.site.kids-weaned", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.11.3", "mixed-groups", site("nomadic.site.kids-weaned", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.11.3", "mixed-groups", on("goat-group", "g", "nomadic.goat-group.class",
                "neonatal-kids"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
