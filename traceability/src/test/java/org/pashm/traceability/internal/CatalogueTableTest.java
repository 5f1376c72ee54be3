package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.Registry;
import org.pashm.core.testkit.ModuleTests;

/** docs/clauses.md is generated from the registry; this fails when it is stale. */
class CatalogueTableTest {

    @Test
    void theCommittedClauseTableMatchesTheRegistry() {
        assertThat(ModuleTests.staleClauseTable(Registry.load(), "org.pashm.traceability",
                "ISO 22786 clause 11, 5.26 and 6.26: traceability, records and raw cashmere",
                "Every catalogue entry the traceability module contributes to ISO 22786 DIS-2025.")).isNull();
    }
}
