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

/** 5.11: weaning at 8 weeks or 40 % of adult weight at the earliest, around 90 days as a rule. */
class Clause_5_11_WeaningTest {

    @ParameterizedTest(name = "5.11.2 earliest: age {0} {1}, lightest {2} kg of adult {3} kg -> {4}")
    @CsvSource({
            "56, d,  ,     ,   conforms",
            "8,  wk, ,     ,   conforms",
            "55, d,  ,     ,   not-assessed",
            "55, d,  16,   40, conforms",
            "55, d,  15.9, 40, nonconformity",
            "  ,  ,  16,   40, conforms",
            "  ,  ,  15.9, 40, not-assessed",
            "90, d,  10,   40, conforms"})
    void eightWeeksOrFortyPercentOfAdultWeight(String age, String unit, String weight, String adult, String outcome) {
        List<RawObservation> o = new ArrayList<>(List.of(obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", true)));
        if (age != null) {
            o.add(obs("housing.goat-group.weaning-age", age, unit));
        }
        if (weight != null) {
            o.add(obs("housing.goat-group.weaning-weight", weight, "kg"));
            o.add(obs("housing.goat-group.adult-weight", adult, "kg"));
        }
        assertThat(outcome("5.11.2", "earliest", o.toArray(RawObservation[]::new))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void earliestWeaningWithoutAnyEvidenceIsNotAssessed() {
        assertThat(outcome("5.11.2", "earliest", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", true))).isEqualTo(Outcome.NOT_ASSESSED);
    }

    // 5.11.1 "can be weaned around 90 days": a permission (R10) about 90 days (R5), so 81 to 99 days, advice.
    @ParameterizedTest(name = "5.11.1 around-90-days (advice): {0} d -> {1}")
    @CsvSource({"90, conforms", "81, conforms", "80.9, observation", "99, conforms", "99.1, observation",
            "120, observation"})
    void aroundNinetyDaysIsAdvice(String age, String outcome) {
        assertThat(outcome("5.11.1", "around-90-days", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", true), obs("housing.goat-group.weaning-age", age, "d")))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.11 {0}: kids not yet weaned or not a kid cohort -> not applicable")
    @CsvSource({"5.11.1, around-90-days", "5.11.2, earliest"})
    void weaningRulesWaitForWeaning(String clause, String rule) {
        assertThat(outcome(clause, rule, obs("housing.goat-group.role", "kids"), obs("housing.goat-group.weaned", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome(clause, rule, obs("housing.goat-group.role", "unmated-does"),
                obs("housing.goat-group.weaning-age", "30", "d"))).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.11.3, care,     housing.site.weaned-kids-care,       attested",
            "5.11.4, separate, housing.site.weaned-sexes-separated, attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
