package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.Registry;
import org.pashm.core.testkit.ModuleTests;

/** docs/clauses.md is generated from the registry; this fails when it is stale. */
class CatalogueTableTest {

    @Test
    void theCommittedClauseTableMatchesTheRegistry() {
        assertThat(ModuleTests.staleClauseTable(Registry.load(), "org.pashm.transport",
                "ISO 22786 clauses 7-10 and 12: transport, personnel, loading, transition, killing",
                "Every catalogue entry the transport module contributes to ISO 22786 DIS-2025. All of them apply to "
                        + "both production systems.")).isNull();
    }
}
