package org.pashm.app.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown to answer with a problem, and the headers that go with it (Retry-After, WWW-Authenticate);
 * {@link ProblemMappers} renders it.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    private ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    /** The headers of the answer, beside Content-Type. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The same answer with the extension member {@code name} in its problem. */
    public ProblemException with(String name, Object value) {
        return new ProblemException(problem.with(name, value), headers);
    }

    /** The same answer with the header {@code name}. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, Map.copyOf(more));
    }
}
