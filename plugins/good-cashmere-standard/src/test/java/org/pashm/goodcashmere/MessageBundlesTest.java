package org.pashm.goodcashmere;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.testkit.ModuleTests;

/**
 * The plugin's bundles ({@code META-INF/pashm/messages/org.pashm.goodcashmere/}) are generated from its code (the
 * English one) and translated key by key (every other language); this fails when one is stale or lacks a key.
 */
class MessageBundlesTest {

    @Test
    void theBundlesMatchWhatThePluginSays() {
        assertThat(ModuleTests.staleBundles(GoodCashmereStandardTest.REGISTRY, "org.pashm.goodcashmere")).isEmpty();
    }
}
