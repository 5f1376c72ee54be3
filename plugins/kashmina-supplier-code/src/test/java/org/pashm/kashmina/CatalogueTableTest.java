package org.pashm.kashmina;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pashm.core.registry.CatalogueTable;

/** docs/clauses.md is generated from the registry and must match it. */
class CatalogueTableTest {

    @Test
    void theCommittedClauseTableIsCurrent() {
        String table = CatalogueTable.markdown("Kashmina supplier code, edition 1: requirements",
                "Every requirement of the supplier code, numbered by Pashm in the order the code lists them (the code "
                        + "has no numbers). Every one is a \"must\" and applies to any supplier; the working "
                        + "conditions serve none of the Five Freedoms.",
                Kashmina.REGISTRY.clauses(SupplierCode.EDITION_1));
        assertThat(CatalogueTable.staleness(Path.of("docs/clauses.md"), table)).isNull();
    }
}
