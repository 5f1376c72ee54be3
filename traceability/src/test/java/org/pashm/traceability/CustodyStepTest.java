package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who keeps goats and fills bags, who collects bags into lots and who dehairs (recorded under 11.1.1). */
class CustodyStepTest {

    @ParameterizedTest(name = "a {0} keeps goats and fills bags: {1}")
    @CsvSource({"farm, true", "herder-household, true", "cooperative, true", "buying-station, false",
            "dehairing-station, false", "mill, false", "brand, false", "certification-body, false"})
    void goatsAreKeptAndBagsFilledByFarmsAndHerders(String kind, boolean keeps) {
        assertThat(CustodyStep.HERD_KEEPING.isTakenBy(kind)).isEqualTo(keeps);
        assertThat(CustodyStep.HARVEST.isTakenBy(kind)).isEqualTo(keeps);
    }

    @ParameterizedTest(name = "a {0} aggregates: {1}, dehairs: {2}")
    @CsvSource({"buying-station, true, false", "cooperative, true, false", "dehairing-station, false, true",
            "farm, false, false", "herder-household, false, false", "mill, false, false", "brand, false, false",
            "certification-body, false, false"})
    void eachStepIsTakenByItsKindsOnly(String kind, boolean aggregates, boolean dehairs) {
        assertThat(CustodyStep.AGGREGATION.isTakenBy(kind)).isEqualTo(aggregates);
        assertThat(CustodyStep.DEHAIRING.isTakenBy(kind)).isEqualTo(dehairs);
    }

    @Test
    void theStepsAreRecordedUnder_11_1_1() {
        assertThat(CustodyStep.CLAUSE).hasToString("11.1.1");
        assertThat(CustodyStep.AGGREGATION.doing()).isEqualTo("aggregate bags into lots");
        assertThat(CustodyStep.DEHAIRING.organisationKinds()).containsExactly("dehairing-station");
    }
}
