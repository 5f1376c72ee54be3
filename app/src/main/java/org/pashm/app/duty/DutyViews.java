package org.pashm.app.duty;

import org.pashm.core.text.Keys;
import org.pashm.text.Renderer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.pashm.core.duty.Duty;

/** How duties and owed duties look in the API. */
public final class DutyViews {

    private DutyViews() {
    }

    /** A duty a module declares. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DutyView(String id, String standard, String edition, List<String> clauses, String title,
                           String description, String subjectKind, String subjectClass, String subjectClassCode,
                           List<String> systems, String rule) {
        public static DutyView of(Duty d, Renderer say) {
            return new DutyView(d.id(), d.standard().id(), d.standard().edition(), DutyCatalogue.clauses(d),
                    say.text(Keys.dutyTitle(d.standard(), d.id()), d.title()),
                    say.text(Keys.dutyDescription(d.standard(), d.id()), d.description()), d.subjectKind().name(), d.subjectClass(), d.subjectClassCode(),
                    d.systems().stream().map(s -> s.code()).sorted().toList(), d.recurrence().words());
        }
    }

    public record SiteRef(UUID id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectRef(String kind, String id, String name) {
    }

    /**
     * A duty owed by one subject of a site: what it is (with the clauses behind it), when it was last done, and when
     * it is next owed. {@code opensOn} is the first day it may be done (a window's opening, an event's day);
     * {@code daysLeft} counts from {@code asOf} to {@code dueOn} (negative when overdue).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OwedView(String duty, String title, String standard, String edition, List<String> clauses,
                           String rule, SiteRef site, SubjectRef subject, LocalDate lastDone, LocalDate event,
                           LocalDate opensOn, LocalDate dueOn, String status, long daysLeft, LocalDate asOf) {
        public static OwedView of(DueDates.Owed o, Duty d, LocalDate asOf, Renderer say) {
            return new OwedView(o.duty(), say.text(Keys.dutyTitle(d.standard(), d.id()), d.title()), d.standard().id(), d.standard().edition(), DutyCatalogue.clauses(d),
                    d.recurrence().words(), new SiteRef(o.site(), o.siteName()),
                    new SubjectRef(o.subjectKind(), o.subjectKey(), o.subjectName()), o.lastDone(), o.event(),
                    o.opens(), o.due(), o.status(), ChronoUnit.DAYS.between(asOf, o.due()), asOf);
        }
    }
}
