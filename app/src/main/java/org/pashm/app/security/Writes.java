package org.pashm.app.security;

import java.util.Set;

/** The HTTP methods that write: those the rate limit counts and the audit log records. */
final class Writes {

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Writes() {
    }

    static boolean is(String method) {
        return METHODS.contains(method);
    }
}
