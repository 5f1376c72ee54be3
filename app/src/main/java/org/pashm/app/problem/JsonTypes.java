package org.pashm.app.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * What a JSON value of a Java type looks like, for the sentence of a {@code wrong-type} error ("quantity must be a
 * number"): one wording wherever a body is refused, whether by the request reader or by the last-resort mapper.
 */
public final class JsonTypes {

    private JsonTypes() {
    }

    /** "a string", "a whole number", "a date as YYYY-MM-DD", "an array", ...; "another type" when unknown. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time as in RFC 3339 (2026-04-02T08:30:00+08:00)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a JSON object";
    }
}
