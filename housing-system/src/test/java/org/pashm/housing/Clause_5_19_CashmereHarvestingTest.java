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

/** 5.19.1: once a year, gentle restraint, pregnant does after kidding, a week's watch after an injury. */
class Clause_5_19_CashmereHarvestingTest {

    @ParameterizedTest(name = "5.19.1.1 once-a-year: {0} harvests -> {1}")
    @CsvSource({"1, conforms", "2, nonconformity", "0, conforms"})
    void harvestedOnceAYear(String harvests, String outcome) {
        assertThat(outcome("5.19.1.1", "once-a-year", obs("housing.site.harvests-per-goat-year", harvests)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.19.1.3 shorn-yield (advice): {0} g by {1} -> {2}")
    @CsvSource({"401, shearing, conforms", "400, shearing, observation", "300, combing, not-applicable"})
    void shearingIsForHighYieldGoats(String yield, String method, String outcome) {
        assertThat(outcome("5.19.1.3", "shorn-yield", obs("housing.harvest-session.method", method),
                obs("housing.harvest-session.yield-per-goat", yield, "g"))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.19.1.5 observed-a-week: {0} injured, watched {1} {2} -> {3}")
    @CsvSource({"2, 7, d, conforms", "2, 6, d, nonconformity", "2, 1, wk, conforms", "0, 0, d, not-applicable"})
    void injuredGoatsAreWatchedForAWeek(String injured, String days, String unit, String outcome) {
        assertThat(outcome("5.19.1.5", "observed-a-week", obs("housing.harvest-session.injured-goats", injured),
                obs("housing.harvest-session.injury-observation", days, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.19.1.7 grazing-after-24h (R1, requirement): {0} h -> {1}")
    @CsvSource({"24, conforms", "23.9, nonconformity", "48, conforms"})
    void grazingOnlyAfterADay(String hours, String outcome) {
        assertThat(outcome("5.19.1.7", "grazing-after-24h", obs("housing.harvest-session.time-to-grazing", hours, "h")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.19.1.7 "control diet within 24 hours" (R1): judged on the hours of controlled diet where recorded, else on
    // the attestation.
    @ParameterizedTest(name = "5.19.1.7 diet: {0} h controlled, attested {1} -> {2}")
    @CsvSource({"24, , conforms", "23.9, , nonconformity", "1, d, conforms", "24, false, conforms",
            "12, true, nonconformity"})
    void dietControlledForTwentyFourHours(String hours, String unitOrAttested, String outcome) {
        boolean isUnit = "d".equals(unitOrAttested);
        List<RawObservation> o = new ArrayList<>();
        o.add(obs("housing.harvest-session.diet-control-time", hours, isUnit ? "d" : "h"));
        if (unitOrAttested != null && !isUnit) {
            o.add(obs("housing.harvest-session.diet-controlled", Boolean.parseBoolean(unitOrAttested)));
        }
        assertThat(outcome("5.19.1.7", "diet", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.19.1.3 "The cashmere of pregnant does shall be collected after kidding": the session's first day against
    // the latest (or expected) kidding of its does, where the kidding records give it; where they give only half
    // (no harvest date), the auditor's attestation (here: no pregnant doe harvested) decides.
    @ParameterizedTest(name = "5.19.1.3 not-pregnant: harvest {0}, latest kidding {1} -> {2}")
    @CsvSource({"2026-05-10, 2026-05-09, conforms", "2026-05-10, 2026-05-10, nonconformity",
            "2026-05-10, 2026-06-01, nonconformity", ", 2026-03-01, conforms"})
    void harvestAfterKidding(String harvest, String kidding, String outcome) {
        List<RawObservation> o = new ArrayList<>();
        o.add(obs("housing.harvest-session.latest-kidding-date", kidding));
        if (harvest != null) {
            o.add(obs("housing.harvest-session.date", harvest));
        }
        o.add(obs("housing.harvest-session.pregnant-does-harvested", false));
        assertThat(outcome("5.19.1.3", "not-pregnant", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void missingOrNotApplicable() {
        assertThat(Housing.withoutEvidence("5.19.1.1", "once-a-year", "site")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Housing.withoutEvidence("5.19.1.3", "shorn-yield", "harvest-session")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Housing.withoutEvidence("5.19.1.5", "observed-a-week", "harvest-session"))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("5.19.1.7", "grazing-after-24h", obs("housing.site.goats-graze", false),
                obs("housing.harvest-session.time-to-grazing", "2", "h"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.19 {0} {1}: before the season's harvest -> not applicable")
    @CsvSource({"5.19.1.1, once-a-year", "5.19.1.2, gentle", "5.19.1.3, not-pregnant", "5.19.1.5, observed-a-week",
            "5.20.1, moulting-season", "5.21.2, temperature", "5.22.2, vet", "5.23.1, coarse-teeth",
            "5.24.5, within-30-minutes", "5.25.7, injury-rate"})
    void harvestRulesWaitForTheHarvest(String clause, String rule) {
        assertThat(outcome(clause, rule, obs("housing.site.cashmere-harvested", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void anInjuredGoatIsOwedAWeeksObservation() {
        Duty watch = Housing.REGISTRY.duties().stream().filter(d -> d.id().equals("observation-after-harvest-injury"))
                .findFirst().orElseThrow();
        assertThat(watch.clauses()).extracting(Object::toString).containsExactly("5.19.1.5");
        assertThat(watch.subjectKind().name()).isEqualTo("goat");
        LocalDate injured = LocalDate.of(2026, 5, 12);
        Due due = watch.recurrence().next(null, injured, injured).orElseThrow();
        assertThat(due.opens()).isEqualTo(injured);
        assertThat(due.due()).isEqualTo(injured.plusWeeks(1));
        assertThat(watch.recurrence().words()).isEqualTo("within 1 week of harvest injury");
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.19.1.1, welfare,      housing.harvest-session.welfare-principles-respected, attested",
            "5.19.1.2, gentle,       housing.harvest-session.protected-and-gentle,         attested",
            "5.19.1.2, restraint,    housing.harvest-session.minimal-restraint,            attested",
            "5.19.1.2, grouped,      housing.harvest-session.grouped-by-status,            attested",
            "5.19.1.3, not-pregnant, housing.harvest-session.pregnant-does-harvested,      never",
            "5.19.1.3, order,        housing.harvest-session.harvest-order,                advice-attested",
            "5.19.1.4, skin,         housing.harvest-session.skin-care,                    attested",
            "5.19.1.5, treated,      housing.harvest-session.injuries-treated,             attested",
            "5.19.1.6, sheltered,    housing.harvest-session.sheltered-when-cold,          attested",
            "5.19.1.7, observed,     housing.harvest-session.observed-apart,               attested",
            "5.19.1.7, diet,         housing.harvest-session.diet-controlled,              attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
