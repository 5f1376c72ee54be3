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

    @Inject
    org.pashm.text.Languages languages;

    public Outcome send(Message m) {
        try {
            org.pashm.text.Renderer say = ReminderWords.renderer(languages, m);
            Mail mail = Mail.withText(m.target(), ReminderWords.subject(m.payload(), say),
                    ReminderWords.text(m.payload(), say))
                    .addHeader("X-Pashm-Reminder", m.reminder().toString())
                    .addHeader("X-Pashm-Delivery", m.delivery().toString());
            mailer.send(mail);
            return Outcome.ok(null);
        } catch (Exception e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        }
    }
}
