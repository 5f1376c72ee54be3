package org.pashm.core.record;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pashm.core.evidence.Range;

/**
 * A value a kind of record carries beside who did the work and when: a soil test's pH, the source of the water
 * that was checked. A client builds its form from these; the app refuses a record whose values do not fit.
 *
 * @param name        the member's name in the record's {@code results}, e.g. {@code organicMatter}
 * @param type        what kind of value it holds
 * @param range       for a number, the plausible values (inclusive); null for other types
 * @param unit        for a number, its unit in words, e.g. "mg/kg of dry soil"; null for other types
 * @param choices     for a choice, the values allowed; empty for other types
 * @param required    whether every record of the kind gives it
 * @param description what it is, for forms and for the messages that refuse a value
 */
public record RecordField(String name, Type type, Range range, String unit, List<String> choices, boolean required,
                          String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** The kinds of value a field holds. */
    public enum Type {
        /** A decimal number within the field's range. */
        NUMBER,
        /** One of the field's choices. */
        CHOICE,
        /** True or false. */
        YES_NO,
        /** Free text, at most 2000 characters. */
        TEXT;

        /** "number", "choice", "yes-no", "text". */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public RecordField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("record field '" + name + "' must be a camelCase name");
        }
        choices = List.copyOf(choices);
    }

    /** A required number between {@code min} and {@code max} (inclusive), in {@code unit}. */
    public static RecordField number(String name, String min, String max, String unit, String description) {
        return new RecordField(name, Type.NUMBER, Range.of(min, max), unit,
                List.of(), true, description);
    }

    /** A required choice among {@code choices}. */
    public static RecordField choice(String name, List<String> choices, String description) {
        return new RecordField(name, Type.CHOICE, null, null, choices, true, description);
    }

    /** A required yes or no. */
    public static RecordField yesNo(String name, String description) {
        return new RecordField(name, Type.YES_NO, null, null, List.of(), true, description);
    }

    /** A required text. */
    public static RecordField text(String name, String description) {
        return new RecordField(name, Type.TEXT, null, null, List.of(), true, description);
    }

    /** The same field, which a record may leave out. */
    public RecordField optional() {
        return new RecordField(name, type, range, unit, choices, false, description);
    }
}
