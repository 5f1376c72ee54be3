package org.pashm.app.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.function.BiConsumer;
import org.pashm.app.problem.Problem.FieldError;

/**
 * A request body as {@link RequestReader} bound it, whose problems are not answered yet: a resource takes
 * {@code Received<XRequest>} instead of {@code XRequest} when some of the request's rules need stored data (the
 * organisation's sites, the goats it has). The service adds those rules with {@link #check} and the client gets every
 * problem, of shape and of substance, in one answer, as it would if all of them were the request's own.
 *
 * <p>A body that could not be bound at all (not JSON, not an object) is refused by the reader and never arrives here.
 * Members that were refused while binding are null in the value and already reported: {@link FieldErrors#has} tells.
 */
public final class Received<T> {

    // Never written as JSON: the annotations make /q/openapi describe a Received<XRequest> body as XRequest.
    @JsonUnwrapped
    private final T bound;
    @JsonIgnore
    private final List<FieldError> problems;
    @JsonIgnore
    private final JsonRequest request;

    Received(T bound, List<FieldError> problems, JsonRequest request) {
        this.bound = bound;
        this.problems = List.copyOf(problems);
        this.request = request;
    }

    /** Every problem of the request, its own and those {@code rules} find; answers them all, or returns the request. */
    public T check(BiConsumer<T, FieldErrors> rules) {
        FieldErrors errors = new FieldErrors(problems);
        rules.accept(bound, errors);
        errors.throwIfAny(request.problem(), request.title());
        return bound;
    }

    /**
     * The request as bound, problems and all: only to recognise a repeated request (an {@code Idempotency-Key}'s
     * fingerprint), never to act on.
     */
    public T asBound() {
        return bound;
    }
}
