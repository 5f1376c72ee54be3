package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ProductionSystem;

/**
 * 11.1: a housing farm's records: the whole process (11.1.1), grazing land for 10 years (11.1.2), breeding archives
 * and key parameters permanently (11.1.3, 11.1.4), training and health records (11.1.5, 11.1.6), every record for
 * 3 years (11.1.7, see also {@link Clause_11_1_7_RetentionTest}).
 */
class Clause_11_1_FarmRecordsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "11.1.{0} {1} = {2} -> {3}")
    @CsvSource({
            "1, whole-process, whole-process-recorded,  true,  conforms",
            "1, whole-process, whole-process-recorded,  false, nonconformity",
            "2, recorded,      grazing-land-recorded,   true,  conforms",
            "2, recorded,      grazing-land-recorded,   false, nonconformity",
            "3, content,       breeding-archives-complete, true,  conforms",
            "3, content,       breeding-archives-complete, false, nonconformity",
            "4, content,       key-parameters-complete, true,  conforms",
            "4, content,       key-parameters-complete, false, nonconformity",
            "5, training,      training-records-kept,   true,  conforms",
            "5, training,      training-records-kept,   false, nonconformity",
            "6, health,        health-records-kept,     true,  conforms",
            "6, health,        health-records-kept,     false, nonconformity"})
    void attestedRecords(String n, String rule, String code, boolean value, String outcome) {
        var report = Trace.housing(DAY, site("traceability.site." + code, value));
        assertThat(Trace.outcome(report, "11.1." + n, rule)).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "11.1.2 on {0}: grazing-land records held since {1}, first made {2} -> {3}")
    @CsvSource({
            "2026-11-22, 2016-11-23, 2005-01-01, conforms",
            "2026-11-22, 2016-11-24, 2005-01-01, nonconformity",
            "2026-11-22, 2019-04-01, 2019-04-01, conforms",
            "2026-11-22, 2019-04-02, 2019-04-01, nonconformity",
            "2026-11-22, 2016-11-24,           , not-assessed",
            "2026-11-22, 2010-01-01,           , conforms"})
    void grazingLandRecordsTenYears(String assessed, String heldSince, String begun, String outcome) {
        var obs = new ArrayList<>(List.of(
                site("traceability.site.grazing-land-records-held-since", heldSince)));
        if (begun != null) {
            obs.add(site("traceability.site.grazing-land-records-begun", begun));
        }
        var report = Trace.evaluate(ProductionSystem.HOUSING, LocalDate.parse(assessed), obs);
        assertThat(Trace.outcome(report, "11.1.2", "ten-years")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void aFarmThatDoesNotGrazeKeepsNoGrazingLandRecords_11_1_2() {
        var report = Trace.housing(DAY, site("traceability.site.grazing-land-used", false));
        assertThat(Trace.outcome(report, "11.1.2", "recorded")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Trace.outcome(report, "11.1.2", "ten-years")).isEqualTo(Outcome.NOT_APPLICABLE);
        var grazing = Trace.housing(DAY, site("traceability.site.grazing-land-used", true));
        assertThat(Trace.outcome(grazing, "11.1.2", "ten-years")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void aShortfallIsExplainedWithTheDayTheMissingRecordsAreKeptUntil_11_1_2() {
        var report = Trace.housing(DAY, site("traceability.site.grazing-land-records-held-since", "2018-01-01"),
                site("traceability.site.grazing-land-records-begun", "2012-05-01"));
        assertThat(Trace.EN.explain(Trace.finding(report, "11.1.2", "ten-years"))).isEqualTo("The site: grazing-land "
                + "records are held only since January 1, 2018 although the first was made on May 1, 2012; those made on "
                + "December 31, 2017 are kept until December 31, 2027 (10 years).");
    }

    @ParameterizedTest(name = "11.1.{0} permanently: held since {1}, first made {2} -> {3}")
    @CsvSource({
            "3, breeding-archives, 2012-05-01, 2012-05-01, conforms",
            "3, breeding-archives, 2012-04-30, 2012-05-01, conforms",
            "3, breeding-archives, 2012-05-02, 2012-05-01, nonconformity",
            "3, breeding-archives, 1990-01-01,           , not-assessed",
            "4, key-parameters,    2014-03-01, 2014-03-01, conforms",
            "4, key-parameters,    2014-03-02, 2014-03-01, nonconformity",
            "4, key-parameters,    2014-03-02,           , not-assessed"})
    void keptPermanently(String n, String kind, String heldSince, String begun, String outcome) {
        var obs = new ArrayList<>(List.of(
                site("traceability.site." + kind + "-held-since", heldSince)));
        if (begun != null) {
            obs.add(site("traceability.site." + kind + "-begun", begun));
        }
        var report = Trace.evaluate(ProductionSystem.HOUSING, DAY, obs);
        assertThat(Trace.outcome(report, "11.1." + n, "permanent")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void evenAVeryOldPermanentRecordMayNotBeMissing_11_1_3() {
        var report = Trace.housing(DAY, site("traceability.site.breeding-archives-held-since", "2001-01-02"),
                site("traceability.site.breeding-archives-begun", "2001-01-01"));
        var finding = Trace.finding(report, "11.1.3", "permanent");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.EN.explain(finding)).endsWith("they are kept permanently.");
    }

    @ParameterizedTest(name = "11.1.7 on 2026-11-22: records held since {0}, first made {1} -> {2}")
    @CsvSource({
            "2023-11-23, 2015-06-01, conforms",
            "2023-11-24, 2015-06-01, nonconformity",
            "2024-09-01, 2024-09-01, conforms",
            "2024-09-02, 2024-09-01, nonconformity",
            "2023-11-24,           , not-assessed"})
    void recordsHeldForThreeYears(String heldSince, String begun, String outcome) {
        var obs = new ArrayList<>(List.of(site("traceability.site.records-held-since", heldSince)));
        if (begun != null) {
            obs.add(site("traceability.site.records-begun", begun));
        }
        var report = Trace.evaluate(ProductionSystem.HOUSING, DAY, obs);
        assertThat(Trace.outcome(report, "11.1.7", "held-since")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void withoutTheHeldSinceDateTheRetentionIsNotAssessed_11_1() {
        var report = Trace.housing(DAY, site("traceability.site.records-begun", "2015-06-01"));
        assertThat(Trace.outcome(report, "11.1.7", "held-since")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(report, "11.1.3", "permanent")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(report, "11.1.4", "permanent")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(report, "11.1.2", "ten-years")).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
