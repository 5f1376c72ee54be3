package org.pashm.app.traceability.web;

/** Thrown to answer with a {@link TraceProblem}; {@link TraceProblemMapper} renders it. */
public final class TraceProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TraceProblem problem;

    public TraceProblemException(TraceProblem problem) {
        super(problem.getTitle() + ": " + problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public TraceProblem problem() {
        return problem;
    }
}
