package org.pashm.app;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/** Registered as a Quarkus test callback: every test class gets the default administrator token. */
public class DefaultIdentity implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        Tokens.install();
    }
}
