package org.pashm.housing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.8: staff training ("it is necessary", a requirement). */
class Clause_5_8_StaffTrainingTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.8, training, housing.site.staff-trained,               attested",
            "5.8, records,  housing.site.health-and-training-records, attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
