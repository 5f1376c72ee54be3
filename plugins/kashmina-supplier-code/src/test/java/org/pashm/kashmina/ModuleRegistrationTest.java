package org.pashm.kashmina;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.spi.ProviderCheck;
import org.pashm.core.spi.StandardModule;

class ModuleRegistrationTest {

    @Test
    void moduleInfoAndMetaInfServicesListTheSameProvider() {
        assertThat(ProviderCheck.registrations(KashminaSupplierCode.class)).singleElement().satisfies(r -> {
            assertThat(r.service()).isEqualTo(StandardModule.class.getName());
            assertThat(r.moduleInfo()).containsExactly(KashminaSupplierCode.class.getName());
            assertThat(r.agrees()).isTrue();
        });
        assertThat(ProviderCheck.mismatches(KashminaSupplierCode.class)).isEmpty();
    }

    @Test
    void theServiceLoaderFindsItAsANamedModuleBesideIso22786() {
        assertThat(KashminaSupplierCode.class.getModule().getName()).isEqualTo("org.pashm.kashmina");
        assertThat(Kashmina.REGISTRY.modules()).extracting(ModuleInfo::name)
                .contains("org.pashm.kashmina", "org.pashm.core", "org.pashm.housing", "org.pashm.nomadic");
        assertThat(Kashmina.REGISTRY.standard(SupplierCode.EDITION_1)).get()
                .satisfies(s -> assertThat(s.freedomsRequired()).isFalse());
        assertThat(Kashmina.REGISTRY.moduleVersions(SupplierCode.EDITION_1)).containsKey("org.pashm.kashmina");
    }
}
