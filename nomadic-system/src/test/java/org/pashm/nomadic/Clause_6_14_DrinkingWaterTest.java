package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 6.14.1.2: goats are allowed 3 L to 5 L of water a day; natural sources are risk-assessed, or wells provided. */
class Clause_6_14_DrinkingWaterTest {

    @ParameterizedTest(name = "6.14.1.2 {0} {1} per goat -> {2}")
    @CsvSource({"3, L/d, conforms", "2.9, L/d, nonconformity", "5, L/d, conforms", "6, L/d, conforms",
            "3000, mL/d, conforms"})
    void atLeastThreeLitresADay(String amount, String unit, String expected) {
        assertThat(outcome("6.14.1.2", "water-per-goat", site("nomadic.site.water-per-goat", amount, unit)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void naturalSourcesAreAssessedOtherwiseWellsAreProvided_6_14_1_2() {
        assertThat(outcome("6.14.1.2", "risks-assessed", site("nomadic.site.natural-water-sources-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.14.1.2", "wells", site("nomadic.site.natural-water-sources-used", true)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.14.1.2", "wells", site("nomadic.site.natural-water-sources-used", false),
                site("nomadic.site.water-facilities", false))).isEqualTo(Outcome.NONCONFORMITY);
    }
}
