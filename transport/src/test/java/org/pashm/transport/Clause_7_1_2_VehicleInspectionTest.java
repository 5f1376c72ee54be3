package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.transport.Transports.DAY;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.on;
import static org.pashm.transport.Transports.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/** 7.1.2: every vehicle passes its inspection once a year; the duty reminds of it. */
class Clause_7_1_2_VehicleInspectionTest {

    @ParameterizedTest(name = "7.1.2 last inspected {0} before the assessment -> {1}")
    @CsvSource({"P1Y, conforms", "P1Y1D, nonconformity", "P11M, conforms", "P0D, conforms"})
    void inspectionWithinAYear_7_1_2(String ago, String expected) {
        LocalDate last = DAY.minus(java.time.Period.parse(ago));
        var report = evaluate(List.of(on("vehicle", "truck-1", "last-annual-inspection", last.toString())));
        assertThat(outcome(report, "7.1.2", "annual-inspection")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void eachVehicleIsJudgedOnItsOwn_7_1_2() {
        var report = evaluate(List.of(
                on("vehicle", "truck-1", "last-annual-inspection", DAY.minusMonths(3).toString()),
                on("vehicle", "truck-2", "last-annual-inspection", DAY.minusMonths(13).toString())));
        assertThat(org.pashm.core.testkit.ModuleTests.findings(report, "7.1.2", "annual-inspection"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactlyInAnyOrder("truck-1 conforms", "truck-2 nonconformity");
    }

    @Test
    void theVehicleInspectionDutyRecursEveryYear_7_1_2() {
        Duty duty = Transports.REGISTRY.duties().stream().filter(d -> d.id().equals("vehicle-inspection"))
                .findFirst().orElseThrow();
        assertThat(duty.standard()).isEqualTo(DIS_2025);
        assertThat(duty.clauses()).containsExactly(ClauseNumber.of("7.1.2"));
        assertThat(duty.subjectKind()).isEqualTo(SubjectKind.VEHICLE);
        assertThat(duty.subjectClass()).isNull();
        assertThat(duty.systems()).isEqualTo(Set.of(ProductionSystem.values()));
        assertThat(duty.recurrence().words()).isEqualTo("every 1 year");
        Due next = duty.recurrence().next(LocalDate.of(2025, 9, 3), null, DAY).orElseThrow();
        assertThat(next.due()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(next.status(DAY)).isEqualTo(Due.Status.UPCOMING);
        assertThat(duty.recurrence().next(null, null, DAY).orElseThrow().status(DAY)).isEqualTo(Due.Status.DUE);
        assertThat(Transports.REGISTRY.duties()).filteredOn(d -> d.clauses().stream()
                .anyMatch(c -> c.isWithin(ClauseNumber.of("7")))).containsExactly(duty);
    }
}
