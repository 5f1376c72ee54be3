package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.testkit.ModuleTests;

/** docs/clauses.md is generated from the registry; this fails when it is stale. */
class CatalogueTableTest {

    @Test
    void theCommittedClauseTableMatchesTheRegistry() {
        assertThat(ModuleTests.staleClauseTable(Nomadic.REGISTRY, "org.pashm.nomadic",
                "ISO 22786 clause 6: nomadic production system",
                "Every catalogue entry the nomadic-system module contributes to ISO 22786 DIS-2025. Raw cashmere "
                        + "management (6.26) is contributed by the traceability module, with clause 11.")).isNull();
    }
}
