package org.pashm.app.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}) of every feature.
 * Members that are null are left out.
 *
 * @param type       a URI naming the kind of problem ({@code urn:pashm:problem:unknown-standard})
 * @param instance   the path that answered it
 * @param errors     every bad part of the request, for validation problems; otherwise null
 * @param extensions further members, written at the top level as RFC 9457 allows (the day a retention ends, a mass
 *                   balance); never null, and unmodifiable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        errors = errors == null ? null : List.copyOf(errors);
        extensions = extensions == null || extensions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /**
     * One bad part of a request, or of a line of an uploaded file. Members that are null are left out.
     *
     * @param pointer   a JSON pointer into the body (RFC 6901), or null
     * @param parameter the query or path parameter or the header, or null
     * @param line      the line of an uploaded file (1 is the first), or null
     * @param field     the field (a CSV column, an NDJSON member) of that line, or null
     * @param clause    the clause of the standard that sets the rule broken, or null
     * @param rule      the rule broken
     * @param detail    a sentence for the person who sent it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String parameter, Integer line, String field, String clause, Rule rule,
                             String detail) {

        public FieldError {
            Objects.requireNonNull(rule, "rule");
        }

        /** A bad member of the body. */
        public static FieldError body(String pointer, Rule rule, String detail) {
            return new FieldError(pointer, null, null, null, null, rule, detail);
        }

        /** A bad member of the body that breaks a rule of the standard's {@code clause}. */
        public static FieldError clause(String pointer, String clause, Rule rule, String detail) {
            return new FieldError(pointer, null, null, null, clause, rule, detail);
        }

        /** A bad query or path parameter, or header. */
        public static FieldError parameter(String name, Rule rule, String detail) {
            return new FieldError(null, name, null, null, null, rule, detail);
        }

        /** A bad line, or field of a line, of an uploaded file. */
        public static FieldError line(int line, String field, Rule rule, String detail) {
            return new FieldError(null, null, line, field, null, rule, detail);
        }
    }

    /** This problem answered at {@code path}. */
    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    /** This problem with the extension member {@code name} (replaced if it was there). */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    /** The extension members, for Jackson to write at the top level. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    /** The exception that answers with this problem. */
    public ProblemException exception() {
        return new ProblemException(this);
    }
}
