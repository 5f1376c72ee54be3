package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/**
 * 11.2: a nomadic herder's records: registration number in the national database (11.2.1), veterinary services
 * (11.2.2), shelter, breeding and nutrition (11.2.3), yearly monitoring of rangelands, water and minerals with herders
 * and the local authority (11.2.4), training needs at the cooperative (11.2.5).
 */
class Clause_11_2_HerderRecordsTest {

    static final LocalDate DAY = LocalDate.of(2026, 9, 15);

    @ParameterizedTest(name = "11.2.{0} {1} = {2} -> {3}")
    @CsvSource({
            "1, registration,  herder-registered,                         true,  conforms",
            "1, registration,  herder-registered,                         false, nonconformity",
            "1, herd-data,     herd-data-in-national-system,              true,  conforms",
            "1, herd-data,     herd-data-in-national-system,              false, nonconformity",
            "2, veterinary,    veterinary-services-recorded,              true,  conforms",
            "2, veterinary,    veterinary-services-recorded,              false, nonconformity",
            "3, shelter-breeding-nutrition, shelter-breeding-nutrition-recorded, true, conforms",
            "3, shelter-breeding-nutrition, shelter-breeding-nutrition-recorded, false, nonconformity",
            "4, participation, access-monitored-with-herders-and-authority, true,  conforms",
            "4, participation, access-monitored-with-herders-and-authority, false, nonconformity",
            "5, training-needs, training-needs-recorded-by-cooperative,   true,  conforms",
            "5, training-needs, training-needs-recorded-by-cooperative,   false, nonconformity"})
    void attestedRecords(String n, String rule, String code, boolean value, String outcome) {
        var report = Trace.nomadic(DAY, site("traceability.site." + code, value));
        assertThat(Trace.outcome(report, "11.2." + n, rule)).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "11.2.4 assessed 2026-09-15, last monitored {0} -> {1}")
    @CsvSource({"2025-09-15, conforms", "2025-09-14, nonconformity", "2026-06-01, conforms"})
    void monitoredEveryYear(String last, String outcome) {
        var report = Trace.nomadic(DAY, site("traceability.site.last-access-monitoring", last));
        assertThat(Trace.outcome(report, "11.2.4", "annual")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void notStatedIsNotAssessed_11_2() {
        var report = Trace.nomadic(DAY, site("general.iso-26000-referred", true));
        for (String[] r : new String[][] {{"11.2.1", "registration"}, {"11.2.1", "herd-data"}, {"11.2.2", "veterinary"},
                {"11.2.3", "shelter-breeding-nutrition"}, {"11.2.4", "annual"}, {"11.2.4", "participation"},
                {"11.2.5", "training-needs"}}) {
            assertThat(Trace.outcome(report, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(Outcome.NOT_ASSESSED);
        }
    }
}
