package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * 6.10: colostrum within 2 hours (6.10.1); rearing groups by age 0-7, 8-14 and over 14 days (6.10.2, stated as fact,
 * R2), pens of at most 40 intermediate and 250 grown-up kids (6.10.2, "may", advice); suckling reunions at least 3 a day for intermediate kids
 * (6.10.2.2) and twice a day for grown-up kids (6.10.2.3, a requirement: stated as fact, R2).
 */
class Clause_6_10_BreastfeedingAndRearingTest {

    static RawObservation group(String code, Object value) {
        return on("goat-group", "g", "nomadic.goat-group." + code, value);
    }

    @ParameterizedTest(name = "6.10.1 colostrum {0} {1} after birth -> {2}")
    @CsvSource({"2, h, conforms", "2.01, h, nonconformity", "120, min, conforms", "121, min, nonconformity"})
    void colostrumWithinTwoHours(String time, String unit, String expected) {
        assertThat(outcome("6.10.1", "colostrum", group("class", "neonatal-kids"),
                on("goat-group", "g", "nomadic.goat-group.colostrum-time", time, unit)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.10.2 {0} group of kids aged {1} to {2} days -> {3}")
    @CsvSource({
            "neonatal-kids,     0,  7,  conforms",
            "neonatal-kids,     0,  8,  nonconformity",
            "intermediate-kids, 8,  14, conforms",
            "intermediate-kids, 7,  14, nonconformity",
            "intermediate-kids, 8,  15, nonconformity",
            "grown-up-kids,     15, 60, conforms",
            "grown-up-kids,     14, 60, nonconformity"})
    void rearingGroupsByAge(String group, String youngest, String oldest, String expected) {
        assertThat(outcome("6.10.2", "age-band", group("class", group),
                on("goat-group", "g", "nomadic.goat-group.youngest-kid-age", youngest, "d"),
                on("goat-group", "g", "nomadic.goat-group.oldest-kid-age", oldest, "d")))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.10.2 {0} pen of {1} kids -> {2}")
    @CsvSource({
            "intermediate-kids, intermediate-pen, 40,  conforms",
            "intermediate-kids, intermediate-pen, 41,  observation",
            "grown-up-kids,     grown-up-pen,     250, conforms",
            "grown-up-kids,     grown-up-pen,     251, observation",
            "grown-up-kids,     intermediate-pen, 100, not-applicable"})
    void penCapacities(String group, String rule, int kids, String expected) {
        assertThat(outcome("6.10.2", rule, group("class", group), group("kids", kids)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.10.2.2 / 6.10.2.3 {0} reunited {1} times a day -> {2}")
    @CsvSource({
            "intermediate-kids, 6.10.2.2, 3, conforms",
            "intermediate-kids, 6.10.2.2, 2, nonconformity",
            "grown-up-kids,     6.10.2.3, 2, conforms",
            "grown-up-kids,     6.10.2.3, 1, nonconformity"})
    void sucklingReunions(String group, String clause, int times, String expected) {
        assertThat(outcome(clause, "suckling-reunions", group("class", group),
                group("suckling-reunions-per-day", times))).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void rearingRulesDoNotApplyToOtherGroupsOrWithoutKids_6_10() {
        assertThat(outcome("6.10.1", "colostrum", group("class", "mating-group"))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.10.2.1", "with-mothers", group("class", "grown-up-kids")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.10.2.2", "suckling-reunions", site("nomadic.site.kids", 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
