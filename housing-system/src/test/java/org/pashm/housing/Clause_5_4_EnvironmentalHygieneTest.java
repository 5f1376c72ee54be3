package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.obs;
import static org.pashm.housing.Housing.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 5.4: environmental assessment, pollution control, grazing and abnormal behaviour. */
class Clause_5_4_EnvironmentalHygieneTest {

    @ParameterizedTest(name = "{0} {1}: yes, no, missing")
    @CsvSource({
            "5.4.1, assessment,         housing.site.environmental-assessment,      attested",
            "5.4.1, monitoring,         housing.site.environment-monitored,         attested",
            "5.4.2, equipment,          housing.site.pollution-control-equipment,   attested",
            "5.4.3, grazing,            housing.site.goats-graze,                   attested",
            "5.4.3, abnormal-behaviour, housing.site.abnormal-behaviour-watched,    attested"})
    void attestations(String clause, String rule, String code, String shape) {
        Housing.checkAttestation(clause, rule, code, shape);
    }

    @Test
    void grazingIsOnlyRequiredWhereTheGrasslandSuitsIt() {
        assertThat(outcome("5.4.3", "grazing", obs("housing.site.grassland-suitable", false),
                obs("housing.site.goats-graze", false))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("5.4.3", "grazing", obs("housing.site.grassland-suitable", true),
                obs("housing.site.goats-graze", false))).isEqualTo(Outcome.NONCONFORMITY);
    }
}
