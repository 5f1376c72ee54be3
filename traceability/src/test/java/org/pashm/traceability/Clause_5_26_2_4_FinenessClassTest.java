package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.26.2.4: under 15 um fine, 15 um to 16 um medium (both edges included), over 16 um coarse. */
class Clause_5_26_2_4_FinenessClassTest {

    @ParameterizedTest(name = "5.26.2.4 mean diameter {0} um -> {1}")
    @CsvSource({
            "11.5,   fine",
            "14.99,  fine",
            "14.999, fine",
            "15,     medium",
            "15.00,  medium",
            "15.5,   medium",
            "16,     medium",
            "16.000, medium",
            "16.001, coarse",
            "16.01,  coarse",
            "19,     coarse"})
    void classOfAMeasuredMeanDiameter(String um, String expected) {
        assertThat(FinenessClass.of(new BigDecimal(um))).isEqualTo(FinenessClass.fromCode(expected));
    }

    @Test
    void theLimitsAreFifteenAndSixteenMicrometres_5_26_2_4() {
        assertThat(FinenessClass.MEDIUM_FROM.display()).isEqualTo("15 µm");
        assertThat(FinenessClass.MEDIUM_TO.display()).isEqualTo("16 µm");
        assertThat(FinenessClass.MEDIUM.range()).isEqualTo("15 µm to 16 µm");
        assertThat(FinenessClass.MEDIUM_FROM.value()).isEqualByComparingTo("15");
        assertThat(FinenessClass.MEDIUM_FROM.unit()).isEqualTo("um");
        assertThat(FinenessClass.MEDIUM_TO.value()).isEqualByComparingTo("16");
        assertThat(FinenessClass.MEDIUM_TO.unit()).isEqualTo("um");
    }

    @Test
    void aDiameterMustBePositive_5_26_2_4() {
        assertThatThrownBy(() -> FinenessClass.of(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinenessClass.of(new BigDecimal("-14"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinenessClass.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void codesRoundTrip() {
        for (FinenessClass c : FinenessClass.values()) {
            assertThat(FinenessClass.fromCode(c.code())).isEqualTo(c);
        }
        assertThat(FinenessClass.fromCode("Fine")).isEqualTo(FinenessClass.FINE);
        assertThatThrownBy(() -> FinenessClass.fromCode("superfine")).hasMessageContaining("fine, medium or coarse");
    }

    @Test
    void harvestMethodCodesRoundTrip_3_12_and_3_13() {
        assertThat(HarvestMethod.fromCode("combed")).isEqualTo(HarvestMethod.COMBED);
        assertThat(HarvestMethod.fromCode("SHORN")).isEqualTo(HarvestMethod.SHORN);
        assertThat(HarvestMethod.SHORN.code()).isEqualTo("shorn");
        assertThatThrownBy(() -> HarvestMethod.fromCode("plucked")).hasMessageContaining("combed or shorn");
    }
}
