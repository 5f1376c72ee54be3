package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.on;
import static org.pashm.transport.Transports.outcome;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.Strength;

/**
 * 7.1.3: carrying area per goat by category (0.4-0.5 m2 adult bucks and pregnant does, 0.3-0.4 m2 adult does,
 * 0.2-0.3 m2 unmated goats; both ends requirements, R7: the lower end per goat, the upper end on the whole load), and
 * a side door for each small pen.
 */
class Clause_7_1_3_SpacePerGoatTest {

    private static List<RawObservation> load(String deck, String bucksAndPregnant, String does, String unmated) {
        List<RawObservation> raw = new ArrayList<>();
        raw.add(on("journey", "j-1", "deck-area", deck, "m2"));
        if (bucksAndPregnant != null) {
            raw.add(on("journey", "j-1", "adult-bucks-and-pregnant-does", bucksAndPregnant));
        }
        if (does != null) {
            raw.add(on("journey", "j-1", "adult-does", does));
        }
        if (unmated != null) {
            raw.add(on("journey", "j-1", "unmated-goats", unmated));
        }
        return raw;
    }

    private static List<RawObservation> tenOf(String category, String deck) {
        return switch (category) {
            case "bucks-and-pregnant-does" -> load(deck, "10", null, null);
            case "adult-does" -> load(deck, null, "10", null);
            case "unmated-goats" -> load(deck, null, null, "10");
            default -> throw new IllegalArgumentException(category);
        };
    }

    @ParameterizedTest(name = "7.1.3 minimum: 10 {0} on {1} m2 -> {2}")
    @CsvSource({
            "bucks-and-pregnant-does, 4,     conforms",
            "bucks-and-pregnant-does, 3.99,  nonconformity",
            "bucks-and-pregnant-does, 5,     conforms",
            "bucks-and-pregnant-does, 6,     conforms",
            "adult-does,              3,     conforms",
            "adult-does,              2.99,  nonconformity",
            "adult-does,              4,     conforms",
            "adult-does,              5,     conforms",
            "unmated-goats,           2,     conforms",
            "unmated-goats,           1.99,  nonconformity",
            "unmated-goats,           3,     conforms",
            "unmated-goats,           4,     conforms"})
    void lowerEndOfEachRangeIsTheMinimum_7_1_3(String category, String deck, String expected) {
        assertThat(outcome(evaluate(tenOf(category, deck)), "7.1.3", "space-per-goat"))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "7.1.3 upper end: 10 {0} on {1} m2 -> {2}")
    @CsvSource({
            "bucks-and-pregnant-does, 4,     conforms",
            "bucks-and-pregnant-does, 5,     conforms",
            "bucks-and-pregnant-does, 5.01,  nonconformity",
            "adult-does,              3,     conforms",
            "adult-does,              4,     conforms",
            "adult-does,              4.01,  nonconformity",
            "unmated-goats,           2,     conforms",
            "unmated-goats,           3,     conforms",
            "unmated-goats,           3.01,  nonconformity"})
    void upperEndOfEachRangeBindsOnTheWholeLoad_7_1_3(String category, String deck, String expected) {
        assertThat(outcome(evaluate(tenOf(category, deck)), "7.1.3", "space-per-goat-upper"))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @ParameterizedTest(name = "7.1.3 mixed load 6/30/20 on {0} m2 -> minimum {1}, upper end {2}")
    @CsvSource({
            // minimum 6 x 0.4 + 30 x 0.3 + 20 x 0.2 = 15.4 m2; upper end 6 x 0.5 + 30 x 0.4 + 20 x 0.3 = 21 m2
            "15.39, nonconformity, conforms",
            "15.4,  conforms,      conforms",
            "21,    conforms,      conforms",
            "21.01, conforms,      nonconformity",
            "30,    conforms,      nonconformity"})
    void mixedLoadAddsEachCategorysShare_7_1_3(String deck, String minimum, String upper) {
        var report = evaluate(load(deck, "6", "30", "20"));
        assertThat(outcome(report, "7.1.3", "space-per-goat")).isEqualTo(Outcome.fromCode(minimum));
        assertThat(outcome(report, "7.1.3", "space-per-goat-upper")).isEqualTo(Outcome.fromCode(upper));
    }

    @Test
    void bothEndsAreRequirements_7_1_3() {
        var report = evaluate(load("15.4", "6", "30", "20"));
        assertThat(Transports.finding(report, "7.1.3", "space-per-goat").strength()).isEqualTo(Strength.REQUIREMENT);
        assertThat(Transports.finding(report, "7.1.3", "space-per-goat-upper").strength())
                .isEqualTo(Strength.REQUIREMENT);
    }

    @Test
    void aDeckAreaInOtherUnitsIsConverted_7_1_3() {
        // 40 000 cm2 = 4 m2: exactly the minimum for 10 adult bucks
        var report = evaluate(List.of(on("journey", "j-1", "deck-area", "40000", "cm2"),
                on("journey", "j-1", "adult-bucks-and-pregnant-does", "10")));
        assertThat(outcome(report, "7.1.3", "space-per-goat")).isEqualTo(Outcome.CONFORMS);
    }

    @Test
    void withoutTheDeckAreaOrAnyHeadcountItIsNotAssessed_7_1_3() {
        var noDeck = evaluate(List.of(on("journey", "j-1", "adult-does", "10")));
        assertThat(outcome(noDeck, "7.1.3", "space-per-goat")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(noDeck, "7.1.3", "space-per-goat-upper")).isEqualTo(Outcome.NOT_ASSESSED);
        var noCount = evaluate(List.of(on("journey", "j-1", "deck-area", "10", "m2")));
        assertThat(outcome(noCount, "7.1.3", "space-per-goat")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(noCount, "7.1.3", "space-per-goat-upper")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "7.1.3 side doors: {0} small pens, {1} with a side door -> {2}")
    @CsvSource({
            "4, 4, conforms",
            "4, 3, nonconformity",
            "1, 0, nonconformity",
            "0, 0, conforms",
            "3, 4, not-assessed"})
    void aSideDoorForEverySmallPen_7_1_3(String pens, String withDoor, String expected) {
        var report = evaluate(List.of(on("vehicle", "truck-1", "small-pens", pens),
                on("vehicle", "truck-1", "pens-with-side-door", withDoor)));
        assertThat(outcome(report, "7.1.3", "side-door-per-pen")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void sideDoorsNotCountedAreNotAssessed_7_1_3() {
        var report = evaluate(List.of(on("vehicle", "truck-1", "small-pens", "4")));
        assertThat(outcome(report, "7.1.3", "side-door-per-pen")).isEqualTo(Outcome.NOT_ASSESSED);
    }
}
