package org.pashm.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pashm.core.evidence.EvidenceProblem.Rule;

/**
 * All evidence codes the loaded modules define, and the gate every submission passes before evaluation:
 * {@link #validate} checks each observation against its code (type, unit, plausible range, subject kind) and
 * reports every problem at once, so a client can fix a whole form in one round trip.
 */
public final class Vocabulary {

    private final Map<String, EvidenceCode> codes;
    private final List<EvidenceCode> ordered;

    public Vocabulary(Collection<EvidenceCode> codes) {
        Map<String, EvidenceCode> sorted = new TreeMap<>();
        for (EvidenceCode c : codes) {
            if (sorted.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("evidence code " + c.code() + " is defined twice");
            }
        }
        this.codes = Map.copyOf(sorted);
        this.ordered = List.copyOf(sorted.values());
    }

    /** Every code, sorted by name. */
    public List<EvidenceCode> codes() {
        return ordered;
    }

    public Optional<EvidenceCode> code(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    public boolean defines(String code) {
        return codes.containsKey(code);
    }

    /** The outcome of validating a submission: the observations when it is valid, every problem otherwise. */
    public record Validation(List<Observation> observations, List<EvidenceProblem> problems) {
        public Validation {
            observations = List.copyOf(observations);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * Validates submitted observations: unknown code, missing or wrongly typed value, unknown or incompatible unit
     * (compatible units are converted to the canonical one), implausible value, unknown choice, a subject kind the
     * code does not take, and the same code observed twice on one subject. Nothing is evaluated here.
     */
    public Validation validate(List<RawObservation> submitted) {
        List<Observation> valid = new ArrayList<>(submitted.size());
        List<EvidenceProblem> problems = new ArrayList<>();
        Map<Seen, Integer> seen = new HashMap<>();
        for (int i = 0; i < submitted.size(); i++) {
            int before = problems.size();
            Observation observation = check(i, submitted.get(i), problems);
            if (observation != null && problems.size() == before) {
                Integer first = seen.putIfAbsent(new Seen(observation.code(), observation.subject()), i);
                if (first != null) {
                    problems.add(new EvidenceProblem(i, "code", Rule.DUPLICATE_OBSERVATION,
                            observation.code() + " is already observed on " + observation.subject()
                                    + " by observation " + first + "; submit one value per code and subject"));
                } else {
                    valid.add(observation);
                }
            }
        }
        return new Validation(problems.isEmpty() ? valid : List.of(), problems);
    }

    private record Seen(String code, Subject subject) {
    }

    private Observation check(int i, RawObservation raw, List<EvidenceProblem> problems) {
        if (raw.code() == null || raw.code().isBlank()) {
            problems.add(new EvidenceProblem(i, "code", Rule.UNKNOWN_CODE, "a code is required"));
            return null;
        }
        EvidenceCode code = codes.get(raw.code());
        if (code == null) {
            problems.add(new EvidenceProblem(i, "code", Rule.UNKNOWN_CODE,
                    "'" + raw.code() + "' is not in the vocabulary (GET /vocabulary lists the codes)"));
            return null;
        }
        Subject subject = subject(i, raw, code, problems);
        Value value = value(i, raw, code, problems);
        if (subject == null || value == null) {
            return null;
        }
        return new Observation(code.code(), subject, value, raw.observedOn(), raw.reference());
    }

    private static Subject subject(int i, RawObservation raw, EvidenceCode code, List<EvidenceProblem> problems) {
        SubjectKind kind;
        try {
            kind = raw.subjectKind() == null ? SubjectKind.SITE : SubjectKind.of(raw.subjectKind());
        } catch (IllegalArgumentException e) {
            problems.add(new EvidenceProblem(i, "subject/kind", Rule.INVALID_SUBJECT, e.getMessage()));
            return null;
        }
        if (!code.takes(kind)) {
            problems.add(new EvidenceProblem(i, "subject/kind", Rule.SUBJECT_KIND_NOT_TAKEN,
                    code.code() + " is observed on " + kinds(code) + ", not on " + kind));
            return null;
        }
        if (kind.equals(SubjectKind.SITE)) {
            return Subject.SITE;
        }
        String id = raw.subjectId();
        if (id == null || id.isBlank() || id.length() > 100 || Subject.NONE.equals(id)) {
            problems.add(new EvidenceProblem(i, "subject/id", Rule.INVALID_SUBJECT,
                    English.a(kind.words()) + " needs an id of 1 to 100 characters (e.g. shed-A)"));
            return null;
        }
        return new Subject(kind, id);
    }

    private static String kinds(EvidenceCode code) {
        return code.subjectKinds().stream().map(SubjectKind::name).sorted().collect(Collectors.joining(", "));
    }

    private static Value value(int i, RawObservation raw, EvidenceCode code, List<EvidenceProblem> problems) {
        Object v = raw.value();
        if (v == null) {
            problems.add(new EvidenceProblem(i, "value", Rule.MISSING_VALUE, code.code() + " needs a value"));
            return null;
        }
        if (raw.unit() != null && code.type() != ValueType.QUANTITY
                && !(code.type() == ValueType.COUNT && "1".equals(raw.unit()))) {
            problems.add(new EvidenceProblem(i, "unit", Rule.INCOMPATIBLE_UNIT,
                    code.code() + " is " + English.a(code.type().code()) + " and takes no unit"));
            return null;
        }
        return switch (code.type()) {
            case QUANTITY -> quantity(i, raw, code, problems);
            case COUNT -> count(i, v, code, problems);
            case ATTESTATION -> {
                if (v instanceof Boolean b) {
                    yield Value.Attestation.of(b);
                }
                yield wrongType(i, code, "true or false", problems);
            }
            case DATE -> {
                if (v instanceof String s) {
                    try {
                        yield new Value.Date(LocalDate.parse(s));
                    } catch (DateTimeParseException e) {
                        // falls through to the type error
                    }
                }
                yield wrongType(i, code, "a date as YYYY-MM-DD", problems);
            }
            case CHOICE -> {
                if (!(v instanceof String s)) {
                    yield wrongType(i, code, "one of " + code.choices(), problems);
                }
                if (!code.choices().contains(s)) {
                    problems.add(new EvidenceProblem(i, "value", Rule.UNKNOWN_CHOICE,
                            "'" + s + "' is not a choice of " + code.code() + "; expected one of " + code.choices()));
                    yield null;
                }
                yield new Value.Choice(s);
            }
        };
    }

    private static Value quantity(int i, RawObservation raw, EvidenceCode code, List<EvidenceProblem> problems) {
        if (!(raw.value() instanceof BigDecimal number)) {
            return wrongType(i, code, "a number with a unit", problems);
        }
        if (raw.unit() == null || raw.unit().isBlank()) {
            problems.add(new EvidenceProblem(i, "unit", Rule.MISSING_UNIT,
                    code.code() + " needs a UCUM unit, e.g. " + code.unit()));
            return null;
        }
        Optional<String> bad = Units.problemWith(raw.unit());
        if (bad.isPresent()) {
            problems.add(new EvidenceProblem(i, "unit", Rule.UNKNOWN_UNIT, bad.get()));
            return null;
        }
        BigDecimal canonical;
        try {
            canonical = Units.convert(number, raw.unit(), code.unit());
        } catch (Units.UnitException e) {
            problems.add(new EvidenceProblem(i, "unit", Rule.INCOMPATIBLE_UNIT,
                    "'" + raw.unit() + "' cannot be converted to " + code.unit() + ", the unit of " + code.code()));
            return null;
        }
        if (!code.plausible().contains(canonical)) {
            problems.add(new EvidenceProblem(i, "value", Rule.IMPLAUSIBLE_VALUE,
                    Numbers.plain(canonical) + " " + code.unit() + " is not a plausible " + code.label()
                            + " (plausible: " + code.plausible() + " " + code.unit() + ")"));
            return null;
        }
        return new Value.Quantity(canonical, code.unit());
    }

    private static Value count(int i, Object v, EvidenceCode code, List<EvidenceProblem> problems) {
        if (!(v instanceof BigDecimal number)) {
            return wrongType(i, code, "a whole number", problems);
        }
        long whole;
        try {
            whole = number.longValueExact();
        } catch (ArithmeticException e) {
            return wrongType(i, code, "a whole number", problems);
        }
        if (!code.plausible().contains(BigDecimal.valueOf(whole))) {
            problems.add(new EvidenceProblem(i, "value", Rule.IMPLAUSIBLE_VALUE,
                    whole + " is not a plausible " + code.label() + " (plausible: " + code.plausible() + ")"));
            return null;
        }
        return new Value.Count(whole);
    }

    private static Value wrongType(int i, EvidenceCode code, String expected, List<EvidenceProblem> problems) {
        problems.add(new EvidenceProblem(i, "value", Rule.WRONG_TYPE,
                code.code() + " is " + English.a(code.type().code()) + ": expected " + expected));
        return null;
    }

    /** The codes grouped by the module-chosen prefix (the first word): "housing", "nomadic", "transport"... */
    public Map<String, List<EvidenceCode>> byPrefix() {
        Map<String, List<EvidenceCode>> groups = new LinkedHashMap<>();
        for (EvidenceCode c : ordered) {
            groups.computeIfAbsent(c.code().substring(0, c.code().indexOf('.')), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }
}
