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

    /** 6.14.1.2: "(3 to 5) litres of water per day": at least 3 L (R7); beyond 5 L, the allowance's upper end, advice (R12). */
    @ParameterizedTest(name = "6.14.1.2 {0} {1} per goat: {2} -> {3}")
    @CsvSource({
            "3,    L/d,  water-per-goat,     conforms",
            "2.9,  L/d,  water-per-goat,     nonconformity",
            "3000, mL/d, water-per-goat,     conforms",
            "6,    L/d,  water-per-goat,     conforms",
            "5,    L/d,  water-per-goat-max, conforms",
            "5.1,  L/d,  water-per-goat-max, observation",
            "3,    L/d,  water-per-goat-max, conforms"})
    void threeToFiveLitresADay(String amount, String unit, String rule, String expected) {
        assertThat(outcome("6.14.1.2", rule, site("nomadic.site.water-per-goat", amount, unit)))
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
