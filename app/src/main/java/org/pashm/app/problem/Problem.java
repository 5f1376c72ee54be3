package org.pashm.app.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem ({@code urn:pashm:problem:unknown-standard})
 * @param errors every bad part of the request, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad part of a request.
     *
     * @param pointer   a JSON pointer into the body (RFC 6901), or null for a query or path parameter or header
     * @param parameter the query or path parameter or header, or null for the body
     * @param rule      the rule broken, a stable code such as {@code unknown-code}
     * @param detail    a sentence for the person who sent it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String parameter, String rule, String detail) {
        public static FieldError body(String pointer, String rule, String detail) {
            return new FieldError(pointer, null, rule, detail);
        }

        public static FieldError parameter(String name, String rule, String detail) {
            return new FieldError(null, name, rule, detail);
        }
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
