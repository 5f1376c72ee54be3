package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pashm.core.testkit.ModuleTests;

/**
 * The module's message bundles: en.properties is what the code says (rewritten with -Dpashm.regenerate=true), and
 * every other language gives exactly its keys.
 */
class MessageBundlesTest {

    @Test
    void theBundlesAreCurrentAndComplete() {
        assertThat(ModuleTests.staleBundles(Housing.REGISTRY, "org.pashm.housing")).isEmpty();
    }
}
