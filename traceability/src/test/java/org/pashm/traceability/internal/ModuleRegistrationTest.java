package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.ProviderCheck;

class ModuleRegistrationTest {

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProviders() {
        assertThat(ProviderCheck.registrations(Traceability.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.moduleInfo()).isNotEmpty());
        assertThat(ProviderCheck.mismatches(Traceability.class)).isEmpty();
    }

    @Test
    void theServiceLoaderFindsTheModuleOnTheModulePath() {
        assertThat(Traceability.class.getModule().getName()).isEqualTo("org.pashm.traceability");
        assertThat(Registry.load().modules()).extracting(ModuleInfo::name).contains("org.pashm.traceability");
    }
}
