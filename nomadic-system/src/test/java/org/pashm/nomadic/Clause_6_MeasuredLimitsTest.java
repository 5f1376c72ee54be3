package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * Limits clause 6 sets that were checked only by attestation, now judged from a measurement when one is given and
 * from the attestation only when the measurement cannot judge: dung dried daily (6.4.1), suckling does fed daily
 * (6.13.1.3), withdrawal periods kept (6.15.2), seasonal disinfection (6.15.5), the harvesting site cleaned the day
 * before and every day after (6.21.4). Assessed on 2026-04-22.
 */
class Clause_6_MeasuredLimitsTest {

    static RawObservation of(String kind, String code, String value, String unit) {
        boolean number = unit != null;
        if (kind.equals("site")) {
            return number ? site(code, value, unit) : site(code, value);
        }
        return number ? on(kind, "x", code, value, unit) : on(kind, "x", code, value);
    }

    @ParameterizedTest(name = "{0} {1}: {3} = {4} {5}, attested {6} -> {7}")
    @CsvSource({
            // 6.4.1 "Dung shall be collected, dried daily"
            "6.4.1,    dung-bedding,          site,            nomadic.site.dung-drying-interval,              1,   d,  ,      conforms",
            "6.4.1,    dung-bedding,          site,            nomadic.site.dung-drying-interval,              1.1, d,  ,      nonconformity",
            "6.4.1,    dung-bedding,          site,            nomadic.site.dung-drying-interval,              24,  h,  ,      conforms",
            "6.4.1,    dung-bedding,          site,            nomadic.site.dung-drying-interval,              25,  h,  true,  nonconformity",
            "6.4.1,    dung-bedding,          site,            nomadic.site.dung-drying-interval,              12,  h,  false, conforms",
            // 6.13.1.3 "Suckling mother-goats shall be fed daily"
            "6.13.1.3, suckling-does-fed,     site,            nomadic.site.suckling-does-feeding-interval,    1,   d,  ,      conforms",
            "6.13.1.3, suckling-does-fed,     site,            nomadic.site.suckling-does-feeding-interval,    2,   d,  true,  nonconformity",
            "6.13.1.3, suckling-does-fed,     site,            nomadic.site.suckling-does-feeding-interval,    24.5, h, ,      nonconformity",
            // 6.15.5 "seasonally disinfected": no more than three months before the assessment
            "6.15.5,   seasonal-disinfection, shelter,         nomadic.shelter.last-disinfection,              2026-01-22, , ,  conforms",
            "6.15.5,   seasonal-disinfection, shelter,         nomadic.shelter.last-disinfection,              2026-01-21, , true, nonconformity",
            "6.15.5,   seasonal-disinfection, shelter,         nomadic.shelter.last-disinfection,              2026-04-01, , false, conforms",
            // 6.21.4 "cleaned the day before and every day after"
            "6.21.4,   cleaned,               harvest-session, nomadic.harvest-session.site-cleaning-interval, 1,   d,  ,      conforms",
            "6.21.4,   cleaned,               harvest-session, nomadic.harvest-session.site-cleaning-interval, 1.5, d,  true,  nonconformity",
            "6.21.4,   cleaned,               harvest-session, nomadic.harvest-session.site-cleaning-interval, 2,   d,  ,      nonconformity"})
    void theMeasurementDecides(String clause, String rule, String kind, String code, String value, String unit,
                               Boolean attested, String expected) {
        List<RawObservation> raw = new ArrayList<>(List.of(of(kind, code, value, unit)));
        if (attested != null) {
            raw.add(attest(kind, clause, attested));
        }
        assertThat(outcome(clause, rule, raw.toArray(RawObservation[]::new))).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "{0} {1}: not measured, attested {3} -> {4}")
    @CsvSource({
            "6.4.1,    dung-bedding,          site,            true,  conforms",
            "6.4.1,    dung-bedding,          site,            false, nonconformity",
            "6.4.1,    dung-bedding,          site,            ,      not-assessed",
            "6.13.1.3, suckling-does-fed,     site,            true,  conforms",
            "6.13.1.3, suckling-does-fed,     site,            false, nonconformity",
            "6.13.1.3, suckling-does-fed,     site,            ,      not-assessed",
            "6.15.2,   withdrawal,            site,            true,  conforms",
            "6.15.2,   withdrawal,            site,            false, nonconformity",
            "6.15.2,   withdrawal,            site,            ,      not-assessed",
            "6.15.5,   seasonal-disinfection, shelter,         true,  conforms",
            "6.15.5,   seasonal-disinfection, shelter,         false, nonconformity",
            "6.15.5,   seasonal-disinfection, shelter,         ,      not-assessed",
            "6.21.4,   cleaned,               harvest-session, true,  conforms",
            "6.21.4,   cleaned,               harvest-session, false, nonconformity",
            "6.21.4,   cleaned,               harvest-session, ,      not-assessed"})
    void withoutAMeasurementTheAttestationDecides(String clause, String rule, String kind, Boolean attested,
                                                  String expected) {
        RawObservation[] raw = attested == null ? new RawObservation[0]
                : new RawObservation[] {attest(kind, clause, attested)};
        assertThat(outcome(clause, rule, raw)).isEqualTo(Outcome.fromCode(expected));
    }

    /** 6.15.2: the time from a treatment to marketing is at least the drug's withdrawal period. */
    @ParameterizedTest(name = "6.15.2 marketed {0} d after a treatment with a {1} d withdrawal period, attested {2} -> {3}")
    @CsvSource({
            "28, 28, ,     conforms",
            "27, 28, ,     nonconformity",
            "27, 28, true, nonconformity",
            "0,  0,  ,     conforms",
            "40, 28, false, conforms",
            "27,   , true, conforms",
            "27,   ,     , not-assessed"})
    void withdrawalPeriodsKept(String waited, String period, Boolean attested, String expected) {
        List<RawObservation> raw = new ArrayList<>();
        raw.add(site("nomadic.site.treatment-to-marketing", waited, "d"));
        if (period != null) {
            raw.add(site("nomadic.site.withdrawal-period", period, "d"));
        }
        if (attested != null) {
            raw.add(site("nomadic.site.withdrawal-periods-kept", attested));
        }
        assertThat(outcome("6.15.2", "withdrawal", raw.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    static RawObservation attest(String kind, String clause, boolean value) {
        return kind.equals("site") ? site(attestation(clause), value) : on(kind, "x", attestation(clause), value);
    }

    private static String attestation(String clause) {
        return switch (clause) {
            case "6.4.1" -> "nomadic.site.dung-dried-for-bedding";
            case "6.13.1.3" -> "nomadic.site.suckling-does-fed-daily";
            case "6.15.2" -> "nomadic.site.withdrawal-periods-kept";
            case "6.15.5" -> "nomadic.shelter.seasonally-disinfected";
            case "6.21.4" -> "nomadic.harvest-session.site-cleaned-daily";
            default -> throw new IllegalArgumentException(clause);
        };
    }
}
