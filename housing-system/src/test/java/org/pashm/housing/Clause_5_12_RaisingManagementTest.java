package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.12: personnel management. */
class Clause_5_12_RaisingManagementTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.12.2, knowledge,       housing.site.managers-know-welfare,       attested",
            "5.12.3, trained,         housing.site.technicians-trained,         attested",
            "5.12.4, staffed,         housing.site.vets-and-archive-keepers,    attested",
            "5.12.5, labour-law,      housing.site.labour-law-complied,         attested",
            "5.12.5, employee-system, housing.site.employee-management-system,  attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }

    @ParameterizedTest(name = "5.12.4 large-scale {0}, breeding farm {1} -> {2}")
    @CsvSource({"false, false, not-applicable", "true, false, nonconformity", "false, true, nonconformity",
            "true, true, nonconformity"})
    void vetsAndArchiveKeepersOnLargeOrBreedingFarms(boolean large, boolean breeding, String outcome) {
        assertThat(outcome("5.12.4", "staffed", obs("housing.site.large-scale", large),
                obs("housing.site.breeding-farm", breeding), obs("housing.site.vets-and-archive-keepers", false)))
                .isEqualTo(Outcome.fromCode(outcome));
    }
}
