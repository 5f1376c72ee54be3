package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 6.18.2: minerals where the region needs them; 6.18.3: castration at the end of May or early June (R2). */
class Clause_6_18_RoutineManagementTest {

    @ParameterizedTest(name = "6.18.3 kids castrated on {0} -> {1}")
    @CsvSource({
            "2025-05-21, conforms",
            "2025-05-20, nonconformity",
            "2025-06-10, conforms",
            "2025-06-11, nonconformity",
            "2025-04-15, nonconformity"})
    void castrationAtTheEndOfMayOrEarlyJune(String day, String expected) {
        assertThat(outcome("6.18.3", "castration-window", site("nomadic.site.castration-date", day)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void castrationDoesNotApplyWithoutKids_6_18_3() {
        assertThat(outcome("6.18.3", "castration-window", site("nomadic.site.kids", 0)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void mineralsOnlyWhereTheRegionNeedsThem_6_18_2() {
        assertThat(outcome("6.18.2", "minerals", site("nomadic.site.mineral-deficient-region", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.18.2", "minerals", site("nomadic.site.mineral-deficient-region", true),
                site("nomadic.site.salt-and-minerals-provided", false))).isEqualTo(Outcome.NONCONFORMITY);
    }

    @Test
    void castrationIsAYearlyDutyFrom21MayTo10June_6_18_3() {
        var duty = Nomadic.REGISTRY.duties().stream().filter(d -> d.id().equals("nomadic-castration")).findFirst()
                .orElseThrow();
        assertThat(duty.recurrence().words()).isEqualTo("every year from 21 May to 10 June");
        var due = duty.recurrence().next(LocalDate.of(2025, 5, 28), null, LocalDate.of(2026, 4, 22)).orElseThrow();
        assertThat(due.opens()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 6, 10));
    }
}
