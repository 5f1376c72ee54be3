package org.pashm.app.problem;

import java.util.List;
import org.pashm.app.problem.Problem.FieldError;

/**
 * The problems the API answers with. Each names what was wrong in {@code detail}; request-wide validation adds an
 * {@code errors} member listing every bad field with a JSON pointer (or a parameter) and the rule it broke.
 */
public final class Problems {

    private Problems() {
    }

    static String type(String name) {
        return "urn:pashm:problem:" + name;
    }

    public static ProblemException of(int status, String type, String title, String detail) {
        return new ProblemException(new Problem(type(type), title, status, detail, null, null));
    }

    public static ProblemException notFound(String type, String title, String detail) {
        return of(404, type, title, detail);
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return of(409, type, title, detail);
    }

    /** 400 (or another 4xx) with every bad field listed. */
    public static ProblemException invalid(int status, String type, String title, String detail,
                                           List<FieldError> errors) {
        return new ProblemException(new Problem(type(type), title, status, detail, null, List.copyOf(errors)));
    }

    public static ProblemException invalid(String type, String title, String detail, List<FieldError> errors) {
        return invalid(400, type, title, detail, errors);
    }

    /** 400 for one bad query or path parameter. */
    public static ProblemException badParameter(String name, Rule rule, String detail) {
        return invalid("invalid-parameter", "Invalid parameter '" + name + "'", detail,
                List.of(FieldError.parameter(name, rule, detail)));
    }

    /** 401: no bearer token, or one that is not valid. */
    public static ProblemException unauthenticated(String detail) {
        return of(401, "unauthenticated", "Unauthenticated", detail).withHeader("WWW-Authenticate", "Bearer");
    }

    /** 403: the caller's role does not allow this. */
    public static ProblemException forbidden() {
        return of(403, "forbidden", "Forbidden", "Your role does not allow this.");
    }

    /** 429: the client's rate limit is spent; it may retry in {@code seconds}. */
    public static ProblemException rateLimited(long writesPerMinute, long seconds) {
        return of(429, "rate-limited", "Too many requests", "At most " + writesPerMinute
                + " writes a minute per client; retry in " + seconds + " s.")
                .withHeader("Retry-After", Long.toString(seconds));
    }

    /** 413: a body read up to {@code max} bytes and found longer (sent without a Content-Length, chunked). */
    public static ProblemException payloadTooLarge(long max) {
        return of(413, "payload-too-large", "Payload too large", "The body is larger than the limit of " + max
                + " bytes.");
    }

    /** 413: the declared body is larger than the limit. */
    public static ProblemException payloadTooLarge(long length, long max) {
        return of(413, "payload-too-large", "Payload too large", "The body is " + length + " bytes; the limit is "
                + max + " bytes.");
    }
}
