package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.spi.ProviderCheck;
import org.pashm.core.standard.ClauseNumber;

class ModuleRegistrationTest {

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProviders() {
        assertThat(ProviderCheck.registrations(HousingSystem.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.moduleInfo()).isNotEmpty());
        assertThat(ProviderCheck.mismatches(HousingSystem.class)).isEmpty();
    }

    @Test
    void theServiceLoaderFindsTheModuleOnTheModulePath() {
        assertThat(HousingSystem.class.getModule().getName()).isEqualTo("org.pashm.housing");
        assertThat(Housing.REGISTRY.modules()).extracting(ModuleInfo::name).contains("org.pashm.housing");
        assertThat(Housing.REGISTRY.clause(DIS_2025, ClauseNumber.of("5.3.3"))).isPresent();
    }
}
