package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

class Clause_6_16_RangelandTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "6.16.4 last monitoring {0} -> {1}")
    @CsvSource({"2025-11-22, conforms", "2025-11-21, nonconformity"})
    void rangelandMonitoredWithinAYear_6_16_4(String last, String outcome) {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.site.last-rangeland-monitoring", null, null, last, null)));
        assertThat(Nomadic.findings(report, "6.16.4", "annual")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "6.16.5 motorcycles used = {0} -> {1}")
    @CsvSource({"false, conforms", "true, nonconformity"})
    void noMotorcyclesWhenTendingGoats_6_16_5(boolean used, String outcome) {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.site.motorcycles-used", null, null, used, null)));
        assertThat(Nomadic.findings(report, "6.16.5", "motorcycles")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @ParameterizedTest(name = "6.16.1 grazing rangelands for {0} seasons -> {1}")
    @CsvSource({"4, conforms", "3, nonconformity"})
    void fourSeasonRangelands_6_16_1(int seasons, String outcome) {
        var report = Nomadic.evaluate(DAY, List.of(RawObservation.of("nomadic.site.grazing-seasons-covered", null,
                null, java.math.BigDecimal.valueOf(seasons), null)));
        assertThat(Nomadic.findings(report, "6.16.1", "four-seasons")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @Test
    void userGroupsOnlyWhereRangelandIsShared_6_16_2() {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.site.shares-rangeland", null, null, false, null)));
        assertThat(Nomadic.findings(report, "6.16.2", "user-group")).extracting(f -> f.outcome())
                .containsExactly(Outcome.NOT_APPLICABLE);
        assertThat(Nomadic.findings(report, "6.16.2", "grazing-agreement")).extracting(f -> f.outcome())
                .containsExactly(Outcome.NOT_APPLICABLE);
    }

    @Test
    void eachRangelandIsJudgedOnItsOwn_6_16_1() {
        var report = Nomadic.evaluate(DAY, List.of(
                RawObservation.of("nomadic.rangeland.forage-water-minerals", "rangeland", "winter-pasture", true, null),
                RawObservation.of("nomadic.rangeland.forage-water-minerals", "rangeland", "summer-pasture", false,
                        null)));
        assertThat(Nomadic.findings(report, "6.16.1", "forage-water-minerals"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactly("winter-pasture conforms", "summer-pasture nonconformity");
    }

    @Test
    void withoutEvidenceBothAreNotAssessed_6_16() {
        var report = Nomadic.evaluate(DAY, List.of());
        assertThat(Nomadic.findings(report, "6.16.4", "annual")).extracting(f -> f.outcome())
                .containsExactly(Outcome.NOT_ASSESSED);
        assertThat(Nomadic.findings(report, "6.16.5", "motorcycles")).extracting(f -> f.outcome())
                .containsExactly(Outcome.NOT_ASSESSED);
    }

    @Test
    void annualMonitoringIsADuty_6_16_4() {
        assertThat(Nomadic.REGISTRY.duties()).filteredOn(d -> d.id().equals("rangeland-monitoring")).singleElement()
                .satisfies(d -> assertThat(d.recurrence().words()).isEqualTo("every 1 year"));
    }
}
