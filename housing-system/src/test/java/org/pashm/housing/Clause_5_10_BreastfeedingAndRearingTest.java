package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.10: colostrum within 2 h and enough within 12 h, supplementary feed by day 15, rearing measures. */
class Clause_5_10_BreastfeedingAndRearingTest {

    @ParameterizedTest(name = "{0} {1}: {3} {4} -> {5}")
    @CsvSource({
            "5.10.1, first-colostrum,      housing.goat-group.first-colostrum-time,        2,    h,   conforms",
            "5.10.1, first-colostrum,      housing.goat-group.first-colostrum-time,        2.1,  h,   nonconformity",
            "5.10.1, first-colostrum,      housing.goat-group.first-colostrum-time,        120,  min, conforms",
            "5.10.1, first-colostrum,      housing.goat-group.first-colostrum-time,        121,  min, nonconformity",
            "5.10.1, sufficient-colostrum, housing.goat-group.sufficient-colostrum-time,   12,   h,   conforms",
            "5.10.1, sufficient-colostrum, housing.goat-group.sufficient-colostrum-time,   12.1, h,   nonconformity",
            "5.10.5, start,                housing.goat-group.supplementary-feeding-start, 15,   d,   conforms",
            "5.10.5, start,                housing.goat-group.supplementary-feeding-start, 16,   d,   nonconformity",
            "5.10.5, start,                housing.goat-group.supplementary-feeding-start, 10,   d,   conforms"})
    void limits(String clause, String rule, String code, String value, String unit, String outcome) {
        assertThat(outcome(clause, rule, obs("housing.goat-group.role", "kids"), obs(code, value, unit)))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0} {1}: not observed -> not assessed; role {2} -> not applicable")
    @CsvSource({
            "5.10.1, first-colostrum,      stud-bucks",
            "5.10.1, sufficient-colostrum, adult-does",
            "5.10.5, start,                mating-group"})
    void missingOrNotAKidCohort(String clause, String rule, String otherRole) {
        assertThat(outcome(clause, rule, obs("housing.goat-group.role", "kids"))).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(clause, rule, obs("housing.goat-group.role", otherRole)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.10.2, rejected-kids, housing.site.rejected-kids-managed,            attested",
            "5.10.3, hand-feeding,  housing.site.hand-feeding-for-low-milk,        attested",
            "5.10.4, measures,      housing.site.single-and-multiple-kid-measures, attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
