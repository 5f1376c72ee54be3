package org.pashm.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {

    private static BigDecimal convert(String value, String from, String to) throws Units.UnitException {
        return Units.convert(new BigDecimal(value), from, to).stripTrailingZeros();
    }

    @Test
    void convertsLinearUnitsThroughTheUcumLibrary() throws Exception {
        assertThat(convert("150", "cm", "m")).isEqualByComparingTo("1.5");
        assertThat(convert("20000", "ug/m3", "mg/m3")).isEqualByComparingTo("20");
        assertThat(convert("8", "wk", "d")).isEqualByComparingTo("56");
        assertThat(convert("5000", "mL", "L")).isEqualByComparingTo("5");
        assertThat(convert("1", "m2", "cm2")).isEqualByComparingTo("10000");
    }

    @Test
    void convertsTemperatureScalesWithTheirOffsets() throws Exception {
        assertThat(convert("86", "[degF]", "Cel")).isEqualByComparingTo("30");
        assertThat(convert("32", "[degF]", "Cel")).isEqualByComparingTo("0");
        assertThat(convert("273.15", "K", "Cel")).isEqualByComparingTo("0");
        assertThat(convert("-6", "Cel", "[degF]")).isEqualByComparingTo("21.2");
    }

    @Test
    void refusesIncompatibleAndUnknownUnits() {
        assertThatThrownBy(() -> Units.convert(BigDecimal.ONE, "kg", "m")).isInstanceOf(Units.UnitException.class)
                .hasMessageContaining("'kg' cannot be converted to 'm'");
        assertThatThrownBy(() -> Units.convert(BigDecimal.ONE, "Cel", "m")).isInstanceOf(Units.UnitException.class);
        assertThat(Units.problemWith("furlong")).isPresent();
        assertThat(Units.problemWith("mg/m3")).isEmpty();
        assertThat(Units.compatible("cm", "m")).isTrue();
        assertThat(Units.compatible("lx", "dB")).isFalse();
    }
}
