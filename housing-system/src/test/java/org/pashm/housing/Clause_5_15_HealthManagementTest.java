package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/** 5.15: health plan, veterinary drugs, immunity, biosafety, disinfection (UV at least 5 minutes). */
class Clause_5_15_HealthManagementTest {

    @ParameterizedTest(name = "5.15.5.2 uv-time: {0} {1} -> {2}")
    @CsvSource({"5, min, conforms", "4.9, min, nonconformity", "300, s, conforms", "299, s, nonconformity"})
    void uvDisinfectionForAtLeastFiveMinutes(String value, String unit, String outcome) {
        assertThat(outcome("5.15.5.2", "uv-time", obs("housing.site.uv-disinfection-time", value, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.15.2.1 "a drug withdrawal period shall be implemented": no treated goat marketed before it ended, from the
    // records; the attestation where the records give no count, and the count over the attestation where both do.
    @ParameterizedTest(name = "5.15.2.1 withdrawal: {0} marketed early, attested {1} -> {2}")
    @CsvSource({"0, , conforms", "1, , nonconformity", "0, false, conforms", "1, true, nonconformity",
            ", true, conforms", ", false, nonconformity"})
    void withdrawalPeriodsFromTheRecordsElseAttested(String marketedEarly, Boolean attested, String outcome) {
        List<RawObservation> o = new ArrayList<>();
        if (marketedEarly != null) {
            o.add(obs("housing.site.marketed-within-withdrawal", marketedEarly));
        }
        if (attested != null) {
            o.add(obs("housing.site.withdrawal-periods", attested));
        }
        assertThat(outcome("5.15.2.1", "withdrawal", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.15.3 "The main diseases that need to be monitored daily" (R6): at most a day between two checks, from the
    // health log; the attestation where the log gives no interval.
    @ParameterizedTest(name = "5.15.3 monitoring: longest gap {0} {1}, attested {2} -> {3}")
    @CsvSource({"1, d, , conforms", "1.5, d, , nonconformity", "24, h, , conforms", "25, h, true, nonconformity",
            ", , true, conforms", ", , false, nonconformity", ", , , not-assessed"})
    void diseasesAreCheckedDailyFromTheLogElseAttested(String gap, String unit, Boolean attested, String outcome) {
        List<RawObservation> o = new ArrayList<>();
        if (gap != null) {
            o.add(obs("housing.site.disease-check-interval", gap, unit));
        }
        if (attested != null) {
            o.add(obs("housing.site.disease-monitoring", attested));
        }
        assertThat(outcome("5.15.3", "monitoring", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.15.2.2 "no expired drugs allowed to be used": the earliest expiry date of the drugs kept for use is not before
    // the assessment day (2026-05-20 here); the attestation where no date is given.
    @ParameterizedTest(name = "5.15.2.2 no-expired-drugs: earliest expiry {0}, expired drugs attested {1} -> {2}")
    @CsvSource({"2026-05-20, , conforms", "2026-05-19, , nonconformity", "2027-01-01, true, conforms",
            "2026-01-01, false, nonconformity", ", false, conforms", ", true, nonconformity"})
    void expiryDatesElseAttested(String expiry, Boolean expiredUsed, String outcome) {
        List<RawObservation> o = new ArrayList<>();
        if (expiry != null) {
            o.add(obs("housing.site.earliest-drug-expiry", expiry));
        }
        if (expiredUsed != null) {
            o.add(obs("housing.site.expired-drugs-used", expiredUsed));
        }
        assertThat(outcome("5.15.2.2", "no-expired-drugs", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void uvTimeNotMeasuredIsNotAssessed() {
        assertThat(Housing.withoutEvidence("5.15.5.2", "uv-time", "site")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.15.1.1, plan,             housing.site.health-plan,              attested",
            "5.15.1.1, contents,         housing.site.health-plan-contents,     attested",
            "5.15.1.2, reviewed,         housing.site.health-plan-reviewed,     attested",
            "5.15.1.3, vet,              housing.site.veterinary-service,       attested",
            "5.15.2.1, lawful,           housing.site.drug-use-lawful,          attested",
            "5.15.2.1, withdrawal,       housing.site.withdrawal-periods,       attested",
            "5.15.2.2, cabinet,          housing.site.drug-cabinet,             attested",
            "5.15.2.2, no-expired-drugs, housing.site.expired-drugs-used,       never",
            "5.15.3,   procedure,        housing.site.immunisation-procedure,   attested",
            "5.15.3,   monitoring,       housing.site.disease-monitoring,       attested",
            "5.15.4.1, isolation,        housing.site.biosafety-isolation,      attested",
            "5.15.4.2, reported,         housing.site.epidemics-reported,       attested",
            "5.15.5.1, surroundings,     housing.site.surroundings-disinfected, attested",
            "5.15.5.1, pools,            housing.site.disinfection-pools,       attested",
            "5.15.5.2, staff,            housing.site.staff-change-clothes,     attested",
            "5.15.5.2, visitors,         housing.site.visitors-comply,          attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
