package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.housing.Housing.obs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ClauseNumber;

/** 5.5: room to move and rest; Table 2 (5.5.2) is checked once, under 5.2.2.1. */
class Clause_5_5_FeedingSpaceTest {

    @Test
    void roomToMoveIsAttested() {
        Housing.checkAttestation("5.5.1", "room", "housing.shelter.room-to-move", "attested");
    }

    @Test
    void table2IsCataloguedButJudgedUnder5221SoACrowdedShedGivesOneNonconformity() {
        var table2 = Housing.REGISTRY.clause(DIS_2025, ClauseNumber.of("5.5.2")).orElseThrow();
        assertThat(table2.method()).isEqualTo(Method.NOT_EVALUATED);
        var report = Housing.evaluate(Housing.DAY, List.of(obs("housing.shelter.floor-area", "100", "m2"),
                obs("housing.shelter.adult-does", "80")));
        assertThat(report.findings()).filteredOn(f -> f.outcome() == Outcome.NONCONFORMITY)
                .extracting(Finding::clause).extracting(ClauseNumber::toString).containsExactly("5.2.2.1");
    }
}
