package org.pashm.app.delivery;

import org.pashm.app.persistence.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pashm.app.duty.DueDates;
import org.pashm.app.calendar.FarmCalendar;

/**
 * The daily job: computes every site's due dates in one SQL statement and creates the reminders that fall due
 * today, each with one delivery per active subscription of its organisation, for the outbox to send.
 *
 * <p>Stages of a reminder: {@code lead} n days before the duty is owed (before its due day; before a yearly
 * window opens), for each configured lead time ({@code pashm.reminders.lead-days}, default 30, 7, 1);
 * {@code overdue} the day after the due day; {@code due-now} once for a recurring duty never done (core says it is
 * due at once, every day: one reminder says so). A run creates the latest stage reached that has no reminder yet,
 * so a day the job did not run is caught up once, not with every stage it missed.
 *
 * <p>Exactly once: {@code reminder_once} is a unique key over (duty, site, subject, due day, stage, lead time); the
 * insert skips rows that exist ({@code on conflict do nothing}) and creates deliveries only for the rows it
 * inserted, in the same transaction. Two instances running at once both try; the second waits on the first's
 * uncommitted keys and then skips them. Rows are inserted in key order, so two runs cannot deadlock.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    EntityManager em;

    @Inject
    DueDates due;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    DeliverySender sender;

    @ConfigProperty(name = "pashm.reminders.lead-days", defaultValue = "30,7,1")
    List<Integer> leadDays;

    @ConfigProperty(name = "pashm.reminders.job-timeout", defaultValue = "PT15M")
    Duration timeout;

    @ConfigProperty(name = "pashm.reminders.work-mem", defaultValue = "256MB")
    String workMem;

    @PostConstruct
    void check() {
        if (leadDays.stream().anyMatch(d -> d < 0)) {
            throw new IllegalStateException("pashm.reminders.lead-days must be 0 or more days: " + leadDays);
        }
    }

    /** What one run did. */
    public record Run(LocalDate on, int reminders, int deliveries, long millis) {
    }

    @Scheduled(identity = "pashm-daily-reminders", cron = "${pashm.reminders.cron:0 0 6 * * ?}",
            timeZone = "${pashm.time-zone:UTC}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Run run = run(farmCalendar.today());
        LOG.infof("Daily reminders for %s: %d reminders, %d deliveries created in %d ms", run.on(), run.reminders(),
                run.deliveries(), run.millis());
        sender.deliverDue(farmCalendar.instant());
    }

    /** Creates the reminders of {@code day} for every site, in one transaction. Safe to run anywhere, any time. */
    public Run run(LocalDate day) {
        long start = System.nanoTime();
        Counts counts = QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).call(() -> {
            if (workMem != null && !workMem.isBlank()) {
                // One big statement over every site: let its hashes and sorts stay in memory.
                em.createNativeQuery("select set_config('work_mem', ?1, true)").setParameter(1, workMem)
                        .getSingleResult();
            }
            // It reads every subject and record while the app waits on it alone: tell the planner that scanning
            // them in parallel workers is cheap, which it otherwise assumes only of much bigger tables.
            em.createNativeQuery("select set_config('parallel_setup_cost', '10', true), "
                    + "set_config('parallel_tuple_cost', '0.001', true)").getSingleResult();
            // The last completed run before this day: stages that fell due after it, or whose subject or records
            // changed since it began, are all that can be new.
            LastRun since = Rows.optional(em,
                            "select day, started_at from reminder_run where day < ?1 order by day desc limit 1",
                            r -> new LastRun(r.date("day"), r.time("started_at")), day)
                    .orElse(new LastRun(null, null));
            OffsetDateTime started = farmCalendar.now();
            // Two statements: the reading one can run in parallel workers, which PostgreSQL never uses for a
            // statement that also writes (an INSERT in a WITH).
            Query candidates = em.createNativeQuery(candidatesSql());
            due.bindAll(candidates, day);
            candidates.setParameter("since", since.day());
            candidates.setParameter("since_started", since.startedAt());
            candidates.executeUpdate();
            Query insert = Rows.query(em, insertSql());
            insert.setParameter("today", day);
            insert.setParameter("duties", due.dutyRows());
            // The first attempt is due now on the app's clock, which DeliverySender reads to find what is due.
            insert.setParameter("now", started);
            Counts result = Rows.one(insert, r -> new Counts(r.integer("reminders"), r.integer("deliveries")));
            em.createNativeQuery("""
                            insert into reminder_run (day, started_at) values (?1, ?2)
                            on conflict (day) do update set finished_at = ?3""")
                    .setParameter(1, day).setParameter(2, started).setParameter(3, farmCalendar.now()).executeUpdate();
            return result;
        });
        return new Run(day, counts.reminders(), counts.deliveries(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The last completed run before a day: its day and when it began; both null when there was none. */
    private record LastRun(LocalDate day, OffsetDateTime startedAt) {
    }

    /** What one run's insert created. */
    private record Counts(int reminders, int deliveries) {
    }

    /** The stages reached today and not yet reminded, into a temporary table dropped at commit. */
    private String candidatesSql() {
        return ("create temporary table reminder_candidate on commit drop as with "
                + DueDates.owedSql(DueDates.Scope.ALL) + """
                ,
                staged as (
                    select o.*, case when o.shape = 'every' and o.last_done is null then 'due-now'
                                     when o.status = 'overdue' then 'overdue' else 'lead' end as stage,
                           %s as lead_reached
                    from owed_now o cross join p
                ),
                reached as (
                    select s.*, case when s.stage = 'lead' then s.lead_reached end as lead_days,
                           case when s.stage = 'due-now' then null else s.due_on end as due_key
                    from staged s
                    where (s.stage <> 'lead' or s.lead_reached is not null)
                      -- What can be new since the last completed run: a stage whose day came after it (missed days
                      -- are caught up), anything whose subject or records changed since it began, and what is owed
                      -- now without a day. The rest was looked at by that run already.
                      and (cast(:since as date) is null or s.stage = 'due-now'
                           or (case s.stage when 'overdue' then s.due_on + 1
                                            else (case when s.shape = 'window' then s.opens_on else s.due_on end)
                                                 - s.lead_reached end) > cast(:since as date)
                           -- A day's margin: a record written in a transaction that began before that run
                           -- but committed after it looked carries a time before its start.
                           or s.changed_at > cast(:since_started as timestamptz) - interval '1 day')
                ),
                chosen as (
                    -- Most reached stages were reminded on an earlier day: leave them out before building payloads.
                    -- The unique key of the insert still decides when two runs race.
                    select x.*
                    from reached x
                    where not exists (
                        select 1 from reminder r
                        where r.organisation_id = x.organisation_id and r.duty_id = x.duty_id
                          and r.site_id = x.site_id and r.subject_kind = x.subject_kind
                          and r.subject_key = x.subject_key and r.stage = x.stage
                          and r.due_on is not distinct from x.due_key
                          and r.lead_days is not distinct from x.lead_days)
                )
                select * from chosen
                """).formatted(leadReached());
    }

    /**
     * The shortest lead time whose day has come (the smallest configured lead of at least the days left until the
     * duty is owed), as a CASE over the configured leads: a subquery per row cost a second over a million duties.
     */
    private String leadReached() {
        StringBuilder sql = new StringBuilder("case");
        leadDays.stream().distinct().sorted().forEach(lead -> sql.append(" when (case when o.shape = 'window' then ")
                .append("o.opens_on else o.due_on end) - p.today <= ").append(lead).append(" then ").append(lead));
        return sql.append(" end").toString();
    }

    /** Inserts the candidates as reminders, each with a delivery per active subscription; counts both. */
    private static String insertSql() {
        return """
                with p as (select cast(:today as date) as today),
                duty as (
                    select d.* from jsonb_to_recordset(cast(:duties as jsonb)) as d(
                        id text, title text, standard text, edition text, rule text, clauses jsonb)
                ),
                chosen as (select x.*, gen_random_uuid() as reminder_id from reminder_candidate x),
                made as (
                    insert into reminder (id, organisation_id, site_id, duty_id, subject_kind, subject_key, due_on,
                                          opens_on, stage, lead_days, created_for, payload)
                    select c.reminder_id, c.organisation_id, c.site_id, c.duty_id, c.subject_kind, c.subject_key,
                           c.due_key, c.opens_on, c.stage,
                           c.lead_days, p.today,
                           jsonb_build_object(
                               'reminder', c.reminder_id, 'organisation', c.organisation_id,
                               'stage', c.stage, 'leadDays', c.lead_days,
                               'duty', jsonb_build_object('id', d.id, 'title', d.title, 'standard', d.standard,
                                                          'edition', d.edition, 'clauses', d.clauses, 'rule', d.rule),
                               'site', jsonb_build_object('id', c.site_id, 'name', s.name),
                               'subject', jsonb_build_object('kind', c.subject_kind, 'id', c.subject_key,
                                                             'name', ds.name),
                               'lastDone', c.last_done, 'event', c.event_on, 'opensOn', c.opens_on,
                               'dueOn', c.due_on, 'status', c.status, 'asOf', p.today)
                    from chosen c cross join p
                    join duty d on d.id = c.duty_id
                    join site s on s.id = c.site_id
                    left join duty_subject ds on ds.organisation_id = c.organisation_id and ds.site_id = c.site_id
                        and ds.kind = c.subject_kind and ds.key = c.subject_key
                    order by c.organisation_id, c.duty_id, c.site_id, c.subject_kind, c.subject_key, c.due_on,
                             c.stage, c.lead_days
                    on conflict on constraint reminder_once do nothing
                    returning id, organisation_id
                ),
                handed as (
                    insert into delivery (id, organisation_id, reminder_id, subscription_id, status, attempts,
                                          next_attempt_at)
                    select gen_random_uuid(), m.organisation_id, m.id, sub.id, 'pending', 0, cast(:now as timestamptz)
                    from made m join subscription sub on sub.organisation_id = m.organisation_id and sub.active
                    returning 1
                )
                select (select count(*) from made) as reminders, (select count(*) from handed) as deliveries
                """;
    }
}
