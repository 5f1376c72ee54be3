package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Sends a reminder as a plain-text e-mail through the configured SMTP server (quarkus-mailer). */
@ApplicationScoped
public class EmailChannel {

    @Inject
    Mailer mailer;

    public Outcome send(Message m) {
        try {
            Mail mail = Mail.withText(m.target(), subject(m.payload()), text(m.payload()))
                    .addHeader("X-Pashm-Reminder", m.reminder().toString())
                    .addHeader("X-Pashm-Delivery", m.delivery().toString());
            mailer.send(mail);
            return Outcome.ok(null);
        } catch (Exception e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        }
    }

    /** "Overdue: Hoof repairing, housing bucks - goat group bucks-1 at Ulaan farm (due 2026-05-01)". */
    static String subject(JsonNode p) {
        String stage = p.path("stage").asText();
        String when = switch (stage) {
            case "overdue" -> "Overdue: ";
            case "due-now" -> "Due now: ";
            default -> "Due " + (p.path("opensOn").isTextual() && p.path("duty").path("rule").asText()
                    .startsWith("every year from") ? "from " + p.path("opensOn").asText() : "by "
                    + p.path("dueOn").asText()) + ": ";
        };
        return when + p.path("duty").path("title").asText() + subjectWords(p.path("subject")) + " at "
                + p.path("site").path("name").asText();
    }

    private static String subjectWords(JsonNode s) {
        if (s.path("kind").asText().equals("site")) {
            return "";
        }
        return " - " + s.path("kind").asText().replace('-', ' ') + " " + s.path("id").asText()
                + (s.path("name").isTextual() ? " (" + s.path("name").asText() + ")" : "");
    }

    static String text(JsonNode p) {
        JsonNode d = p.path("duty");
        List<String> clauses = new ArrayList<>();
        d.path("clauses").forEach(c -> clauses.add(c.asText()));
        List<String> lines = new ArrayList<>();
        lines.add(d.path("title").asText() + subjectWords(p.path("subject")) + ", " + p.path("site").path("name").asText());
        lines.add("");
        lines.add("Standard: " + d.path("standard").asText() + " " + d.path("edition").asText() + ", clause "
                + String.join(", ", clauses) + " (" + d.path("rule").asText() + ").");
        lines.add("Last done: " + (p.path("lastDone").isTextual() ? p.path("lastDone").asText() : "never recorded")
                + ".");
        if (p.path("event").isTextual()) {
            lines.add("Started by the event of " + p.path("event").asText() + ".");
        }
        if (p.path("opensOn").isTextual()) {
            lines.add("May be done from: " + p.path("opensOn").asText() + ".");
        }
        lines.add("Due: " + p.path("dueOn").asText() + " (" + p.path("status").asText() + " on "
                + p.path("asOf").asText() + ").");
        lines.add("");
        lines.add("Record the work with POST /sites/" + p.path("site").path("id").asText() + "/records once it is "
                + "done; the next due date follows from it.");
        return String.join("\n", lines) + "\n";
    }
}
