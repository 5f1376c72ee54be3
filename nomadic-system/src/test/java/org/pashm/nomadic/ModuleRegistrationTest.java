package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.spi.ProviderCheck;

class ModuleRegistrationTest {

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProviders() {
        assertThat(ProviderCheck.registrations(NomadicSystem.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.moduleInfo()).isNotEmpty());
        assertThat(ProviderCheck.mismatches(NomadicSystem.class)).isEmpty();
    }

    @Test
    void theServiceLoaderFindsTheModuleOnTheModulePath() {
        assertThat(NomadicSystem.class.getModule().getName()).isEqualTo("org.pashm.nomadic");
        assertThat(Nomadic.REGISTRY.modules()).extracting(ModuleInfo::name).contains("org.pashm.nomadic");
    }
}
