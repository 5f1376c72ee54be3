package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.testkit.ModuleTests;

/**
 * The module's bundles ({@code META-INF/pashm/messages/org.pashm.transport/}) are generated from its code (the
 * English one) and translated key by key (every other language); this fails when one is stale or lacks a key.
 */
class MessageBundlesTest {

    @Test
    void theBundlesMatchWhatTheModuleSays() {
        assertThat(ModuleTests.staleBundles(Transports.REGISTRY, "org.pashm.transport")).isEmpty();
    }
}
