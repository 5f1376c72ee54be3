package org.pashm.app.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Standard;

/**
 * A JSON Schema (draft 2020-12) of an assessment submission, built from the vocabulary so that clients can validate
 * a submission before sending it and build their forms from it. Each code gets an if/then branch saying what its
 * value, unit and subject must be; {@code x-read-by} names the clauses of the standard that read it.
 *
 * <p>Unit conversion cannot be expressed in JSON Schema: a quantity in its canonical unit is checked against the
 * plausible range here, a quantity in another compatible unit only by the server.
 */
final class EvidenceSchema {

    private EvidenceSchema() {
    }

    static ObjectNode of(Standard standard, Registry registry, ObjectMapper json, int maxObservations) {
        Map<String, TreeSet<String>> readBy = new TreeMap<>();
        for (Clause c : registry.clauses(standard.ref())) {
            for (Rule r : c.rules()) {
                for (String code : r.reads()) {
                    readBy.computeIfAbsent(code, k -> new TreeSet<>()).add(c.number().toString());
                }
            }
        }
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "/standards/" + standard.ref().id() + "/" + standard.ref().edition() + "/evidence-schema");
        root.put("title", "Assessment submission: " + standard.ref());
        root.put("description", "The body of POST /assessments (or POST /sites/{id}/assessments, where site may be "
                + "left out) for " + standard.title() + ", edition " + standard.ref().edition() + ".");
        root.put("type", "object");
        root.putArray("required").add("assessedOn").add("assessor").add("observations");
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("site").put("type", "string").put("format", "uuid")
                .put("description", "the id of the site assessed");
        props.putObject("standard").put("const", standard.ref().id());
        props.putObject("edition").put("const", standard.ref().edition());
        props.putObject("assessedOn").put("type", "string").put("format", "date");
        props.putObject("assessor").put("type", "string").put("minLength", 1).put("maxLength", 200);
        props.putObject("description").put("type", "string").put("maxLength", 2000);
        ObjectNode observations = props.putObject("observations");
        observations.put("type", "array").put("minItems", 1).put("maxItems", maxObservations);
        observations.putObject("items").put("$ref", "#/$defs/observation");

        ObjectNode defs = root.putObject("$defs");
        ObjectNode observation = defs.putObject("observation");
        observation.put("type", "object");
        observation.putArray("required").add("code").add("value");
        observation.put("additionalProperties", false);
        ObjectNode op = observation.putObject("properties");
        ArrayNode codes = op.putObject("code").putArray("enum");
        op.putObject("subject").put("$ref", "#/$defs/subject");
        op.putObject("value");
        op.putObject("unit").put("type", "string").put("description", "a UCUM unit code");
        op.putObject("observedOn").put("type", "string").put("format", "date");
        op.putObject("reference").put("type", "string").put("maxLength", 500);
        ObjectNode subject = defs.putObject("subject");
        subject.put("type", "object").put("additionalProperties", false);
        subject.putArray("required").add("kind");
        ObjectNode sp = subject.putObject("properties");
        sp.putObject("kind").put("type", "string");
        sp.putObject("id").put("type", "string").put("minLength", 1).put("maxLength", 100);

        ArrayNode branches = observation.putArray("allOf");
        for (EvidenceCode c : registry.vocabulary().codes()) {
            codes.add(c.code());
            ObjectNode branch = branches.addObject();
            branch.putObject("if").putObject("properties").putObject("code").put("const", c.code());
            ObjectNode then = branch.putObject("then");
            then.put("description", c.label() + ". " + c.description());
            List<String> clauses = readBy.containsKey(c.code()) ? List.copyOf(readBy.get(c.code())) : List.of();
            ArrayNode readers = then.putArray("x-read-by");
            clauses.forEach(readers::add);
            ObjectNode tp = then.putObject("properties");
            valueSchema(c, tp.putObject("value"), then);
            subjectSchema(c, tp, then);
        }
        return root;
    }

    private static void valueSchema(EvidenceCode c, ObjectNode value, ObjectNode then) {
        switch (c.type()) {
            case QUANTITY -> {
                value.put("type", "number");
                then.putArray("required").add("unit");
                then.put("x-canonical-unit", c.unit());
                // Within the plausible range when given in the canonical unit.
                ObjectNode canonical = then.putArray("allOf").addObject();
                canonical.putObject("if").putObject("properties").putObject("unit").put("const", c.unit());
                canonical.putObject("then").putObject("properties").putObject("value")
                        .put("minimum", c.plausible().min()).put("maximum", c.plausible().max());
            }
            case COUNT -> {
                value.put("type", "integer").put("minimum", c.plausible().min()).put("maximum", c.plausible().max());
                ((ObjectNode) then.get("properties")).putObject("unit").put("const", "1");
            }
            case ATTESTATION -> value.put("type", "boolean");
            case DATE -> value.put("type", "string").put("format", "date");
            case CHOICE -> {
                ArrayNode choices = value.putArray("enum");
                c.choices().forEach(choices::add);
            }
        }
        if (c.type() != org.pashm.core.evidence.ValueType.QUANTITY && c.type() != org.pashm.core.evidence.ValueType.COUNT) {
            then.putObject("not").putArray("required").add("unit");
        }
    }

    private static void subjectSchema(EvidenceCode c, ObjectNode properties, ObjectNode then) {
        TreeSet<String> kinds = new TreeSet<>();
        c.subjectKinds().forEach(k -> kinds.add(k.name()));
        boolean siteOnly = kinds.size() == 1 && kinds.contains(SubjectKind.SITE.name());
        ObjectNode s = properties.putObject("subject");
        ArrayNode allowed = s.putObject("properties").putObject("kind").putArray("enum");
        kinds.forEach(allowed::add);
        if (!kinds.contains(SubjectKind.SITE.name())) {
            // Observed on something other than the site: the subject with its id is required.
            ArrayNode required = then.has("required") ? (ArrayNode) then.get("required") : then.putArray("required");
            required.add("subject");
            s.putArray("required").add("kind").add("id");
        } else if (siteOnly) {
            s.put("description", "may be left out: the site");
        }
    }
}
