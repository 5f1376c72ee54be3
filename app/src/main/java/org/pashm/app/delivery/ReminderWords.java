package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.text.Keys;
import org.pashm.core.text.Sentence;
import org.pashm.text.Renderer;

/**
 * A reminder in its subscriber's language: the e-mail's subject and text, and the webhook payload with the duty's
 * title in that language. The payload is stored once per reminder, in data and the English title; the words are
 * put together when it is sent, from the app's bundle ({@code org.pashm.app}) and the modules' duty titles.
 */
final class ReminderWords {

    private ReminderWords() {
    }

    private static final Sentence OVERDUE = Sentence.of("reminder/stage/overdue", "", "duty", "subject", "site");
    private static final Sentence DUE_NOW = Sentence.of("reminder/stage/due-now", "", "duty", "subject", "site");
    private static final Sentence FROM = Sentence.of("reminder/stage/upcoming-from", "", "opensOn", "duty", "subject",
            "site");
    private static final Sentence BY = Sentence.of("reminder/stage/upcoming-by", "", "dueOn", "duty", "subject", "site");
    private static final Sentence SUBJECT = Sentence.of("reminder/subject", "", "kind", "id");
    private static final Sentence SUBJECT_NAMED = Sentence.of("reminder/subject-named", "", "kind", "id", "name");
    private static final Sentence WHAT = Sentence.of("reminder/line/what", "", "duty", "subject", "site");
    private static final Sentence STANDARD = Sentence.of("reminder/line/standard", "", "standard", "edition",
            "clauses", "rule");
    private static final Sentence LAST_DONE = Sentence.of("reminder/line/last-done", "", "lastDone");
    private static final Sentence NEVER_DONE = Sentence.text("reminder/line/never-done", "");
    private static final Sentence EVENT = Sentence.of("reminder/line/event", "", "event");
    private static final Sentence OPENS = Sentence.of("reminder/line/opens", "", "opensOn");
    private static final Sentence DUE = Sentence.of("reminder/line/due", "", "dueOn", "status", "asOf");
    private static final Sentence RECORD = Sentence.of("reminder/line/record", "", "site");

    /** The renderer of the subscriber's language (English for a language no longer spoken). */
    static Renderer renderer(org.pashm.text.Languages languages, Message m) {
        Renderer r = m.language() == null ? null : languages.exactly(m.language());
        return (r == null ? languages.english() : r).begin();
    }

    /** The duty's title in {@code say}'s language (the payload's English title when no bundle has it). */
    static String title(JsonNode p, Renderer say) {
        JsonNode d = p.path("duty");
        StandardRef ref = StandardRef.of(d.path("standard").asText(), d.path("edition").asText());
        return say.text(Keys.dutyTitle(ref, d.path("id").asText()), d.path("title").asText());
    }

    /** "Overdue: Hoof repairing, housing bucks - goat group bucks-1 at Ulaan farm". */
    static String subject(JsonNode p, Renderer say) {
        String title = title(p, say);
        String subject = subjectWords(p.path("subject"), say);
        String site = p.path("site").path("name").asText();
        return switch (p.path("stage").asText()) {
            case "overdue" -> say.say(OVERDUE.with(title, subject, site));
            case "due-now" -> say.say(DUE_NOW.with(title, subject, site));
            default -> p.path("opensOn").isTextual() && p.path("duty").path("rule").asText().startsWith("every year from")
                    ? say.say(FROM.with(p.path("opensOn").asText(), title, subject, site))
                    : say.say(BY.with(p.path("dueOn").asText(), title, subject, site));
        };
    }

    private static String subjectWords(JsonNode s, Renderer say) {
        if (s.path("kind").asText().equals("site")) {
            return "";
        }
        SubjectKind kind = SubjectKind.of(s.path("kind").asText());
        String kindWords = say.text(Keys.subjectKind(kind), kind.words());
        return s.path("name").isTextual()
                ? say.say(SUBJECT_NAMED.with(kindWords, s.path("id").asText(), s.path("name").asText()))
                : say.say(SUBJECT.with(kindWords, s.path("id").asText()));
    }

    static String text(JsonNode p, Renderer say) {
        JsonNode d = p.path("duty");
        List<String> clauses = new ArrayList<>();
        d.path("clauses").forEach(c -> clauses.add(c.asText()));
        List<String> lines = new ArrayList<>();
        lines.add(say.say(WHAT.with(title(p, say), subjectWords(p.path("subject"), say),
                p.path("site").path("name").asText())));
        lines.add("");
        lines.add(say.say(STANDARD.with(d.path("standard").asText(), d.path("edition").asText(),
                String.join(", ", clauses), d.path("rule").asText())));
        lines.add(p.path("lastDone").isTextual() ? say.say(LAST_DONE.with(p.path("lastDone").asText()))
                : say.say(NEVER_DONE.message()));
        if (p.path("event").isTextual()) {
            lines.add(say.say(EVENT.with(p.path("event").asText())));
        }
        if (p.path("opensOn").isTextual()) {
            lines.add(say.say(OPENS.with(p.path("opensOn").asText())));
        }
        String status = p.path("status").asText();
        lines.add(say.say(DUE.with(p.path("dueOn").asText(), say.text("reminder/status/" + status, status),
                p.path("asOf").asText())));
        lines.add("");
        lines.add(say.say(RECORD.with(p.path("site").path("id").asText())));
        return String.join("\n", lines) + "\n";
    }

    /** The webhook payload in the subscriber's language: the duty's title in it, and which language that is. */
    static JsonNode payload(JsonNode p, Renderer say) {
        ObjectNode copy = p.deepCopy();
        if (copy.path("duty") instanceof ObjectNode duty) {
            duty.put("title", title(p, say));
        }
        copy.put("language", say.languageTag());
        return copy;
    }
}
