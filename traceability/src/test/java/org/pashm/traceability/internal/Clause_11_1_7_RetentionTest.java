package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;
import org.pashm.traceability.Retention;

class Clause_11_1_7_RetentionTest {

    /** 11.1.7 is one rule: the attestation decides only when the dates are not given. */
    @ParameterizedTest(name = "11.1.7 records kept 3 years = {0}, held since {1} -> {2}")
    @CsvSource({
            "true,  ,           conforms",
            "false, ,           nonconformity",
            ",      ,           not-assessed",
            "false, 2015-06-01, conforms",
            "true,  2024-09-02, nonconformity"})
    void recordsKeptThreeYearsCheckedOnce(Boolean kept, String heldSince, String outcome) {
        var raw = new java.util.ArrayList<RawObservation>();
        raw.add(RawObservation.of("traceability.site.records-begun", null, null, "2015-06-01", null));
        if (kept != null) {
            raw.add(RawObservation.of("traceability.site.records-kept-3-years", null, null, kept, null));
        }
        if (heldSince != null) {
            raw.add(RawObservation.of("traceability.site.records-held-since", null, null, heldSince, null));
        }
        var report = ModuleTests.evaluate(Registry.load(), ProductionSystem.HOUSING, LocalDate.of(2026, 11, 22), raw);
        assertThat(report.findings().stream().filter(f -> f.clause().toString().equals("11.1.7"))).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @Test
    void aRecordMayBeDeletedOnTheDayItsThreeYearsEndAndNotBefore_11_1_7() {
        LocalDate recorded = LocalDate.of(2023, 11, 22);
        assertThat(Retention.RECORD.allowsDeletion(recorded, LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(Retention.RECORD.allowsDeletion(recorded, LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(Retention.RECORD.endsAfter(recorded)).contains(LocalDate.of(2026, 11, 22));
    }

    @Test
    void grazingLandEvaluationsTenYearsAndBagDataForever_11_1_2_and_5_26_3_2() {
        LocalDate recorded = LocalDate.of(2020, 1, 1);
        assertThat(Retention.GRAZING_LAND_EVALUATION.allowsDeletion(recorded, LocalDate.of(2029, 12, 31))).isFalse();
        assertThat(Retention.GRAZING_LAND_EVALUATION.allowsDeletion(recorded, LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(Retention.BAG_DATA.isPermanent()).isTrue();
        assertThat(Retention.BAG_DATA.allowsDeletion(recorded, LocalDate.of(2999, 1, 1))).isFalse();
        assertThat(Retention.BREEDING_ARCHIVE.endsAfter(recorded)).isEmpty();
    }

    @Test
    void breedingArchivesAndKeyParametersAreKeptForever_11_1_3_and_11_1_4() {
        LocalDate recorded = LocalDate.of(2012, 5, 1);
        for (Retention r : List.of(Retention.BREEDING_ARCHIVE, Retention.KEY_PARAMETERS, Retention.BAG_DATA)) {
            assertThat(r.isPermanent()).as(r.code()).isTrue();
            assertThat(r.period()).as(r.code()).isEmpty();
            assertThat(r.allowsDeletion(recorded, LocalDate.of(2112, 5, 1))).as(r.code()).isFalse();
        }
        assertThat(Retention.BREEDING_ARCHIVE.clause()).isEqualTo("11.1.3");
        assertThat(Retention.KEY_PARAMETERS.clause()).isEqualTo("11.1.4");
    }

    @Test
    void eachKindHasACodeAndItsClause_11_1() {
        assertThat(List.of(Retention.values())).extracting(r -> r.code() + " " + r.clauses() + " "
                        + r.period().map(Object::toString).orElse("permanent"))
                .containsExactly("record [11.1.7] P3Y", "grazing-land-evaluation [11.1.2] P10Y",
                        "breeding-archive [11.1.3] permanent", "key-parameters [11.1.4] permanent",
                        "bag-data [5.26.3.2, 6.26.3.2] permanent");
        for (Retention r : Retention.values()) {
            assertThat(Retention.fromCode(r.code())).isEqualTo(r);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Retention.fromCode("invoice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bag-data");
    }
}
