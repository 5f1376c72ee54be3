package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.persistence.Rows;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/**
 * Due dates computed set-based in SQL, for one site, one organisation or every site at once (the daily job).
 *
 * <p>The query translates core's {@link org.pashm.core.duty.Recurrence#next} into SQL, shape by shape, and a test
 * checks that both agree:
 * <ul>
 *   <li>{@code Every(period)}: due {@code period} after the last record; due today when never done;</li>
 *   <li>{@code YearlyWindow(opens, closes)}: owed in the window of the year after the one the last record served
 *       (a record before the window opens serves that same year), this year's window when never done;</li>
 *   <li>{@code AfterEvent(event, within)}: owed from the latest event of the subject until {@code within} after it,
 *       unless a record of the duty is dated on or after that event.</li>
 * </ul>
 * Status as {@link org.pashm.core.duty.Due#status}: overdue after the due day, due from the opening (or the due day),
 * upcoming before. Records count when dated on or before the day computed for, and not voided.
 */
@ApplicationScoped
public class DueDates {

    @Inject
    EntityManager em;

    @Inject
    DutyCatalogue catalogue;

    /** Which sites: one site, one organisation's, or all (null, null). */
    public record Scope(UUID organisation, UUID site) {
        public static final Scope ALL = new Scope(null, null);

        String siteFilter() {
            return site != null ? "s.id = :site" : organisation != null ? "s.organisation_id = :organisation" : "true";
        }

        String subjectFilter() {
            return site != null ? "ds.site_id = :site" : organisation != null ? "ds.organisation_id = :organisation"
                    : "true";
        }

        String recordFilter() {
            return site != null ? "r.site_id = :site" : organisation != null ? "r.organisation_id = :organisation"
                    : "true";
        }

        void bind(Query q) {
            if (site != null) {
                q.setParameter("site", site);
            } else if (organisation != null) {
                q.setParameter("organisation", organisation);
            }
        }
    }

    /**
     * The common table expressions, ending in {@code owed_now}: one row per (site, subject, duty) with something
     * owed, with its last record, event, opening, due day and status. Binds :today, :duties, :events.
     */
    public static String owedSql(Scope scope) {
        return """
                -- Not materialized: a CTE scan keeps PostgreSQL from reading the big tables in parallel workers.
                p as not materialized (select cast(:today as date) as today),
                duty as not materialized (
                    select d.*, make_interval(months => d.months, days => d.days) as step
                    from jsonb_to_recordset(cast(:duties as jsonb)) as d(
                        id text, kind text, class_code text, class_value text, housing boolean, nomadic boolean,
                        shape text, months integer, days integer, opens_month integer, opens_day integer,
                        closes_month integer, closes_day integer, event text, title text, standard text,
                        edition text, rule text, clauses jsonb, cert_standard text, cert_edition text)
                ),
                subject as (
                    select s.organisation_id, s.id as site_id, s.production_system, cast('site' as varchar) as kind,
                           cast('site' as varchar) as key, cast('{}' as jsonb) as classes, s.created_at as registered_at
                    from site s where %1$s
                    union all
                    select ds.organisation_id, ds.site_id, s.production_system, ds.kind, ds.key, ds.classes,
                           ds.registered_at
                    from duty_subject ds join site s on s.id = ds.site_id cross join p
                    where (ds.retired_on is null or ds.retired_on > p.today) and %2$s
                ),
                owed as (
                    select sub.organisation_id, sub.site_id, sub.kind as subject_kind, sub.key as subject_key,
                           sub.registered_at,
                           d.id as duty_id, d.shape, d.step, d.opens_month, d.opens_day, d.closes_month,
                           d.closes_day, d.event
                    from subject sub join duty d on d.kind = sub.kind
                        and (d.class_code is null or sub.classes ->> d.class_code = d.class_value)
                        and (case sub.production_system when 'housing' then d.housing
                                                        when 'nomadic' then d.nomadic else false end)
                        and (d.cert_standard is null or exists (
                            select 1 from certificate_renewal cr
                            where cr.site_id = sub.site_id and cr.standard_id = d.cert_standard
                              and cr.edition = d.cert_edition and not cr.withdrawn))
                ),
                -- Records are aggregated straight from the table (a shared CTE would be materialized, a million wide
                -- rows); a record counts unless a later record voids it.
                done as (
                    select organisation_id, site_id, subject_kind, subject_key, duty_id, max(performed_on) as last_done,
                           max(recorded_at) as last_recorded
                    from (
                        select r.organisation_id, r.site_id, r.subject_kind, r.subject_key, r.duty_id, r.performed_on,
                               r.recorded_at
                        from work_record r cross join p
                        where %3$s and r.duty_id is not null and r.type <> 'void' and r.performed_on <= p.today
                          and not exists (select 1 from work_record v
                                          where v.organisation_id = r.organisation_id and v.voids_id = r.id)
                        union all
                        -- A certificate's issue is the renewal duty's last doing.
                        select cr.organisation_id, cr.site_id, 'site', 'site', d.id, cr.last_done_on, cr.issued_at
                        from certificate_renewal cr join duty d on d.cert_standard = cr.standard_id
                            and d.cert_edition = cr.edition cross join p
                        where not cr.withdrawn and cr.last_done_on <= p.today
                    ) doings
                    group by organisation_id, site_id, subject_kind, subject_key, duty_id
                ),
                happened as (
                    select r.organisation_id, r.site_id, r.subject_kind, r.subject_key, r.type as event,
                           max(r.performed_on) as event_on, max(r.recorded_at) as last_recorded
                    from work_record r cross join p
                    where %3$s and r.type = any(cast(:events as text[])) and r.performed_on <= p.today
                      and not exists (select 1 from work_record v
                                      where v.organisation_id = r.organisation_id and v.voids_id = r.id)
                    group by r.organisation_id, r.site_id, r.subject_kind, r.subject_key, r.type
                ),
                calc as (
                    select o.*, dn.last_done, h.event_on, greatest(dn.last_recorded, h.last_recorded) as last_recorded,
                           case when o.shape <> 'window' then null
                                when dn.last_done is null then cast(extract(year from p.today) as integer)
                                when dn.last_done < pashm_month_day(cast(extract(year from dn.last_done) as integer),
                                                                    o.opens_month, o.opens_day)
                                    then cast(extract(year from dn.last_done) as integer)
                                else cast(extract(year from dn.last_done) as integer) + 1 end as window_year
                    from owed o cross join p
                    left join done dn on dn.organisation_id = o.organisation_id and dn.site_id = o.site_id
                        and dn.subject_kind = o.subject_kind and dn.subject_key = o.subject_key
                        and dn.duty_id = o.duty_id
                    left join happened h on o.shape = 'event' and h.organisation_id = o.organisation_id
                        and h.site_id = o.site_id and h.subject_kind = o.subject_kind
                        and h.subject_key = o.subject_key and h.event = o.event
                    -- A fence (offset 0): without it the planner inlines the expressions below into every place
                    -- that uses them, and each row's window and due day are computed a dozen times over.
                    offset 0
                ),
                due as (
                    select c.*,
                           case c.shape when 'window' then pashm_month_day(c.window_year, c.opens_month, c.opens_day)
                                        when 'event' then c.event_on end as opens_on,
                           case c.shape
                               when 'every' then case when c.last_done is null then p.today
                                   else cast(c.last_done + c.step as date) end
                               when 'window' then pashm_month_day(c.window_year, c.closes_month, c.closes_day)
                               when 'event' then case when c.event_on is null or c.last_done >= c.event_on then null
                                   else cast(c.event_on + c.step as date) end
                           end as due_on
                    from calc c cross join p
                    offset 0
                ),
                owed_now as (
                    select d.organisation_id, d.site_id, d.subject_kind, d.subject_key, d.duty_id, d.shape,
                           d.last_done, d.event_on, d.opens_on, d.due_on,
                           greatest(d.last_recorded, d.registered_at) as changed_at,
                           case when p.today > d.due_on then 'overdue'
                                when p.today >= coalesce(d.opens_on, d.due_on) then 'due'
                                else 'upcoming' end as status
                    from due d cross join p
                    where d.due_on is not null
                )
                """.formatted(scope.siteFilter(), scope.subjectFilter(), scope.recordFilter());
    }

    /** The duties of the loaded modules as the JSON rows {@link #owedSql} binds as {@code :duties}. */
    public String dutyRows() {
        return catalogue.sqlRows();
    }

    /** Binds what {@link #owedSql} needs for every site (the daily job). */
    public void bindAll(Query q, LocalDate today) {
        bind(q, Scope.ALL, today);
    }

    /** Binds what {@link #owedSql} needs. */
    void bind(Query q, Scope scope, LocalDate today) {
        q.setParameter("today", today);
        q.setParameter("duties", catalogue.sqlRows());
        q.setParameter("events", "{" + String.join(",", catalogue.events()) + "}");
        scope.bind(q);
    }

    /** One duty owed by one subject of a site. */
    public record Owed(UUID organisation, UUID site, String siteName, String subjectKind, String subjectKey,
                       String subjectName, String duty, LocalDate lastDone, LocalDate event, LocalDate opens,
                       LocalDate due, String status) {
    }

    /** Narrows a listing; null fields do not filter. {@code before}: due strictly before that day. */
    public record Filter(Set<String> statuses, LocalDate before, String duty) {
    }

    /** A page of owed duties in due-date order. */
    public Page<Owed> list(Scope scope, LocalDate today, Filter filter, Paging paging) {
        List<Counted> rows = Rows.list(query(scope, today, filter, paging.size(), paging.offset()),
                r -> new Counted(owed(r), r.longValue("total")));
        long total = rows.isEmpty() ? countOnly(scope, today, filter) : rows.get(0).total();
        return Page.of(rows.stream().map(Counted::owed).toList(), paging, total);
    }

    /** An owed duty with the number of rows of the whole listing, which the query counts alongside. */
    private record Counted(Owed owed, long total) {
    }

    /** Every owed duty of the scope (for the calendar feed); at most {@code limit}. */
    public List<Owed> all(Scope scope, LocalDate today, int limit) {
        return Rows.list(query(scope, today, new Filter(null, null, null), limit, 0), DueDates::owed);
    }

    /** How many (site, subject, duty) are upcoming, due and overdue: the daily computation, counted. */
    public Map<String, Long> countByStatus(Scope scope, LocalDate today) {
        Query q = Rows.query(em, "with " + owedSql(scope)
                + " select status, count(*) as owed from owed_now group by status");
        bind(q, scope, today);
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("upcoming", 0L, "due", 0L, "overdue", 0L));
        for (StatusCount c : Rows.list(q, r -> new StatusCount(r.text("status"), r.longValue("owed")))) {
            counts.put(c.status(), c.owed());
        }
        return counts;
    }

    /** How many (site, subject, duty) have one status. */
    private record StatusCount(String status, long owed) {
    }

    private Query query(Scope scope, LocalDate today, Filter filter, int limit, int offset) {
        StringBuilder where = new StringBuilder("true");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and x.status = any(cast(:statuses as text[]))");
        }
        if (filter.before() != null) {
            where.append(" and x.due_on < :before");
        }
        if (filter.duty() != null) {
            where.append(" and x.duty_id = :duty");
        }
        Query q = Rows.query(em, "with " + owedSql(scope) + """
                select x.organisation_id, x.site_id, s.name as site_name, x.subject_kind, x.subject_key,
                       ds.name as subject_name, x.duty_id, x.last_done, x.event_on, x.opens_on, x.due_on, x.status,
                       count(*) over () as total
                from owed_now x join site s on s.id = x.site_id
                left join duty_subject ds on ds.organisation_id = x.organisation_id and ds.site_id = x.site_id
                    and ds.kind = x.subject_kind and ds.key = x.subject_key
                where %s
                order by x.due_on, s.name, x.site_id, x.duty_id, x.subject_kind, x.subject_key
                limit :limit offset :offset""".formatted(where));
        bind(q, scope, today);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            q.setParameter("statuses", "{" + String.join(",", filter.statuses()) + "}");
        }
        if (filter.before() != null) {
            q.setParameter("before", filter.before());
        }
        if (filter.duty() != null) {
            q.setParameter("duty", filter.duty());
        }
        q.setParameter("limit", limit);
        q.setParameter("offset", offset);
        return q;
    }

    private long countOnly(Scope scope, LocalDate today, Filter filter) {
        if (filter.statuses() == null && filter.before() == null && filter.duty() == null) {
            return countByStatus(scope, today).values().stream().mapToLong(Long::longValue).sum();
        }
        // An empty page beyond the end: count the filtered rows.
        StringBuilder where = new StringBuilder("true");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and status = any(cast(:statuses as text[]))");
        }
        if (filter.before() != null) {
            where.append(" and due_on < :before");
        }
        if (filter.duty() != null) {
            where.append(" and duty_id = :duty");
        }
        Query q = em.createNativeQuery("with " + owedSql(scope) + " select count(*) from owed_now where " + where);
        bind(q, scope, today);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            q.setParameter("statuses", "{" + String.join(",", filter.statuses()) + "}");
        }
        if (filter.before() != null) {
            q.setParameter("before", filter.before());
        }
        if (filter.duty() != null) {
            q.setParameter("duty", filter.duty());
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Owed owed(Rows r) {
        return new Owed(r.uuid("organisation_id"), r.uuid("site_id"), r.text("site_name"), r.text("subject_kind"),
                r.text("subject_key"), r.text("subject_name"), r.text("duty_id"), r.date("last_done"),
                r.date("event_on"), r.date("opens_on"), r.date("due_on"), r.text("status"));
    }
}
