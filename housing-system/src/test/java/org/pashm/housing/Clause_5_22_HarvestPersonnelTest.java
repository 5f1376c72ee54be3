package org.pashm.housing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5.22: trained operators, a veterinary technician and support staff at each session. */
class Clause_5_22_HarvestPersonnelTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.22.1, trained, housing.harvest-session.operators-trained,             attested",
            "5.22.2, vet,     housing.harvest-session.veterinary-technician-present, attested",
            "5.22.3, staff,   housing.harvest-session.support-staff-present,         attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }
}
