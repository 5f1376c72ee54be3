package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.KnownConflict;

/**
 * The known conflicts of the draft in clause 6 (docs/reading-the-standard.md, "Where the draft contradicts itself"):
 * both clauses of a pair name the other, and both keep their rules.
 */
class Clause_6_KnownConflictsTest {

    @ParameterizedTest(name = "{0} names its conflict with {1}")
    @CsvSource({
            "6.3.1,   6.9.1.3",   // kidding pen 4 to 10 °C (6.3.1) against 6 to 8 °C (6.9.1.3)
            "6.9.1.3, 6.3.1",
            "6.2.2.1, 6.5.1",     // doe 1.8 m2 (6.2.2.1) against 1.5 m2 (Table 3, 6.5.1)
            "6.5.1,   6.2.2.1"})
    void bothClausesOfAPairNameTheOther(String clause, String other) {
        Clause c = Clause_6_CatalogueTest.clauses().stream()
                .filter(x -> x.number().equals(ClauseNumber.of(clause))).findFirst().orElseThrow();
        assertThat(c.conflicts()).extracting(KnownConflict::other).containsExactly(ClauseNumber.of(other));
    }

    /** 6.3.1 heats the kidding pen to 4 °C to 10 °C, 6.9.1.3 keeps it at 6 °C to 8 °C: each judges by its own range. */
    @ParameterizedTest(name = "kidding pen at {0} Cel: 6.3.1 -> {1}, 6.9.1.3 -> {2}")
    @CsvSource({
            "3.9,  nonconformity, nonconformity",
            "4,    conforms,      nonconformity",
            "6,    conforms,      conforms",
            "8,    conforms,      conforms",
            "10,   conforms,      nonconformity",
            "10.1, nonconformity, nonconformity"})
    void kiddingPenIsJudgedByBothRanges(String celsius, String by631, String by6913) {
        RawObservation pen = on("kidding-pen", "p", "nomadic.kidding-pen.temperature", celsius, "Cel");
        assertThat(outcome("6.3.1", "kidding-pen-temperature", pen)).isEqualTo(Outcome.fromCode(by631));
        assertThat(outcome("6.9.1.3", "kidding-temperature", pen)).isEqualTo(Outcome.fromCode(by6913));
    }

    /** 10 does only: 6.2.2.1 needs 18 m2 (1.8 m2 each), Table 3 of 6.5.1 needs 15 m2 (1.5 m2 each). */
    @ParameterizedTest(name = "{0} m2 for 10 does: 6.2.2.1 -> {1}, 6.5.1 -> {2}")
    @CsvSource({
            "14.9, nonconformity, nonconformity",
            "15,   nonconformity, conforms",
            "18,   conforms,      conforms"})
    void doeSpaceIsJudgedByBothClauses(String area, String by6221, String by651) {
        RawObservation[] shelter = {on("shelter", "w", "nomadic.shelter.floor-area", area, "m2"),
                on("shelter", "w", "nomadic.shelter.adult-does", 10)};
        assertThat(outcome("6.2.2.1", "space", shelter)).isEqualTo(Outcome.fromCode(by6221));
        assertThat(outcome("6.5.1", "table-3", shelter)).isEqualTo(Outcome.fromCode(by651));
    }
}
