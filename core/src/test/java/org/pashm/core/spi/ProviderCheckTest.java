package org.pashm.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.internal.Iso22786General;

class ProviderCheckTest {

    @Test
    void coreRegistersItsProviderTheSameWayInModuleInfoAndMetaInfServices() {
        assertThat(ProviderCheck.registrations(Iso22786General.class)).singleElement().satisfies(r -> {
            assertThat(r.service()).isEqualTo(StandardModule.class.getName());
            assertThat(r.moduleInfo()).containsExactly(Iso22786General.class.getName());
            assertThat(r.agrees()).isTrue();
        });
        assertThat(ProviderCheck.mismatches(Iso22786General.class)).isEmpty();
    }
}
