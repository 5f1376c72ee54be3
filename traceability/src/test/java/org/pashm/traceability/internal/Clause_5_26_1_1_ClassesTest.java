package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.26.1.1 and 6.26.1.1: cashmere is sorted into classes and each bag holds one class. */
class Clause_5_26_1_1_ClassesTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest(name = "5.26.1.1 and 6.26.1.1 bag of one class = {0} -> {1}")
    @CsvSource({"true, conforms", "false, nonconformity"})
    void eachBagHoldsOneClass(boolean oneClass, String outcome) {
        var housing = Trace.housing(DAY, bag("B-1", "traceability.bag.single-class", oneClass));
        var nomadic = Trace.nomadic(DAY, bag("B-1", "traceability.bag.single-class", oneClass));
        assertThat(Trace.outcome(housing, "5.26.1.1", "one-class")).isEqualTo(Outcome.fromCode(outcome));
        assertThat(Trace.outcome(nomadic, "6.26.1.1", "one-class")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void notStatedIsNotAssessedAndNoCashmerePackedIsNotApplicable_5_26_1_1() {
        assertThat(Trace.outcome(Trace.housing(DAY, bag("B-1", "traceability.bag.white-cloth", true)),
                "5.26.1.1", "one-class")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(Trace.nomadic(DAY, site("traceability.site.cashmere-packed", false)),
                "6.26.1.1", "one-class")).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
