package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.ProviderCheck;

class ModuleRegistrationTest {

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProviders() {
        assertThat(ProviderCheck.registrations(Transport.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.moduleInfo()).isNotEmpty());
        assertThat(ProviderCheck.mismatches(Transport.class)).isEmpty();
    }

    @Test
    void theServiceLoaderFindsTheModuleOnTheModulePath() {
        assertThat(Transport.class.getModule().getName()).isEqualTo("org.pashm.transport");
        assertThat(Registry.load().modules()).extracting(ModuleInfo::name).contains("org.pashm.transport");
    }
}
