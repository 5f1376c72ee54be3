package org.pashm.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Rule;

/**
 * Reads loosely typed request fields while collecting every problem, so a request with several mistakes gets them
 * all in one answer instead of one per round trip.
 */
public final class Json {

    private Json() {
    }

    /** A required or optional text field; null when absent. Records a problem when too long or of another type. */
    public static String text(JsonNode node, String pointer, boolean required, int maxLength, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (required) {
                errors.add(FieldError.body(pointer, Rule.REQUIRED, pointer.substring(1) + " is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, pointer.substring(1) + " must be a string"));
            return null;
        }
        String s = node.textValue().strip();
        if (required && s.isEmpty()) {
            errors.add(FieldError.body(pointer, Rule.REQUIRED, pointer.substring(1) + " must not be blank"));
            return null;
        }
        if (s.length() > maxLength) {
            errors.add(FieldError.body(pointer, Rule.TOO_LONG, pointer.substring(1) + " must be at most " + maxLength
                    + " characters"));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    public static LocalDate date(JsonNode node, String pointer, boolean required, List<FieldError> errors) {
        String s = text(node, pointer, required, 10, errors);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, "'" + s + "' is not a date as YYYY-MM-DD"));
            return null;
        }
    }

    public static UUID uuid(JsonNode node, String pointer, boolean required, List<FieldError> errors) {
        String s = text(node, pointer, required, 36, errors);
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, "'" + s + "' is not a UUID"));
            return null;
        }
    }
}
