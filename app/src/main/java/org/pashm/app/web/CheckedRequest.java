package org.pashm.app.web;

/**
 * A request that checks itself beyond what its annotations say: a closed vocabulary (a kind of organisation), two
 * fields that go together (latitude and longitude), a rule between fields. {@link RequestReader} calls it after
 * binding and Bean Validation, and answers what it adds together with what they found; a service is left with the
 * checks that need stored data.
 *
 * <p>Members that could not be bound are null here and already reported: {@link FieldErrors#has} tells; check
 * them only when they are not.
 */
public interface CheckedRequest {

    /** Adds to {@code errors} every rule of this request that it breaks. */
    void check(FieldErrors errors);
}
