package org.pashm.app.web;

/**
 * A check of a request that needs what the app has loaded rather than stored data: the record kinds the standard
 * modules declare, say. A CDI bean; {@link RequestReader} runs every one whose {@link #type()} is the request's
 * class or one it implements after the request's own checks ({@link CheckedRequest}), and answers all their problems together.
 *
 * @param <T> the request it checks
 */
public interface RequestCheck<T> {

    /** The request class (or interface of several) this checks. */
    Class<T> type();

    /** Adds to {@code errors} every rule {@code request} breaks; members already refused are null here. */
    void check(T request, FieldErrors errors);
}
