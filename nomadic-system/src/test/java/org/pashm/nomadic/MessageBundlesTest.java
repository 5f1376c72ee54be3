package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.registry.Registry;
import org.pashm.core.testkit.ModuleTests;

/** The module's bundles: en.properties is what its code says, and every other language gives exactly its keys. */
class MessageBundlesTest {

    @Test
    void theCommittedBundlesMatchWhatTheModuleSays() {
        assertThat(ModuleTests.staleBundles(Registry.load(), "org.pashm.nomadic")).isEmpty();
    }
}
