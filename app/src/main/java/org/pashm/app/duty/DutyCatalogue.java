package org.pashm.app.duty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/**
 * The duties the loaded modules declare, as the app needs them: by id, which subjects owe them, and as data for the
 * due-date SQL (each {@link Recurrence} shape translated into columns: a period in months and days, a window's
 * opening and closing day, an event's name).
 */
@ApplicationScoped
public class DutyCatalogue {

    @Inject
    Registry registry;

    @Inject
    ObjectMapper json;

    private Map<String, Duty> byId;
    private String sqlRows;
    private Set<String> events;
    private Set<String> subjectKinds;

    @PostConstruct
    void init() {
        Map<String, Duty> ids = new LinkedHashMap<>();
        Set<String> eventNames = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        ArrayNode rows = json.createArrayNode();
        for (Duty d : registry.duties()) {
            ids.put(d.id(), d);
            kinds.add(d.subjectKind().name());
            ObjectNode row = rows.addObject();
            row.put("id", d.id());
            row.put("kind", d.subjectKind().name());
            row.put("class_code", d.subjectClassCode());
            row.put("class_value", d.subjectClass());
            row.put("housing", d.systems().contains(ProductionSystem.HOUSING));
            row.put("nomadic", d.systems().contains(ProductionSystem.NOMADIC));
            row.put("title", d.title());
            row.put("standard", d.standard().id());
            row.put("edition", d.standard().edition());
            row.put("rule", d.recurrence().words());
            // The renewal duty of a certifying standard is owed only where a certificate of it is held, and counts
            // as done on the day the certificate was issued (so it falls due on the expiry).
            registry.certification(d.standard()).filter(c -> c.renewalDuty().equals(d.id())).ifPresent(c -> {
                row.put("cert_standard", c.standard().id());
                row.put("cert_edition", c.standard().edition());
            });
            ArrayNode clauses = row.putArray("clauses");
            d.clauses().forEach(c -> clauses.add(c.toString()));
            Recurrence r = d.recurrence();
            if (r instanceof Recurrence.Every e) {
                row.put("shape", "every");
                period(row, e.period());
            } else if (r instanceof Recurrence.YearlyWindow w) {
                row.put("shape", "window");
                row.put("opens_month", w.opens().getMonthValue());
                row.put("opens_day", w.opens().getDayOfMonth());
                row.put("closes_month", w.closes().getMonthValue());
                row.put("closes_day", w.closes().getDayOfMonth());
            } else if (r instanceof Recurrence.AfterEvent a) {
                row.put("shape", "event");
                row.put("event", a.event());
                period(row, a.within());
                eventNames.add(a.event());
            } else {
                throw new IllegalStateException("duty " + d.id() + " has a recurrence the due-date SQL does not know: " + r);
            }
        }
        byId = Map.copyOf(ids);
        events = Set.copyOf(eventNames);
        subjectKinds = Set.copyOf(kinds);
        try {
            sqlRows = json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * LocalDate.plus(Period) adds the total months (clamping to the month's last day, as PostgreSQL's interval
     * arithmetic does) and then the days; years are carried as 12 months each.
     */
    private static void period(ObjectNode row, Period p) {
        row.put("months", p.toTotalMonths());
        row.put("days", p.getDays());
    }

    /**
     * Whether the duty renews a certificate: owed only by sites holding one of its standard, and done when it is
     * issued, rather than by records of work.
     */
    public boolean isCertificateRenewal(Duty d) {
        return registry.certification(d.standard()).map(c -> c.renewalDuty().equals(d.id())).orElse(false);
    }

    /** Every duty, ordered by id. */
    public List<Duty> all() {
        return registry.duties();
    }

    public Optional<Duty> duty(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The duties as a JSON array of rows for {@code jsonb_to_recordset} in the due-date SQL. */
    public String sqlRows() {
        return sqlRows;
    }

    /** The names of the events that start a duty ("birth", "harvest-injury"). */
    public Set<String> events() {
        return events;
    }

    /** Every kind of subject some duty is owed for, the site included. */
    public Set<String> subjectKinds() {
        return subjectKinds;
    }

    /** Whether a subject of this kind and these classes, on a site of this system, owes the duty. */
    public static boolean owes(Duty d, SubjectKind kind, Map<String, String> classes, ProductionSystem system) {
        return d.subjectKind().equals(kind) && d.systems().contains(system)
                && (d.subjectClassCode() == null || d.subjectClass().equals(classes.get(d.subjectClassCode())));
    }

    /** The clauses as text, in order. */
    public static List<String> clauses(Duty d) {
        return d.clauses().stream().map(ClauseNumber::toString).toList();
    }
}
