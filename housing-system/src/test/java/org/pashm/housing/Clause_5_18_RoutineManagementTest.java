package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;

/** 5.18.1 salt and minerals, 5.18.2 castration within 8 weeks (hoof repairing: Clause_5_18_3_HoofRepairingTest). */
class Clause_5_18_RoutineManagementTest {

    @ParameterizedTest(name = "5.18.2 within-8-weeks: castrated at {0} {1} -> {2}")
    @CsvSource({"56, d, conforms", "57, d, nonconformity", "8, wk, conforms", "21, d, conforms"})
    void castrationWithinEightWeeksOfBirth(String age, String unit, String outcome) {
        assertThat(outcome("5.18.2", "within-8-weeks", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.non-breeding-male-kids", "30"),
                obs("housing.goat-group.castration-age", age, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.18.2 {0}: role {1}, {2} non-breeding male kids -> {3}")
    @CsvSource({
            "within-8-weeks, kids,       30, not-assessed",
            "within-8-weeks, kids,       0,  not-applicable",
            "within-8-weeks, adult-does, 30, not-applicable",
            "tools-and-care, kids,       0,  not-applicable"})
    void castrationConcernsKidCohortsWithMalesNotKeptForBreeding(String rule, String role, String males,
                                                                String outcome) {
        assertThat(outcome("5.18.2", rule, obs("housing.goat-group.role", role),
                obs("housing.goat-group.non-breeding-male-kids", males))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void hoofRepairingDoesNotConcernKidCohortsOrMatingGroups() {
        assertThat(outcome("5.18.3", "interval", obs("housing.goat-group.role", "kids"))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.18.3", "interval", obs("housing.goat-group.role", "mating-group")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.18.3", "interval", obs("housing.goat-group.role", "stud-bucks")))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void castrationIsADutyWithinEightWeeksOfBirth() {
        Duty castration = Housing.REGISTRY.duties().stream().filter(d -> d.id().equals("castration-non-breeding-kids"))
                .findFirst().orElseThrow();
        assertThat(castration.clauses()).extracting(Object::toString).containsExactly("5.18.2");
        assertThat(castration.subjectClass()).isEqualTo("kids");
        LocalDate born = LocalDate.of(2026, 2, 10);
        Due due = castration.recurrence().next(null, born, LocalDate.of(2026, 3, 1)).orElseThrow();
        assertThat(due.due()).isEqualTo(born.plusWeeks(8));
        assertThat(castration.recurrence().next(LocalDate.of(2026, 3, 5), born, LocalDate.of(2026, 3, 6))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.18.1, provided,             housing.shelter.salt-and-minerals,   attested",
            "5.18.2, tools-and-care,       housing.goat-group.castration-care,  attested",
            "5.18.2, no-other-alterations, housing.site.physical-alterations,   never"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
