package org.pashm.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;

/**
 * Collects every bad part of a request, so that it is answered once with all of them (RFC 9457's {@code errors}
 * member) rather than one per round trip. The request's shape is checked when it is bound ({@link RequestReader});
 * a service adds what only the stored data can tell (an unknown bag, a subject retired before the work) and then
 * calls {@link #throwIfAny}.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors() {
    }

    public FieldErrors(Collection<FieldError> first) {
        errors.addAll(first);
    }

    public FieldErrors add(FieldError error) {
        errors.add(error);
        return this;
    }

    /** A bad member of the body, at a JSON pointer. */
    public FieldErrors add(String pointer, Rule rule, String detail) {
        return add(FieldError.body(pointer, rule, detail));
    }

    public FieldErrors addAll(Collection<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Whether a problem was already found at or below {@code pointer} (then later checks of it are moot). */
    public boolean has(String pointer) {
        return errors.stream().anyMatch(e -> e.pointer() != null
                && (e.pointer().equals(pointer) || e.pointer().startsWith(pointer + "/")));
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Answers 400 with problem {@code type} when anything was found; does nothing otherwise. */
    public void throwIfAny(String type, String title) {
        throwIfAny(400, type, title);
    }

    public void throwIfAny(int status, String type, String title) {
        if (!errors.isEmpty()) {
            throw Problems.invalid(status, type, title, summary(errors), errors);
        }
    }

    /** The problem's {@code detail}: the one error's sentence, or how many there are. */
    public static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are invalid; see errors.";
    }

    /**
     * For the few bodies still read member by member (an assessment, for speed; a line of an NDJSON file): every
     * member of {@code node} that is not one of {@code known} is a problem, so that nothing sent is silently ignored.
     */
    public static void unknownFields(JsonNode node, String at, List<String> known, List<FieldError> errors) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(FieldError.body(at + "/" + name, Rule.UNKNOWN_FIELD, "'" + name + "' is not a field here; expected "
                        + known));
            }
        }
    }

    public static void unknownFields(JsonNode node, List<String> known, List<FieldError> errors) {
        unknownFields(node, "", known, errors);
    }
}
