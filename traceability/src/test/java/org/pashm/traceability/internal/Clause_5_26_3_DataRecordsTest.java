package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.Retention;

/**
 * 5.26.3 and 6.26.3: each goat's parameters recorded and archived (x.26.3.1); bag data and the other main information
 * archived permanently under a unique number (x.26.3.2).
 */
class Clause_5_26_3_DataRecordsTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "{0}.3.1 goat parameters recorded and archived = {1} -> {2}")
    @CsvSource({"5.26, true, conforms", "5.26, false, nonconformity", "6.26, true, conforms",
            "6.26, false, nonconformity"})
    void eachGoatsParametersAreRecorded(String clause, boolean value, String outcome) {
        var system = clause.startsWith("5") ? ProductionSystem.HOUSING : ProductionSystem.NOMADIC;
        var report = Trace.evaluate(system, DAY,
                List.of(site("traceability.site.goat-parameters-recorded", value)));
        assertThat(Trace.outcome(report, clause + ".3.1", "goat-parameters")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0}.3.2 bag archived under a unique number = {1} -> {2}")
    @CsvSource({"5.26, true, conforms", "5.26, false, nonconformity", "6.26, true, conforms",
            "6.26, false, nonconformity"})
    void eachBagIsArchivedUnderAUniqueNumber(String clause, boolean value, String outcome) {
        var system = clause.startsWith("5") ? ProductionSystem.HOUSING : ProductionSystem.NOMADIC;
        var report = Trace.evaluate(system, DAY,
                List.of(bag("B-1", "traceability.bag.archived-under-unique-number", value)));
        assertThat(Trace.outcome(report, clause + ".3.2", "unique-number")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "{0}.3.2 other main information archived = {1} -> {2}")
    @CsvSource({"5.26, true, conforms", "5.26, false, nonconformity", "6.26, true, conforms",
            "6.26, false, nonconformity"})
    void theMainInformationIsArchived(String clause, boolean value, String outcome) {
        var system = clause.startsWith("5") ? ProductionSystem.HOUSING : ProductionSystem.NOMADIC;
        var report = Trace.evaluate(system, DAY,
                List.of(site("traceability.site.main-information-archived", value)));
        assertThat(Trace.outcome(report, clause + ".3.2", "main-information")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void notStatedIsNotAssessedAndNoBagsPackedIsNotApplicable_5_26_3_2() {
        var report = Trace.housing(DAY, site("traceability.site.cashmere-packed", false));
        assertThat(Trace.outcome(report, "5.26.3.2", "unique-number")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Trace.outcome(report, "5.26.3.2", "main-information")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(report, "5.26.3.1", "goat-parameters")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void bagDataAreKeptPermanentlyUnderBothClauses_5_26_3_2_and_6_26_3_2() {
        assertThat(Retention.BAG_DATA.isPermanent()).isTrue();
        assertThat(Retention.BAG_DATA.clauses()).extracting(Object::toString).containsExactly("5.26.3.2", "6.26.3.2");
        assertThat(Retention.BAG_DATA.clause()).isEqualTo("5.26.3.2");
    }
}
