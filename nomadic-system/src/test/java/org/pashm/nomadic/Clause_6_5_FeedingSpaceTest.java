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
 * 6.5.1: Table 3 (buck 2 to 4, doe 1.5 to 2, young goat 0.8 to 0.9, kid 0.5 m2, both ends binding); grazing for does with young kids within
 * 0.5 km; a sunbathing area for kids from 7 days.
 */
class Clause_6_5_FeedingSpaceTest {

    static RawObservation shelter(String code, Object value) {
        return on("shelter", "w", "nomadic.shelter." + code, value);
    }

    /**
     * 2 bucks, 1 castrated male, 10 does, 5 young goats, 10 kids: at least 4 + 2 + 15 + 4 + 5 = 30 m2, at most
     * 8 + 4 + 20 + 4.5 + 5 = 41.5 m2 (the lower ends bind, R7; the upper ends of this allowance of space are advice,
     * R12).
     */
    @ParameterizedTest(name = "6.5.1 Table 3: {0} m2 for 2 bucks, 1 castrated male, 10 does, 5 young goats, 10 kids: {1} -> {2}")
    @CsvSource({
            "30,   table-3,       conforms",
            "29.9, table-3,       nonconformity",
            "41.5, table-3,       conforms",
            "41.5, table-3-upper, conforms",
            "41.6, table-3-upper, observation",
            "30,   table-3-upper, conforms"})
    void table3(String area, String rule, String expected) {
        assertThat(outcome("6.5.1", rule, on("shelter", "w", "nomadic.shelter.floor-area", area, "m2"),
                shelter("bucks", 2), shelter("castrated-males", 1), shelter("adult-does", 10),
                shelter("young-goats", 5), shelter("kids", 10))).isEqualTo(Outcome.fromCode(expected));
    }

    /** Each cell's upper end on its own, 10 goats of one type: the upper end of an allowance, advice (R12). */
    @ParameterizedTest(name = "6.5.1 Table 3 upper end: {1} m2 for 10 {0} -> {2}")
    @CsvSource({
            "bucks,           40,   conforms",
            "bucks,           40.1, observation",
            "castrated-males, 40.1, observation",
            "adult-does,      20,   conforms",
            "adult-does,      20.1, observation",
            "young-goats,     9,    conforms",
            "young-goats,     9.1,  observation",
            "kids,            5,    conforms",
            "kids,            5.1,  observation"})
    void table3UpperEnds(String category, String area, String expected) {
        assertThat(outcome("6.5.1", "table-3-upper", on("shelter", "w", "nomadic.shelter.floor-area", area, "m2"),
                shelter(category, 10))).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.5.1 grazing for does with kids {0} {1} away -> {2}")
    @CsvSource({"500, m, conforms", "501, m, nonconformity", "0.5, km, conforms", "0.51, km, nonconformity"})
    void kidGrazingWithinHalfAKilometre(String distance, String unit, String expected) {
        assertThat(outcome("6.5.1", "kid-grazing-distance",
                on("shelter", "w", "nomadic.shelter.kid-grazing-distance", distance, unit)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.5.1 kids use the sunbathing area from {0} {1} -> {2}")
    @CsvSource({"7, d, conforms", "8, d, nonconformity", "1, wk, conforms", "3, d, conforms"})
    void sunbathingFromSevenDays(String age, String unit, String expected) {
        assertThat(outcome("6.5.1", "sunbathing-age", shelter("sunbathing-area", true),
                on("shelter", "w", "nomadic.shelter.sunbathing-access-age", age, unit)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void withoutASunbathingAreaOnlyTheAreaIsANonconformity_6_5_1() {
        RawObservation none = shelter("sunbathing-area", false);
        assertThat(outcome("6.5.1", "sunbathing-area", none)).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(outcome("6.5.1", "sunbathing-age", none)).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void withoutKidsTheKidRulesDoNotApply_6_5_1() {
        RawObservation noKids = site("nomadic.site.kids", 0);
        for (String rule : new String[] {"kid-grazing", "kid-grazing-distance", "sunbathing-area", "sunbathing-age"}) {
            assertThat(outcome("6.5.1", rule, noKids)).as(rule).isEqualTo(Outcome.NOT_APPLICABLE);
        }
        assertThat(outcome("6.5.1", "table-3", noKids)).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
