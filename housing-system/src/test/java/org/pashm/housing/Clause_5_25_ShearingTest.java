package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/** 5.25: at most 10 % of sheared goats injured, at most two injuries a goat, at most 30 minutes a goat. */
class Clause_5_25_ShearingTest {

    @ParameterizedTest(name = "5.25.7 injury-rate: {1} of {0} sheared goats injured -> {2}")
    @CsvSource({"50, 5, conforms", "50, 6, nonconformity", "50, 0, conforms", "7, 1, nonconformity",
            "10, 1, conforms"})
    void atMostTenPercentInjured(String goats, String injured, String outcome) {
        assertThat(outcome("5.25.7", "injury-rate", obs("housing.harvest-session.method", "shearing"),
                obs("housing.harvest-session.goats", goats), obs("housing.harvest-session.injured-goats", injured)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: {3} {4} -> {5}")
    @CsvSource({
            "5.25.7, injuries-per-goat, housing.harvest-session.most-injuries-per-goat, 2,   ,    conforms",
            "5.25.7, injuries-per-goat, housing.harvest-session.most-injuries-per-goat, 3,   ,    nonconformity",
            "5.25.5, angle,             housing.harvest-session.shearing-angle,         27,    deg, conforms",
            "5.25.5, angle,             housing.harvest-session.shearing-angle,         26.9,  deg, nonconformity",
            "5.25.5, angle,             housing.harvest-session.shearing-angle,         33,    deg, conforms",
            "5.25.5, angle,             housing.harvest-session.shearing-angle,         33.1,  deg, nonconformity",
            "5.25.5, cut-height,        housing.harvest-session.cut-height,             0.55,  cm,  conforms",
            "5.25.5, cut-height,        housing.harvest-session.cut-height,             0.56,  cm,  nonconformity",
            "5.25.5, cut-height,        housing.harvest-session.cut-height,             5.5,   mm,  conforms",
            "5.25.8, within-30-minutes, housing.harvest-session.longest-time-per-goat,  30,  min, conforms",
            "5.25.8, within-30-minutes, housing.harvest-session.longest-time-per-goat,  31,  min, nonconformity"})
    void limits(String clause, String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "shearing"), obs(code, value, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed; a combing session -> not applicable")
    @CsvSource({"5.25.7, injury-rate", "5.25.7, injuries-per-goat", "5.25.5, angle", "5.25.5, cut-height",
            "5.25.8, within-30-minutes", "5.25.2, no-three-legs-or-stepping"})
    void shearingRulesConcernShearingSessions(String clause, String rule) {
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "shearing")))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(clause, rule, obs("housing.harvest-session.method", "combing")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    // 5.25.2 "When shearing stud bucks and pregnant does, it is prohibited to bind three legs or step on ...": the
    // legs counted and stepping attested where the session records them; the combined attestation otherwise.
    @ParameterizedTest(name = "5.25.2 no-three-legs-or-stepping: legs {0}, stepped on {1}, combined {2} -> {3}")
    @CsvSource({
            "3, ,      ,      nonconformity",
            "3, false, false, nonconformity",
            "2, false, ,      conforms",
            "4, false, ,      conforms",
            "2, true,  ,      nonconformity",
            "2, ,      false, conforms",
            "2, ,      true,  nonconformity",
            "2, ,      ,      not-assessed",
            " , false, ,      not-assessed",
            " , ,      false, conforms",
            " , ,      true,  nonconformity"})
    void threeLegsCountedAndSteppingAttested(String legs, Boolean stepped, Boolean combined, String outcome) {
        List<RawObservation> o = new ArrayList<>(List.of(obs("housing.harvest-session.method", "shearing")));
        if (legs != null) {
            o.add(obs("housing.harvest-session.legs-tied-stud-or-pregnant", legs));
        }
        if (stepped != null) {
            o.add(obs("housing.harvest-session.stud-or-pregnant-stepped-on", stepped));
        }
        if (combined != null) {
            o.add(obs("housing.harvest-session.three-legs-bound-or-stepped-on", combined));
        }
        assertThat(outcome("5.25.2", "no-three-legs-or-stepping", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.25.1, professional-handlers,    housing.harvest-session.caught-by-professionals,        attested",
            "5.25.2, ropes,                    housing.harvest-session.ropes-not-too-tight,            attested",
            "5.25.2, no-three-legs-or-stepping, housing.harvest-session.three-legs-bound-or-stepped-on, never",
            "5.25.3, same-side,                housing.harvest-session.laid-down-same-side,            attested",
            "5.25.4, watched,                  housing.harvest-session.watched-and-stopped,            attested",
            "5.25.5, special-tools,            housing.harvest-session.special-shearing-tools,         attested",
            "5.25.5, other-side,               housing.harvest-session.other-side-shorn,               attested",
            "5.25.6, skilled,                  housing.harvest-session.skilled-and-smooth,             attested",
            "5.25.8, released,                 housing.harvest-session.released-promptly,              attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
