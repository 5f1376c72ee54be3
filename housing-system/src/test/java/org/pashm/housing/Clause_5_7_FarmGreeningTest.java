package org.pashm.housing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.7: farm greening; the recommendations give observations only. */
class Clause_5_7_FarmGreeningTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.7, greened,        housing.site.greened,              attested",
            "5.7, tall-deciduous, housing.site.tall-deciduous-trees, attested",
            "5.7, purifying,      housing.site.purifying-plants,     advice-attested",
            "5.7, harmful-plants, housing.site.harmful-plants,       advice-never"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
