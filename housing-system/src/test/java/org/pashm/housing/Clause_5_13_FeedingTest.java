package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.13: lawful, traceable, unspoiled feed; at least 50 % roughage; feed changes over more than 7 days. */
class Clause_5_13_FeedingTest {

    @ParameterizedTest(name = "5.13.7 roughage: {0} % for {1} -> {2}")
    @CsvSource({"50, adult-does, conforms", "49.9, adult-does, nonconformity", "70, stud-bucks, conforms",
            "30, kids, not-applicable", "30, mating-group, not-applicable"})
    void atLeastHalfTheRationIsFibrous(String share, String role, String outcome) {
        assertThat(outcome("5.13.7", "roughage", obs("housing.goat-group.role", role),
                obs("housing.goat-group.roughage-share", share, "%"))).isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.13.5 "the optimal ratio of fine to crude feed diet is 4:6": an optimum (R3, advice) and a single figure in
    // parts of ten (R8), so 55 % up to, not including, 65 % of roughage.
    @ParameterizedTest(name = "5.13.5 optimal-roughage (advice): {0} % -> {1}")
    @CsvSource({"60, conforms", "55, conforms", "54.9, observation", "64.9, conforms", "65, observation",
            "70, observation"})
    void fourToSixIsTheOptimalRatio(String share, String outcome) {
        assertThat(outcome("5.13.5", "optimal-roughage", obs("housing.goat-group.role", "unmated-does"),
                obs("housing.goat-group.roughage-share", share, "%"))).isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.13.5 "feed once in the morning, noon, and evening": an instruction (R1) with a single figure of care, the
    // least the kids get (R14), 3 a day.
    @ParameterizedTest(name = "5.13.5 kid-feeds (R1, R14, requirement): {0} a day -> {1}")
    @CsvSource({"3, conforms", "2, nonconformity", "4, conforms"})
    void kidsAreFedMorningNoonAndEvening(String feeds, String outcome) {
        assertThat(outcome("5.13.5", "kid-feeds", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.kid-feeds-per-day", feeds))).isEqualTo(Outcome.fromCode(outcome));
    }

    // 5.13.5 "For kids within 3 months ... feed once in the morning, noon, and evening": 3 months is 91.3 days.
    @ParameterizedTest(name = "5.13.5 kid-feeds: 2 a day, youngest kid {0} d old, weaned {1} -> {2}")
    @CsvSource({"91, false, nonconformity", "91.3, false, nonconformity", "91.4, false, not-applicable",
            "60, true, nonconformity", "120, false, not-applicable"})
    void kidFeedingConcernsKidsWithinThreeMonths(String age, boolean weaned, String outcome) {
        assertThat(outcome("5.13.5", "kid-feeds", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", weaned), obs("housing.goat-group.youngest-kid-age", age, "d"),
                obs("housing.goat-group.kid-feeds-per-day", "2"))).isEqualTo(Outcome.fromCode(outcome));
        assertThat(outcome("5.13.5", "kid-free-access", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", weaned), obs("housing.goat-group.youngest-kid-age", age, "d"),
                obs("housing.goat-group.kid-free-access", false))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void kidFeedingEndsAtWeaningWhenTheAgeIsNotGiven() {
        assertThat(outcome("5.13.5", "kid-feeds", obs("housing.goat-group.role", "kids"),
                obs("housing.goat-group.weaned", true), obs("housing.goat-group.kid-feeds-per-day", "1")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "5.13.8 transition: {0} {1} -> {2}")
    @CsvSource({"7, d, nonconformity", "8, d, conforms", "7.5, d, conforms", "1, wk, nonconformity",
            "2, wk, conforms"})
    void feedChangesTakeMoreThanSevenDays(String value, String unit, String outcome) {
        assertThat(outcome("5.13.8", "transition", obs("housing.site.feed-changed", true),
                obs("housing.site.feed-transition", value, unit))).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void transitionNotApplicableWithoutAChangeAndNotAssessedWithoutItsLength() {
        assertThat(outcome("5.13.8", "transition", obs("housing.site.feed-changed", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.13.8", "transition", obs("housing.site.feed-changed", true)))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Housing.withoutEvidence("5.13.7", "roughage", "goat-group")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Housing.withoutEvidence("5.13.5", "kid-feeds", "goat-group")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void ownFeedAndMedicatedFeedRulesOnlyWhenTheyExist() {
        assertThat(outcome("5.13.2", "own-feed", obs("housing.site.self-made-feed", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.13.9", "medicated-feed", obs("housing.site.medicated-feed-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.13.1, lawful,                housing.site.feed-lawful,                     attested",
            "5.13.1, no-animal-feed,        housing.site.animal-derived-feed,             never",
            "5.13.1, no-antibiotic-feed,    housing.site.antibiotic-feed,                 never",
            "5.13.2, traceable,             housing.site.feed-traceable,                  attested",
            "5.13.2, bought-feed,           housing.site.bought-feed-composition,         attested",
            "5.13.2, own-feed,              housing.site.feed-formula-kept,               attested",
            "5.13.3, no-spoiled-feed,       housing.site.spoiled-feed,                    never",
            "5.13.4, storage,               housing.site.feed-storage-protected,          attested",
            "5.13.5, complete,              housing.site.complete-diets,                  attested",
            "5.13.5, kid-free-access,       housing.goat-group.kid-free-access,           attested",
            "5.13.6, specified,             housing.site.nutrient-requirements-specified, attested",
            "5.13.9, no-hormones,           housing.site.hormone-growth-promoters,        never",
            "5.13.9, no-growth-antibiotics, housing.site.growth-promoting-antibiotics,    never",
            "5.13.9, medicated-feed,        housing.site.medicated-feed-recorded,         attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
