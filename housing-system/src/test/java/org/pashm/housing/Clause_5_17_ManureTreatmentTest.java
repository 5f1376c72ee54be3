package org.pashm.housing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.17: treatment of manure. */
class Clause_5_17_ManureTreatmentTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.17.1, plan,       housing.site.waste-disposal-plan,     attested",
            "5.17.1, harmless,   housing.site.waste-treated-harmlessly, attested",
            "5.17.2, facilities, housing.site.manure-facilities,       attested",
            "5.17.3, reused,     housing.site.manure-reused,           attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
