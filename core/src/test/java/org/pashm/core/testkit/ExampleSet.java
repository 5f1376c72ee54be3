package org.pashm.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pashm.core.evidence.RawObservation;

/**
 * An example evidence set as modules ship it: the JSON body of {@code POST /assessments} without the site, under
 * {@code META-INF/pashm/examples/}. Test-only: modules read it with Jackson in their tests, never in main code.
 */
public record ExampleSet(String name, LocalDate assessedOn, List<RawObservation> observations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code META-INF/pashm/examples/<name>.json} through the given class's loader. */
    public static ExampleSet load(Class<?> anchor, String name) {
        String path = "META-INF/pashm/examples/" + name + ".json";
        ClassLoader loader = anchor.getClassLoader() != null ? anchor.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is not on the class path of " + anchor.getName());
            }
            return parse(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExampleSet parse(String name, JsonNode root) {
        List<RawObservation> raw = new ArrayList<>();
        for (JsonNode o : root.path("observations")) {
            JsonNode subject = o.path("subject");
            raw.add(new RawObservation(
                    text(o, "code"),
                    subject.isMissingNode() ? null : text(subject, "kind"),
                    subject.isMissingNode() ? null : text(subject, "id"),
                    scalar(o.get("value")),
                    text(o, "unit"),
                    o.hasNonNull("observedOn") ? LocalDate.parse(o.get("observedOn").asText()) : null,
                    text(o, "reference")));
        }
        return new ExampleSet(name, LocalDate.parse(root.path("assessedOn").asText()), raw);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Object scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.toString();
    }

    /** A copy with one observation's value replaced, for tests that push an example over a limit. */
    public ExampleSet with(String code, String subjectId, Object value) {
        List<RawObservation> changed = new ArrayList<>();
        boolean found = false;
        for (RawObservation o : observations) {
            if (o.code().equals(code) && (subjectId == null || subjectId.equals(o.subjectId()))) {
                changed.add(new RawObservation(o.code(), o.subjectKind(), o.subjectId(),
                        value instanceof String s && isNumber(s) ? new BigDecimal(s) : value, o.unit(),
                        o.observedOn(), o.reference()));
                found = true;
            } else {
                changed.add(o);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(name + " has no observation of " + code + " on " + subjectId);
        }
        return new ExampleSet(name, assessedOn, changed);
    }

    /** A copy without the observations of {@code code}. */
    public ExampleSet without(String code) {
        return new ExampleSet(name, assessedOn, observations.stream().filter(o -> !o.code().equals(code)).toList());
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
