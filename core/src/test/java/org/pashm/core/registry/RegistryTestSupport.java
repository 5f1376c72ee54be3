package org.pashm.core.registry;

import org.pashm.core.spi.StandardModule;

/** Gives tests in other packages the fixture module. */
public final class RegistryTestSupport {

    private RegistryTestSupport() {
    }

    public static StandardModule fixture() {
        return new Fixture();
    }
}
