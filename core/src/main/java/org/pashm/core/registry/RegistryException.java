package org.pashm.core.registry;

import java.util.List;

/**
 * The loaded modules do not fit together. The message lists every problem found, each naming the module (or
 * provider class, or jar) it came from, so one start-up shows all that needs fixing.
 */
public final class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RegistryException(List<String> problems) {
        super("Standard modules could not be loaded:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public RegistryException(String problem, Throwable cause) {
        super("Standard modules could not be loaded:\n  - " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
