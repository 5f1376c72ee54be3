package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/** 5.20: harvest in the moult, 15 April to 15 June unless the goats moult at another time there. */
class Clause_5_20_HarvestTimingTest {

    @ParameterizedTest(name = "5.20.1 moulting-season: harvested {0}, moulting {1} -> {2}")
    @CsvSource({
            "2026-04-15,      , conforms",
            "2026-04-14,      , nonconformity",
            "2026-06-15,      , conforms",
            "2026-06-16,      , nonconformity",
            "2026-04-10, true,  conforms",
            "2026-04-10, false, nonconformity",
            "2026-05-10, false, nonconformity",
            "2026-05-10, true,  conforms"})
    void inTheMoult(String date, Boolean moulting, String outcome) {
        List<RawObservation> o = new ArrayList<>(List.of(obs("housing.harvest-session.date", date)));
        if (moulting != null) {
            o.add(obs("housing.harvest-session.goats-moulting", moulting));
        }
        assertThat(outcome(LocalDate.of(2026, 7, 1), "5.20.1", "moulting-season", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void harvestDateNotRecordedIsNotAssessed() {
        assertThat(Housing.withoutEvidence("5.20.1", "moulting-season", "harvest-session"))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void theHarvestIsAYearlyDutyInTheMoult() {
        Duty harvest = Housing.REGISTRY.duties().stream().filter(d -> d.id().equals("cashmere-harvest")).findFirst()
                .orElseThrow();
        assertThat(harvest.clauses()).extracting(Object::toString).containsExactly("5.19.1.1", "5.20.1");
        assertThat(harvest.recurrence().words()).isEqualTo("every year from 15 April to 15 June");
        Due thisYear = harvest.recurrence().next(LocalDate.of(2025, 5, 2), null, LocalDate.of(2026, 3, 1)).orElseThrow();
        assertThat(thisYear).isEqualTo(new Due(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 15)));
        Due nextYear = harvest.recurrence().next(LocalDate.of(2026, 5, 2), null, LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(nextYear.opens()).isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.20.2, best-time, housing.harvest-session.best-time,    advice-attested",
            "5.20.3, weather,   housing.harvest-session.good-weather, attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
