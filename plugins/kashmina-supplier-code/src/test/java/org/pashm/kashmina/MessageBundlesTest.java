package org.pashm.kashmina;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.testkit.ModuleTests;

/**
 * The plugin's bundles ({@code META-INF/pashm/messages/org.pashm.kashmina/}) are generated from its code (the English
 * one) and translated key by key (every other language); this fails when one is stale or lacks a key.
 */
class MessageBundlesTest {

    @Test
    void theBundlesMatchWhatThePluginSays() {
        assertThat(ModuleTests.staleBundles(Kashmina.REGISTRY, "org.pashm.kashmina")).isEmpty();
    }
}
