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

/** 5.21: the collecting site and shed (15 to 20 degrees C). */
class Clause_5_21_HarvestSiteTest {

    @ParameterizedTest(name = "5.21.2 temperature: {0} Cel -> {1}")
    @CsvSource({"15, conforms", "14.9, nonconformity", "20, conforms", "20.1, nonconformity"})
    void collectingShedBetweenFifteenAndTwentyDegrees(String value, String outcome) {
        assertThat(outcome("5.21.2", "temperature", obs("housing.harvest-session.shed-temperature", value, "Cel")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.21.3 floor {0} -> {1}")
    @CsvSource({"cement, conforms", "brick, conforms", "wood, conforms", "earth, nonconformity"})
    void floorOfCementBrickOrWood(String floor, String outcome) {
        assertThat(outcome("5.21.3", "floor", obs("housing.harvest-session.floor", floor)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void missingEvidenceIsNotAssessed() {
        assertThat(Housing.withoutEvidence("5.21.2", "temperature", "harvest-session")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Housing.withoutEvidence("5.21.3", "floor", "harvest-session")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    // 5.21.4 "cleaned and disinfected the day before and every day after cashmere collecting": from the cleaning
    // record where it is given (the session here begins on 2026-05-10), else attested (here: yes), also where the
    // record gives only half.
    @ParameterizedTest(name = "5.21.4 disinfected: last cleaned {0}, {1} collecting days not cleaned -> {2}")
    @CsvSource({"2026-05-09, 0, conforms", "2026-05-08, 0, nonconformity", "2026-05-10, 0, nonconformity",
            "2026-05-09, 1, nonconformity", "2026-05-09, , conforms"})
    void cleanedTheDayBeforeAndAfterEveryDay(String lastCleaned, String notCleaned, String outcome) {
        List<RawObservation> o = new ArrayList<>(List.of(obs("housing.harvest-session.date", "2026-05-10"),
                obs("housing.harvest-session.pre-cleaning-date", lastCleaned),
                obs("housing.harvest-session.site-cleaned-disinfected", true)));
        if (notCleaned != null) {
            o.add(obs("housing.harvest-session.days-not-cleaned-after", notCleaned));
        }
        assertThat(outcome("5.21.4", "disinfected", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.21.1, suitable,           housing.harvest-session.site-suitable,            attested",
            "5.21.2, dedicated,          housing.harvest-session.dedicated-shed,           attested",
            "5.21.3, clean-even,         housing.harvest-session.site-clean-even,          attested",
            "5.21.3, no-synthetic-cover, housing.harvest-session.synthetic-floor-cover,    advice-never",
            "5.21.4, contaminants,       housing.harvest-session.contaminants-removed,     attested",
            "5.21.4, disinfected,        housing.harvest-session.site-cleaned-disinfected, attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
