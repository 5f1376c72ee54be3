package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pashm.core.standard.ProductionSystem;

/** The recurring duties clause 6 declares, as the scheduler sees them. */
class NomadicDutiesTest {

    @Test
    void theDutiesOfClause6() {
        assertThat(Nomadic.REGISTRY.duties())
                .extracting(d -> d.id() + " | " + d.clauses() + " | " + d.subjectKind() + " | " + d.recurrence().words())
                .containsExactlyInAnyOrder(
                        "nomadic-castration | [6.18.3] | site | every year from 21 May to 10 June",
                        "nomadic-harvest | [6.19.1.1, 6.20.1] | site | every year from 15 March to 10 June",
                        "nomadic-injury-observation | [6.19.1.5] | goat | within 1 week of harvest injury",
                        "rangeland-monitoring | [6.16.4] | site | every 1 year");
        assertThat(Nomadic.REGISTRY.duties()).allSatisfy(d -> {
            assertThat(d.systems()).isEqualTo(Set.of(ProductionSystem.NOMADIC));
            assertThat(d.id()).doesNotContain("housing");
        });
    }

    @Test
    void theInspectionBeforeHarvestIsNotDeclaredHere() {
        // 6.26.2.1 (inspection from March to April) belongs to the traceability module.
        assertThat(Nomadic.REGISTRY.duties()).noneMatch(d -> d.clauses().toString().contains("6.26"));
    }
}
