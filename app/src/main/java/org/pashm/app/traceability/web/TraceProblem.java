package org.pashm.app.traceability.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem of the traceability endpoints: the members of {@code org.pashm.app.problem.Problem}, errors
 * that may also name a line of an uploaded file and the clause of ISO 22786 a record breaks, and extension members
 * (the date a retention ends, a mass balance) written at the top level as RFC 9457 allows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TraceProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad part of a request or of an uploaded file.
     *
     * @param pointer a JSON pointer into the body, or null
     * @param line    the line of an uploaded file (1 is the first), or null
     * @param field   the field (a CSV column or an NDJSON member) of that line, or null
     * @param clause  the clause of ISO 22786 broken, or null
     * @param rule    a stable code of the rule broken
     * @param detail  a sentence for the person who sent it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String pointer, Integer line, String field, String clause, String rule, String detail) {
        public static Error body(String pointer, String rule, String detail) {
            return new Error(pointer, null, null, null, rule, detail);
        }

        public static Error clause(String pointer, String clause, String rule, String detail) {
            return new Error(pointer, null, null, clause, rule, detail);
        }

        public static Error line(int line, String field, String rule, String detail) {
            return new Error(null, line, field, null, rule, detail);
        }
    }

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private String instance;
    private final List<Error> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public TraceProblem(String type, String title, int status, String detail, List<Error> errors) {
        this.type = "urn:pashm:problem:" + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public TraceProblem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    void setInstance(String instance) {
        this.instance = instance;
    }

    public List<Error> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The exception that answers with this problem. */
    public TraceProblemException exception() {
        return new TraceProblemException(this);
    }

    public static TraceProblemException invalid(String type, String title, List<Error> errors) {
        String detail = errors.size() == 1 ? errors.get(0).detail() : errors.size() + " problems; see errors.";
        return new TraceProblem(type, title, 400, detail, errors).exception();
    }
}
