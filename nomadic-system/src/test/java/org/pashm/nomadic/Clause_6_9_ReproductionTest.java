package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/**
 * 6.9.1.1: first mating after puberty or at 65 % of the adult doe weight; 6.9.1.2: at most 60 does per buck (50 for
 * superior stud bucks, advice); 6.9.1.3: kidding pen 6 °C to 8 °C.
 */
class Clause_6_9_ReproductionTest {

    static RawObservation group(String code, Object value) {
        return on("goat-group", "g", "nomadic.goat-group." + code, value);
    }

    /** The adult does average 40 kg: 65 % is 26 kg. */
    @ParameterizedTest(name = "6.9.1.1 first mated at {0} kg (adult does 40 kg), puberty {1} -> {2}")
    @CsvSource({
            "26,   ,      conforms",
            "25.9, ,      nonconformity",
            "25.9, false, nonconformity",
            "26,   false, conforms",
            "20,   true,  conforms",
            ",     true,  conforms",
            ",     false, not-assessed",
            ",     ,      not-assessed"})
    void firstMatingAfterPubertyOr65PercentOfAdultWeight(String kg, Boolean puberty, String expected) {
        List<RawObservation> o = new ArrayList<>(List.of(group("class", "young-does"),
                site("nomadic.site.adult-doe-weight", "40", "kg")));
        if (kg != null) {
            o.add(on("goat-group", "g", "nomadic.goat-group.first-mating-weight", kg, "kg"));
        }
        if (puberty != null) {
            o.add(group("puberty-before-first-mating", puberty));
        }
        assertThat(outcome("6.9.1.1", "first-mating", o.toArray(RawObservation[]::new)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void firstMatingWithoutTheAdultWeightIsNotAssessed_6_9_1_1() {
        assertThat(outcome("6.9.1.1", "first-mating", group("class", "young-does"),
                on("goat-group", "g", "nomadic.goat-group.first-mating-weight", "30", "kg")))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void firstMatingConcernsOnlyYoungDoes_6_9_1_1() {
        assertThat(outcome("6.9.1.1", "first-mating", group("class", "mating-group")))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "6.9.1.2 {0} does to {1} bucks, superior {2}: {3} -> {4}")
    @CsvSource({
            "60,  1, false, does-per-buck,             conforms",
            "61,  1, false, does-per-buck,             nonconformity",
            "180, 3, false, does-per-buck,             conforms",
            "181, 3, false, does-per-buck,             nonconformity",
            "50,  1, false, does-per-buck-advised,     conforms",
            "51,  1, false, does-per-buck-advised,     observation",
            "60,  1, false, does-per-buck-advised,     observation",
            "51,  1, true,  does-per-buck-advised,     not-applicable",
            "50,  1, true,  superior-stud-ratio,       conforms",
            "51,  1, true,  superior-stud-ratio,       observation",
            "51,  1, true,  does-per-buck,             conforms",
            "51,  1, false, superior-stud-ratio,       not-applicable",
            "40,  1, true,  superior-stud-ratio-lower, conforms",
            "39,  1, true,  superior-stud-ratio-lower, observation",
            "39,  1, false, superior-stud-ratio-lower, not-applicable"})
    void buckToDoeRatio(int does, int bucks, boolean superior, String rule, String expected) {
        assertThat(outcome("6.9.1.2", rule, group("class", "mating-group"), group("does", does), group("bucks", bucks),
                group("superior-stud-bucks", superior))).isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "6.9.1.3 kidding pen at {0} Cel -> {1}")
    @CsvSource({"6, conforms", "5.9, nonconformity", "8, conforms", "8.1, nonconformity"})
    void kiddingPenSixToEightDegrees(String celsius, String expected) {
        assertThat(outcome("6.9.1.3", "kidding-temperature",
                on("kidding-pen", "p", "nomadic.kidding-pen.temperature", celsius, "Cel")))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void fiveDegreesMeetsTheHeatingRangeOf6_3_1ButNotTheKiddingRangeOf6_9_1_3() {
        RawObservation pen = on("kidding-pen", "p", "nomadic.kidding-pen.temperature", "5", "Cel");
        assertThat(outcome("6.3.1", "kidding-pen-temperature", pen)).isEqualTo(Outcome.CONFORMS);
        assertThat(outcome("6.9.1.3", "kidding-temperature", pen)).isEqualTo(Outcome.NONCONFORMITY);
    }
}
