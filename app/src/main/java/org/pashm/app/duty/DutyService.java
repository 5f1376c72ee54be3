package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.site.SiteService;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.duty.Due;

/** Answers "what is owed, and when" for a site or an organisation, from the due-date SQL. */
@ApplicationScoped
public class DutyService {

    static final List<String> STATUSES = Arrays.stream(Due.Status.values()).map(Due.Status::code).toList();

    @Inject
    DueDates due;

    @Inject
    DutyCatalogue catalogue;

    @Inject
    SiteService sites;

    @Inject
    FarmCalendar farmCalendar;

    /** Query parameters of a listing, read and checked. */
    /** @param say the reader's language, for the duties' titles */
    public record Query(LocalDate asOf, DueDates.Filter filter, Paging paging, org.pashm.text.Renderer say) {
    }

    public Query query(String status, String before, String on, String duty, Integer page, Integer size,
                       org.pashm.text.Renderer say) {
        Paging paging = Paging.of(page, size);
        Set<String> statuses = null;
        if (status != null && !status.isBlank()) {
            statuses = new LinkedHashSet<>();
            for (String s : status.split(",")) {
                String v = s.strip();
                if (!STATUSES.contains(v)) {
                    throw Problems.badParameter("status", Rule.INVALID_VALUE, "'" + v + "' is not a status; expected "
                            + "upcoming, due or overdue (several may be given separated by commas)");
                }
                statuses.add(v);
            }
        }
        if (duty != null && catalogue.duty(duty).isEmpty()) {
            throw Problems.badParameter("duty", Rule.UNKNOWN_DUTY, "'" + duty + "' is not a duty; GET /duties lists them");
        }
        LocalDate asOf = on == null ? farmCalendar.today() : date("on", on);
        return new Query(asOf, new DueDates.Filter(statuses, before == null ? null : date("before", before), duty),
                paging, say);
    }

    public Page<DutyViews.OwedView> forSite(UUID siteId, Query q) {
        Site site = sites.find(siteId);
        return view(due.list(new DueDates.Scope(site.organisationId, site.id), q.asOf(), q.filter(), q.paging()),
                q.asOf(), q.say());
    }

    public Page<DutyViews.OwedView> forOrganisation(UUID organisation, Query q) {
        return view(due.list(new DueDates.Scope(organisation, null), q.asOf(), q.filter(), q.paging()), q.asOf(),
                q.say());
    }

    private Page<DutyViews.OwedView> view(Page<DueDates.Owed> page, LocalDate asOf, org.pashm.text.Renderer say) {
        return new Page<>(page.items().stream()
                .map(o -> DutyViews.OwedView.of(o, catalogue.duty(o.duty()).orElseThrow(), asOf, say)).toList(),
                page.page(), page.size(), page.totalItems(), page.totalPages());
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.badParameter(name, Rule.WRONG_TYPE, "'" + value + "' is not a date as YYYY-MM-DD");
        }
    }
}
