package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No organisation gives out more of a lot than it took in, after the dehairing yield. */
class MassBalanceTest {

    @ParameterizedTest(name = "holding 100 kg, 40 kg given out: giving {0} kg more is {1}")
    @CsvSource({"60, true", "59.999, true", "60.001, false", "0, false", "-1, false"})
    void atMostWhatIsLeft(String kg, boolean allowed) {
        MassBalance b = new MassBalance(new BigDecimal("100"), new BigDecimal("40"));
        assertThat(b.availableKg()).isEqualByComparingTo("60");
        assertThat(b.allows(new BigDecimal(kg))).isEqualTo(allowed);
    }

    @Test
    void givingOutReducesWhatIsLeft() {
        MassBalance b = new MassBalance(new BigDecimal("100"), BigDecimal.ZERO).after(new BigDecimal("100"));
        assertThat(b.availableKg()).isEqualByComparingTo("0");
        assertThat(b.allows(new BigDecimal("0.001"))).isFalse();
    }

    @ParameterizedTest(name = "{0} kg dehaired at {1} % -> {2} kg")
    @CsvSource({"100, 52.5, 52.500", "33.333, 50, 16.666", "10, 100, 10.000", "10, 0.001, 0.000"})
    void theOutputIsTheInputTimesTheYieldToTheGramRoundedDown(String in, String yield, String out) {
        assertThat(MassBalance.output(new BigDecimal(in), new BigDecimal(yield))).isEqualTo(new BigDecimal(out));
    }

    @Test
    void aYieldIsAbove0AndAtMost100Percent() {
        assertThatThrownBy(() -> MassBalance.output(BigDecimal.TEN, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MassBalance.output(BigDecimal.TEN, new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
