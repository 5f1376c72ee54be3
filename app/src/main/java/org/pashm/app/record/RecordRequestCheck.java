package org.pashm.app.record;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pashm.core.evidence.English;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.RequestCheck;
import org.pashm.core.record.Participants;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;

/**
 * Checks a record against its kind, as the module that declares the kind says: a known kind, the duty named when
 * the kind fulfils whichever it names, each result a field of the kind with a value of its type and range, and the
 * participants' roles. Answered with the request's own problems, before any stored data is read.
 */
@ApplicationScoped
@Unremovable
public class RecordRequestCheck implements RequestCheck<RecordRequest> {

    /** As long as a record's notes. */
    static final int TEXT_MAX = 2000;

    @Inject
    RecordKinds kinds;

    @Override
    public Class<RecordRequest> type() {
        return RecordRequest.class;
    }

    @Override
    public void check(RecordRequest request, FieldErrors errors) {
        String type = request.type();
        if (type == null || errors.has("/type")) {
            return;
        }
        RecordKind kind = kinds.kind(type).orElse(null);
        if (kind == null) {
            errors.add("/type", Rule.UNKNOWN_RECORD_TYPE, "'" + type + "' is not a type of record; expected one of "
                    + kinds.postable() + (type.equals(RecordKinds.VOID)
                    ? " (void a record with POST .../records/{id}/void)" : "") + "; GET /record-kinds describes them");
            return;
        }
        if (kind.namesItsDuty() && request.duty() == null && !errors.has("/duty")) {
            errors.add("/duty", Rule.REQUIRED, "duty is required: an '" + type + "' record names the duty it fulfils");
        }
        results(kind, request.results(), errors);
        participants(kind, request.participants(), errors);
    }

    private static void results(RecordKind kind, Map<String, Object> results, FieldErrors errors) {
        if (errors.has("/results")) {
            return;
        }
        List<RecordField> fields = kind.fields();
        if (fields.isEmpty()) {
            if (results != null) {
                errors.add("/results", Rule.NOT_APPLICABLE, English.a(kind.code()) + " record carries no results");
            }
            return;
        }
        if (results == null) {
            if (fields.stream().anyMatch(RecordField::required)) {
                errors.add("/results", Rule.REQUIRED, English.a(kind.code()) + " record (" + clauses(kind)
                        + ") gives its results: " + String.join(", ", fields.stream().map(RecordField::name).toList()));
            }
            return;
        }
        for (RecordField f : fields) {
            String pointer = "/results/" + f.name();
            Object value = results.get(f.name());
            if (errors.has(pointer)) {
                continue;
            }
            if (value == null) {
                if (f.required()) {
                    errors.add(pointer, Rule.REQUIRED, clauses(kind) + ": a " + kind.code() + " record gives "
                            + f.name() + " (" + f.description() + "); it is missing");
                }
                continue;
            }
            value(f, value, pointer, errors);
        }
        results.keySet().stream().filter(k -> kind.field(k).isEmpty()).sorted().forEach(k ->
                errors.add("/results/" + k, Rule.UNKNOWN_FIELD, "'" + k + "' is not a field here; expected "
                        + fields.stream().map(RecordField::name).toList()));
    }

    private static void value(RecordField f, Object value, String pointer, FieldErrors errors) {
        switch (f.type()) {
            case NUMBER -> {
                BigDecimal number = number(value);
                if (number == null) {
                    errors.add(pointer, Rule.WRONG_TYPE, f.name() + " must be a number (" + f.unit() + ")");
                } else if (!f.range().contains(number)) {
                    errors.add(pointer, Rule.OUT_OF_RANGE, f.name() + " must be between " + f.range().min() + " and "
                            + f.range().max() + " (" + f.unit() + ")");
                }
            }
            case CHOICE -> {
                if (!(value instanceof String s)) {
                    errors.add(pointer, Rule.WRONG_TYPE, f.name() + " must be one of " + f.choices());
                } else if (!f.choices().contains(s)) {
                    errors.add(pointer, Rule.UNKNOWN_CHOICE, "'" + s + "' is not a choice of " + f.name()
                            + "; expected one of " + f.choices());
                }
            }
            case YES_NO -> {
                if (!(value instanceof Boolean)) {
                    errors.add(pointer, Rule.WRONG_TYPE, f.name() + " must be true or false");
                }
            }
            case TEXT -> {
                if (!(value instanceof String s)) {
                    errors.add(pointer, Rule.WRONG_TYPE, f.name() + " must be a string");
                } else if (s.length() > TEXT_MAX) {
                    errors.add(pointer, Rule.TOO_LONG, f.name() + " is longer than " + TEXT_MAX + " characters");
                }
            }
        }
    }

    /** A JSON number as bound into an untyped map, exactly (a double through its shortest decimal form). */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
    }

    private static void participants(RecordKind kind, List<RecordRequest.Participant> participants,
                                     FieldErrors errors) {
        if (errors.has("/participants")) {
            return;
        }
        Participants who = kind.participants();
        if (who == null) {
            if (participants != null) {
                errors.add("/participants", Rule.NOT_APPLICABLE, English.a(kind.code()) + " record names no participants");
            }
            return;
        }
        if (participants == null || participants.isEmpty()) {
            errors.add("/participants", Rule.REQUIRED, "name who took part in the " + kind.title().toLowerCase(
                    java.util.Locale.ROOT) + " (" + who.clause() + ": " + String.join(" and ", who.expected()) + ")");
            return;
        }
        for (int i = 0; i < participants.size(); i++) {
            String role = participants.get(i) == null ? null : participants.get(i).role();
            if (role != null && !who.roles().contains(role) && !errors.has("/participants/" + i + "/role")) {
                errors.add("/participants/" + i + "/role", Rule.UNKNOWN_ROLE, "'" + role + "' is not a role; "
                        + "expected one of " + who.roles());
            }
        }
    }

    private static String clauses(RecordKind kind) {
        return String.join(", ", kind.clauses().stream().map(Object::toString).toList());
    }
}
