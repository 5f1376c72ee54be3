package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.app.organisation.Organisation;
import org.pashm.core.duty.Duty;

/**
 * An organisation's owed duties as an iCalendar feed (RFC 5545) that calendar apps subscribe to: one all-day event
 * per duty and subject, from the day it may be done (a window's opening, an event's day) to its due day. The UID
 * names the duty, site, subject and due day, so a calendar keeps an event across refreshes until the work is
 * recorded and the next due date replaces it.
 */
@ApplicationScoped
public class DutyCalendar {

    @Inject
    DueDates due;

    @Inject
    DutyCatalogue catalogue;

    @ConfigProperty(name = "pashm.duties.feed-max-events", defaultValue = "5000")
    int maxEvents;

    public String feed(Organisation organisation, LocalDate today) {
        List<DueDates.Owed> owed = due.all(new DueDates.Scope(organisation.id, null), today, maxEvents);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Pashm//Duties of ISO 22786//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Pashm duties: " + organisation.name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        for (DueDates.Owed o : owed) {
            Duty d = catalogue.duty(o.duty()).orElseThrow();
            LocalDate start = o.opens() != null && o.opens().isBefore(o.due()) ? o.opens() : o.due();
            String subject = o.subjectKind().equals("site") ? "" : ", " + o.subjectKind().replace('-', ' ') + " "
                    + (o.subjectName() != null ? o.subjectName() + " (" + o.subjectKey() + ")" : o.subjectKey());
            String summary = (o.status().equals("overdue") ? "OVERDUE: " : "") + d.title() + subject + " - "
                    + o.siteName();
            VEvent event = new VEvent(start, o.due().plusDays(1), summary);
            event.add(new Uid(UUID.nameUUIDFromBytes((o.duty() + "|" + o.site() + "|" + o.subjectKind() + "|"
                    + o.subjectKey() + "|" + o.due()).getBytes(StandardCharsets.UTF_8)) + "@pashm"));
            event.add(new Description(String.join("\n",
                    d.title() + " (" + d.standard().id() + " " + d.standard().edition() + ", clause "
                            + String.join(", ", DutyCatalogue.clauses(d)) + "): " + d.recurrence().words() + ".",
                    d.description(),
                    "Last done: " + (o.lastDone() == null ? "never recorded" : o.lastDone().toString()) + ".",
                    (o.opens() != null ? "Owed from " + o.opens() + ", due " : "Due ") + o.due() + "; "
                            + o.status() + " on " + today + ".")));
            event.add(new Categories(o.status()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the duty calendar of " + organisation.id + " cannot be written", e);
        }
        return ContentLines.fold(out.toString());
    }
}
