package org.pashm.app.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Tally;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;
import org.pashm.core.text.Phrase;
import org.pashm.core.text.Sentence;

/**
 * A report as it is stored: the findings and summaries as data (clause, rule, subject, outcome, facts with their
 * units, and what each says as a message key with named arguments), no sentence and no title in any language. Written
 * and read with Jackson's streaming API, because it is the one document every submission writes.
 *
 * <p>The form, version 2 of the report column ({@code report_format}):
 * <pre>
 * {"standard":"iso-22786","edition":"DIS-2025","system":"housing","assessedOn":"2026-04-02",
 *  "overall":["nonconformant",false,MESSAGE],"decisionRule":MESSAGE,"total":TALLY,
 *  "clauses":[["5.3.3","requirement",TALLY],...],"sections":[["5",TALLY],...],"freedoms":[["discomfort",TALLY],...],
 *  "notApplicable":[["6",MESSAGE],...],"conflicts":[["5.90","5.91",MESSAGE],...],"modules":{"name":"version"},
 *  "findings":[["5.3.3","ammonia","shelter","shed-B","requirement","nonconformity",[FACT...],MESSAGE],...]}
 * TALLY   = [conforms, nonconformities, observations, notAssessed, notApplicable, "outcome"]
 * FACT    = ["code", VALUE] or ["name", VALUE, MESSAGE] for a derived figure
 * MESSAGE = {"k":"rule/limit/not-met","a":{"label":ARG,...}}   (no "a" without arguments)
 * VALUE   = 12 (a count) | {"q":"24","u":"mg/m3"} | {"d":"2026-04-02"} | {"y":true} | {"c":"cotton"}
 * ARG     = "text" | 12 (a Long) | {"n":"1.45"} | {"q":"24","u":"mg/m3"} | {"d":"2026-04-02"} (a LocalDate)
 *         | {"cn":12} | {"vd":"2026-04-02"} (a count, a date observed) | {"md":"--03-01"} | {"p":"P6M"} | {"y":true}
 *         | {"c":"cotton"} | {"ph":MESSAGE} | MESSAGE | [ARG,...]
 * </pre>
 */
final class ReportData {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportData() {
    }

    static String write(Report r) {
        StringWriter out = new StringWriter(16 * 1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("standard", r.standard().id());
            g.writeStringField("edition", r.standard().edition());
            g.writeStringField("system", r.system().code());
            g.writeStringField("assessedOn", r.assessedOn().toString());
            g.writeFieldName("overall");
            g.writeStartArray();
            g.writeString(r.overall().code());
            g.writeBoolean(r.overall().conformant());
            message(g, r.overall().explanation());
            g.writeEndArray();
            g.writeFieldName("decisionRule");
            message(g, r.decisionRule());
            g.writeFieldName("total");
            tally(g, r.total());
            g.writeArrayFieldStart("clauses");
            for (Report.ClauseSummary c : r.clauses()) {
                g.writeStartArray();
                g.writeString(c.number().toString());
                g.writeString(code(c.strength()));
                tally(g, c.tally());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (Report.SectionSummary s : r.sections()) {
                g.writeStartArray();
                g.writeString(s.number().toString());
                tally(g, s.tally());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("freedoms");
            for (Report.FreedomSummary f : r.freedoms()) {
                g.writeStartArray();
                g.writeString(f.freedom().code());
                tally(g, f.tally());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notApplicable");
            for (Report.SectionNote n : r.notApplicable()) {
                g.writeStartArray();
                g.writeString(n.number().toString());
                message(g, n.reason());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("conflicts");
            for (Report.ConflictNote c : r.conflicts()) {
                g.writeStartArray();
                g.writeString(c.clause().toString());
                g.writeString(c.other().toString());
                message(g, c.explanation());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("modules");
            for (Map.Entry<String, String> m : new TreeMap<>(r.modules()).entrySet()) {
                g.writeStringField(m.getKey(), m.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartArray();
                g.writeString(f.clause().toString());
                g.writeString(f.rule());
                g.writeString(f.subject().kind().name());
                g.writeString(f.subject().id());
                g.writeString(code(f.strength()));
                g.writeString(f.outcome().code());
                g.writeStartArray();
                for (Fact fact : f.facts()) {
                    g.writeStartArray();
                    g.writeString(fact.name());
                    value(g, fact.value());
                    if (fact.label() != null) {
                        message(g, fact.label());
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                message(g, f.says());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String code(Strength s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void tally(JsonGenerator g, Tally t) throws IOException {
        g.writeStartArray();
        g.writeNumber(t.conforms());
        g.writeNumber(t.nonconformities());
        g.writeNumber(t.observations());
        g.writeNumber(t.notAssessed());
        g.writeNumber(t.notApplicable());
        g.writeString(t.outcome().code());
        g.writeEndArray();
    }

    private static void message(JsonGenerator g, Message m) throws IOException {
        g.writeStartObject();
        g.writeStringField("k", m.key());
        if (!m.args().isEmpty()) {
            g.writeObjectFieldStart("a");
            List<String> params = m.sentence().params();
            for (int i = 0; i < params.size(); i++) {
                g.writeFieldName(params.get(i));
                arg(g, m.args().get(i));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void arg(JsonGenerator g, Object a) throws IOException {
        if (a instanceof String s) {
            g.writeString(s);
        } else if (a instanceof Long n) {
            g.writeNumber(n);
        } else if (a instanceof Integer n) {
            g.writeNumber(n);
        } else if (a instanceof Message m) {
            message(g, m);
        } else if (a instanceof Phrase p) {
            g.writeStartObject();
            g.writeFieldName("ph");
            message(g, p.text());
            g.writeEndObject();
        } else if (a instanceof BigDecimal d) {
            g.writeStartObject();
            g.writeStringField("n", d.toPlainString());
            g.writeEndObject();
        } else if (a instanceof Value.Count c) {
            // Tagged, unlike a fact's count, so that it reads back as the value it was, not as a Long.
            g.writeStartObject();
            g.writeNumberField("cn", c.value());
            g.writeEndObject();
        } else if (a instanceof Value.Date d) {
            g.writeStartObject();
            g.writeStringField("vd", d.value().toString());
            g.writeEndObject();
        } else if (a instanceof Value v) {
            value(g, v);
        } else if (a instanceof LocalDate d) {
            g.writeStartObject();
            g.writeStringField("d", d.toString());
            g.writeEndObject();
        } else if (a instanceof MonthDay md) {
            g.writeStartObject();
            g.writeStringField("md", md.toString());
            g.writeEndObject();
        } else if (a instanceof Period p) {
            g.writeStartObject();
            g.writeStringField("p", p.toString());
            g.writeEndObject();
        } else if (a instanceof List<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                arg(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("a message argument cannot be stored: " + a.getClass().getName());
        }
    }

    private static void value(JsonGenerator g, Value v) throws IOException {
        if (v instanceof Value.Count c) {
            g.writeNumber(c.value());
            return;
        }
        g.writeStartObject();
        if (v instanceof Value.Quantity q) {
            g.writeStringField("q", q.value().toPlainString());
            g.writeStringField("u", q.unit());
        } else if (v instanceof Value.Date d) {
            g.writeStringField("d", d.value().toString());
        } else if (v instanceof Value.Attestation y) {
            g.writeBooleanField("y", y.value());
        } else if (v instanceof Value.Choice c) {
            g.writeStringField("c", c.value());
        }
        g.writeEndObject();
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    static Report read(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String standard = null;
            String edition = null;
            ProductionSystem system = null;
            LocalDate assessedOn = null;
            OverallResult overall = null;
            Message decisionRule = null;
            Tally total = null;
            List<Report.ClauseSummary> clauses = new ArrayList<>();
            List<Report.SectionSummary> sections = new ArrayList<>();
            List<Report.FreedomSummary> freedoms = new ArrayList<>();
            List<Report.SectionNote> notApplicable = new ArrayList<>();
            List<Report.ConflictNote> conflicts = new ArrayList<>();
            Map<String, String> modules = new LinkedHashMap<>();
            List<Finding> findings = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "standard" -> standard = p.getText();
                    case "edition" -> edition = p.getText();
                    case "system" -> system = ProductionSystem.fromCode(p.getText());
                    case "assessedOn" -> assessedOn = LocalDate.parse(p.getText());
                    case "overall" -> {
                        String code = next(p).getText();
                        boolean conformant = next(p).currentToken() == JsonToken.VALUE_TRUE;
                        p.nextToken();
                        overall = new OverallResult(code, conformant, message(p));
                        p.nextToken();
                    }
                    case "decisionRule" -> decisionRule = message(p);
                    case "total" -> total = tally(p);
                    case "clauses" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            ClauseNumber n = ClauseNumber.of(next(p).getText());
                            Strength s = Strength.valueOf(next(p).getText().toUpperCase(java.util.Locale.ROOT));
                            p.nextToken();
                            clauses.add(new Report.ClauseSummary(n, null, s, tally(p)));
                            p.nextToken();
                        }
                    }
                    case "sections" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            ClauseNumber n = ClauseNumber.of(next(p).getText());
                            p.nextToken();
                            sections.add(new Report.SectionSummary(n, null, tally(p)));
                            p.nextToken();
                        }
                    }
                    case "freedoms" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            Freedom f = Freedom.fromCode(next(p).getText());
                            p.nextToken();
                            freedoms.add(new Report.FreedomSummary(f, tally(p)));
                            p.nextToken();
                        }
                    }
                    case "notApplicable" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            ClauseNumber n = ClauseNumber.of(next(p).getText());
                            p.nextToken();
                            notApplicable.add(new Report.SectionNote(n, null, message(p)));
                            p.nextToken();
                        }
                    }
                    case "conflicts" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            ClauseNumber a = ClauseNumber.of(next(p).getText());
                            ClauseNumber b = ClauseNumber.of(next(p).getText());
                            p.nextToken();
                            conflicts.add(new Report.ConflictNote(a, b, message(p)));
                            p.nextToken();
                        }
                    }
                    case "modules" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            modules.put(name, next(p).getText());
                        }
                    }
                    case "findings" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            findings.add(finding(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new Report(StandardRef.of(standard, edition), system, assessedOn, findings, clauses, sections,
                    notApplicable, conflicts, freedoms, total, overall, decisionRule, modules);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report cannot be read", e);
        }
    }

    private static Finding finding(JsonParser p) throws IOException {
        ClauseNumber clause = ClauseNumber.of(next(p).getText());
        String rule = next(p).getText();
        SubjectKind kind = SubjectKind.of(next(p).getText());
        String id = next(p).getText();
        Strength strength = Strength.valueOf(next(p).getText().toUpperCase(java.util.Locale.ROOT));
        Outcome outcome = Outcome.fromCode(next(p).getText());
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<Fact> facts = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String name = next(p).getText();
            p.nextToken();
            Value v = value(p);
            Message label = null;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                label = message(p);
                p.nextToken();
            }
            facts.add(new Fact(name, v, label));
        }
        p.nextToken();
        Message says = message(p);
        expect(p.nextToken(), JsonToken.END_ARRAY);
        Subject subject = kind.equals(SubjectKind.SITE) ? Subject.SITE : new Subject(kind, id);
        return new Finding(clause, rule, subject, strength, outcome, facts, says);
    }

    private static Tally tally(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        int conforms = next(p).getIntValue();
        int non = next(p).getIntValue();
        int obs = next(p).getIntValue();
        int na = next(p).getIntValue();
        int napp = next(p).getIntValue();
        Outcome o = Outcome.fromCode(next(p).getText());
        expect(p.nextToken(), JsonToken.END_ARRAY);
        return new Tally(conforms, non, obs, na, napp, o);
    }

    /** A message whose START_OBJECT is the current token; leaves its END_OBJECT current. */
    private static Message message(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        p.nextToken();
        return messageFields(p);
    }

    private static Object arg(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(arg(p));
            }
            return items;
        }
        expect(t, JsonToken.START_OBJECT);
        expect(p.nextToken(), JsonToken.FIELD_NAME);
        String tag = p.currentName();
        switch (tag) {
            case "k" -> {
                // A nested message: read it from its first field on.
                return messageFields(p);
            }
            case "ph" -> {
                p.nextToken();
                Message m = message(p);
                p.nextToken();
                return new Phrase(m);
            }
            case "n" -> {
                BigDecimal d = new BigDecimal(next(p).getText());
                p.nextToken();
                return d;
            }
            case "d" -> {
                LocalDate d = LocalDate.parse(next(p).getText());
                p.nextToken();
                return d;
            }
            case "md" -> {
                MonthDay md = MonthDay.parse(next(p).getText());
                p.nextToken();
                return md;
            }
            case "p" -> {
                Period period = Period.parse(next(p).getText());
                p.nextToken();
                return period;
            }
            case "cn" -> {
                Value.Count count = new Value.Count(next(p).getLongValue());
                p.nextToken();
                return count;
            }
            case "vd" -> {
                Value.Date date = new Value.Date(LocalDate.parse(next(p).getText()));
                p.nextToken();
                return date;
            }
            default -> {
                return valueFrom(p, tag);
            }
        }
    }

    /**
     * A message's fields, from the current token (its first field name, or the END_OBJECT of an empty one) to its
     * END_OBJECT, which is left current: "k", the key, and "a", the arguments by name.
     */
    private static Message messageFields(JsonParser p) throws IOException {
        String key = null;
        List<String> params = List.of();
        List<Object> args = List.of();
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("k")) {
                key = p.getText();
            } else if (field.equals("a")) {
                params = new ArrayList<>(4);
                args = new ArrayList<>(4);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    params.add(p.currentName());
                    p.nextToken();
                    args.add(arg(p));
                }
            } else {
                p.skipChildren();
            }
        }
        // The English template is the English bundle's, found by key when the message is said.
        return new Message(new Sentence(key, "", params), args);
    }

    private static Value value(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return new Value.Count(p.getLongValue());
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        expect(p.nextToken(), JsonToken.FIELD_NAME);
        return valueFrom(p, p.currentName());
    }

    /** A value object whose first field name ({@code tag}) is the current token; leaves its END_OBJECT current. */
    private static Value valueFrom(JsonParser p, String tag) throws IOException {
        Value v;
        switch (tag) {
            case "q" -> {
                BigDecimal q = new BigDecimal(next(p).getText());
                next(p);
                v = new Value.Quantity(q, next(p).getText());
            }
            case "d" -> v = new Value.Date(LocalDate.parse(next(p).getText()));
            case "y" -> v = Value.Attestation.of(next(p).currentToken() == JsonToken.VALUE_TRUE);
            case "c" -> v = new Value.Choice(next(p).getText());
            default -> throw new IOException("unknown value '" + tag + "' in a stored report");
        }
        expect(p.nextToken(), JsonToken.END_OBJECT);
        return v;
    }

    /** The parser, moved to its next token. */
    private static JsonParser next(JsonParser p) throws IOException {
        p.nextToken();
        return p;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("a stored report has " + actual + " where " + expected + " belongs");
        }
    }
}
