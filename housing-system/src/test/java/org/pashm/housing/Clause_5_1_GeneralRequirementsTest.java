package org.pashm.housing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.1: construction, siting, layout and materials, each attested by the auditor. */
class Clause_5_1_GeneralRequirementsTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.1.1, principles,     housing.site.construction-principles-followed, attested",
            "5.1.2, site-selection, housing.site.site-selection-lawful,            attested",
            "5.1.2, design,         housing.site.design-to-standards,              attested",
            "5.1.3, layout,         housing.site.biosafe-layout,                   attested",
            "5.1.3, isolation,      housing.site.functional-areas-isolated,        attested",
            "5.1.4, materials,      housing.site.practical-materials,              attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
