package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;

/** 5.18.3: hooves of housing bucks every 2 months, housing does every 4, grazing goats every 6. */
class Clause_5_18_3_HoofRepairingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "5.18.3 {0} last repaired {1} before -> {2}")
    @CsvSource({
            "housing-bucks, P2M,    conforms",
            "housing-bucks, P2M1D,  nonconformity",
            "housing-does,  P4M,    conforms",
            "housing-does,  P4M1D,  nonconformity",
            "grazing-goats, P6M,    conforms",
            "grazing-goats, P6M1D,  nonconformity"})
    void intervalByGroupAtItsEdge(String group, String ago, String outcome) {
        LocalDate last = DAY.minus(java.time.Period.parse(ago));
        var report = Housing.evaluate(DAY, List.of(
                RawObservation.of("housing.goat-group.class", "goat-group", "g1", group, null),
                RawObservation.of("housing.goat-group.last-hoof-repair", "goat-group", "g1", last.toString(), null)));
        assertThat(Housing.findings(report, "5.18.3", "interval")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.fromCode(outcome)));
    }

    @Test
    void withoutTheDateOfTheLastRepairItIsNotAssessed() {
        var report = Housing.evaluate(DAY, List.of(
                RawObservation.of("housing.goat-group.class", "goat-group", "g1", "housing-does", null)));
        assertThat(Housing.findings(report, "5.18.3", "interval")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED));
    }

    @Test
    void declaresOneDutyPerGroupWithItsInterval() {
        List<Duty> hoof = Housing.REGISTRY.duties().stream().filter(d -> d.id().startsWith("hoof-repair-")).toList();
        assertThat(hoof).extracting(d -> d.id() + " " + d.recurrence().words() + " " + d.clauses())
                .containsExactly(
                        "hoof-repair-grazing-goats every 6 months [5.18.3]",
                        "hoof-repair-housing-bucks every 2 months [5.18.3]",
                        "hoof-repair-housing-does every 4 months [5.18.3]");
        Duty bucks = hoof.get(1);
        assertThat(bucks.standard()).isEqualTo(DIS_2025);
        assertThat(bucks.recurrence().next(DAY.minusMonths(2), null, DAY).orElseThrow().status(DAY))
                .isEqualTo(Due.Status.DUE);
    }
}
