package org.pashm.core.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the evidence vocabulary: what an auditor can observe, the type of its value, its canonical
 * UCUM unit and plausible range (quantities and counts), its choices (choices), and which kinds of subject it
 * is observed on. Codes are dotted lower-case names owned by the module that defines them, for example
 * {@code housing.shelter.ammonia}.
 */
public record EvidenceCode(
        String code,
        ValueType type,
        String label,
        String description,
        String unit,
        Range plausible,
        List<String> choices,
        Set<SubjectKind> subjectKinds) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public EvidenceCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (!SYNTAX.matcher(code).matches()) {
            throw new IllegalArgumentException("evidence code '" + code
                    + "' must be dotted lower-case words, e.g. housing.shelter.ammonia");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        subjectKinds = Set.copyOf(subjectKinds);
        if (subjectKinds.isEmpty()) {
            throw new IllegalArgumentException("evidence code " + code + " takes no kind of subject");
        }
        switch (type) {
            case QUANTITY -> {
                Objects.requireNonNull(unit, "a quantity code needs a canonical unit: " + code);
                Objects.requireNonNull(plausible, "a quantity code needs a plausible range: " + code);
                Units.problemWith(unit).ifPresent(p -> {
                    throw new IllegalArgumentException("evidence code " + code + ": " + p);
                });
            }
            case COUNT -> Objects.requireNonNull(plausible, "a count code needs a plausible range: " + code);
            case CHOICE -> {
                if (choices.isEmpty()) {
                    throw new IllegalArgumentException("choice code " + code + " has no choices");
                }
            }
            default -> {
            }
        }
        if (type != ValueType.QUANTITY && unit != null) {
            throw new IllegalArgumentException("only quantity codes have a unit: " + code);
        }
    }

    /** A measured quantity in a canonical UCUM unit, plausible within {@code min..max} of that unit. */
    public static EvidenceCode quantity(String code, String label, String unit, String min, String max,
                                        String description, SubjectKind... kinds) {
        return new EvidenceCode(code, ValueType.QUANTITY, label, description, unit, Range.of(min, max), List.of(),
                Set.of(kinds));
    }

    /** A whole number of things, plausible within {@code min..max}. */
    public static EvidenceCode count(String code, String label, long min, long max, String description,
                                     SubjectKind... kinds) {
        return new EvidenceCode(code, ValueType.COUNT, label, description, null, Range.of(min, max), List.of(),
                Set.of(kinds));
    }

    /** A yes/no statement the auditor attests. */
    public static EvidenceCode attestation(String code, String label, String description, SubjectKind... kinds) {
        return new EvidenceCode(code, ValueType.ATTESTATION, label, description, null, null, List.of(), Set.of(kinds));
    }

    public static EvidenceCode date(String code, String label, String description, SubjectKind... kinds) {
        return new EvidenceCode(code, ValueType.DATE, label, description, null, null, List.of(), Set.of(kinds));
    }

    public static EvidenceCode choice(String code, String label, List<String> choices, String description,
                                      SubjectKind... kinds) {
        return new EvidenceCode(code, ValueType.CHOICE, label, description, null, null, choices, Set.of(kinds));
    }

    public boolean takes(SubjectKind kind) {
        return subjectKinds.contains(kind);
    }
}
