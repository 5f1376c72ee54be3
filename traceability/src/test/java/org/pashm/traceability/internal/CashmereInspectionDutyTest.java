package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ProductionSystem;

/**
 * 5.26.2.1 and 6.26.2.1: the yearly cashmere inspection, due between March 1 and April 30. Two duties, one per
 * system, each citing the clause of its own system, so that a housing farm is never reminded under a nomadic clause.
 */
class CashmereInspectionDutyTest {

    static Duty duty(String id) {
        return Trace.REGISTRY.duties().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneDutyPerSystemCitingItsOwnClause_5_26_2_1_and_6_26_2_1() {
        List<Duty> inspections = Trace.REGISTRY.duties().stream()
                .filter(d -> d.id().startsWith("cashmere-inspection")).toList();
        assertThat(inspections).extracting(d -> d.id() + " " + d.clauses() + " " + d.systems() + " "
                        + d.recurrence().words())
                .containsExactly(
                        "cashmere-inspection-housing [5.26.2.1] [HOUSING] every year from 1 March to 30 April",
                        "cashmere-inspection-nomadic [6.26.2.1] [NOMADIC] every year from 1 March to 30 April");
        for (Duty d : inspections) {
            assertThat(d.standard()).isEqualTo(DIS_2025);
            assertThat(d.subjectKind()).isEqualTo(SubjectKind.SITE);
            assertThat(d.subjectClass()).isNull();
            for (var clause : d.clauses()) {
                assertThat(Trace.REGISTRY.clause(DIS_2025, clause)).get()
                        .satisfies(c -> assertThat(c.appliesTo()).isEqualTo(d.systems()));
            }
        }
    }

    @ParameterizedTest(name = "5.26.2.1 inspected last on {0}, on {1} the next is {2}")
    @CsvSource({
            "2025-03-20, 2026-02-28, upcoming",
            "2025-03-20, 2026-03-01, due",
            "2025-03-20, 2026-04-30, due",
            "2025-03-20, 2026-05-01, overdue",
            "2026-03-20, 2026-05-01, upcoming"})
    void dueInTheWindowAndOverdueAfterIt(String last, String today, String status) {
        Due due = duty("cashmere-inspection-housing").recurrence()
                .next(LocalDate.parse(last), null, LocalDate.parse(today)).orElseThrow();
        assertThat(due.status(LocalDate.parse(today)).code()).isEqualTo(status);
    }

    @Test
    void theNomadicDutyHasTheSameWindow_6_26_2_1() {
        Due due = duty("cashmere-inspection-nomadic").recurrence()
                .next(LocalDate.of(2025, 4, 2), null, LocalDate.of(2026, 3, 15)).orElseThrow();
        assertThat(due).isEqualTo(new Due(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)));
        assertThat(duty("cashmere-inspection-nomadic").systems()).containsExactly(ProductionSystem.NOMADIC);
    }
}
