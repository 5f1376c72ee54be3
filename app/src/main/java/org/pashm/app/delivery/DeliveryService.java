package org.pashm.app.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.persistence.Rows;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Reads reminders and deliveries, and re-triggers dead deliveries. */
@ApplicationScoped
public class DeliveryService {

    static final List<String> STATUSES = List.of("pending", "sent", "dead", "cancelled");

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(int round, int attempt, OffsetDateTime at, String outcome, Integer responseStatus,
                              String error) {
    }

    /** A delivery of a reminder to one subscription; {@code attemptLog} only when one delivery is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(UUID id, UUID organisation, UUID reminder, UUID subscription, String channel,
                               String status, int round, int attempts, OffsetDateTime nextAttemptAt,
                               OffsetDateTime lastAttemptAt, String lastError, OffsetDateTime sentAt,
                               OffsetDateTime createdAt, String duty, UUID site, String subjectKind, String subjectId,
                               LocalDate dueOn, String stage, List<AttemptView> attemptLog) {

        DeliveryView withAttemptLog(List<AttemptView> log) {
            return new DeliveryView(id, organisation, reminder, subscription, channel, status, round, attempts,
                    nextAttemptAt, lastAttemptAt, lastError, sentAt, createdAt, duty, site, subjectKind, subjectId,
                    dueOn, stage, log);
        }
    }

    /** A reminder; {@code payload} is the JSON its deliveries carry, as stored and sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReminderView(UUID id, UUID organisation, String duty, UUID site, String subjectKind,
                               String subjectId, LocalDate dueOn, LocalDate opensOn, String stage, Integer leadDays,
                               LocalDate createdFor, OffsetDateTime createdAt,
                               @JsonRawValue @Schema(type = SchemaType.OBJECT) String payload) {
    }

    private static final String DELIVERY_COLUMNS = """
            d.id, d.organisation_id, d.reminder_id, d.subscription_id, s.channel, d.status, d.round, d.attempts,
            d.next_attempt_at, d.last_attempt_at, d.last_error, d.sent_at, d.created_at, r.duty_id, r.site_id,
            r.subject_kind, r.subject_key, r.due_on, r.stage
            from delivery d join subscription s on s.id = d.subscription_id join reminder r on r.id = d.reminder_id""";

    public Page<DeliveryView> deliveries(UUID organisation, String status, Paging paging) {
        if (status != null && !STATUSES.contains(status)) {
            throw Problems.badParameter("status", Rule.INVALID_VALUE, "'" + status + "' is not a delivery status; "
                    + "expected one of " + STATUSES);
        }
        String where = " where d.organisation_id = :organisation" + (status == null ? "" : " and d.status = :status");
        var count = em.createNativeQuery("select count(*) from delivery d" + where)
                .setParameter("organisation", organisation);
        var rows = Rows.query(em, "select " + DELIVERY_COLUMNS + where
                        + " order by d.created_at desc, d.id limit :limit offset :offset")
                .setParameter("organisation", organisation).setParameter("limit", paging.size())
                .setParameter("offset", paging.offset());
        if (status != null) {
            count.setParameter("status", status);
            rows.setParameter("status", status);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<DeliveryView> items = Rows.list(rows, r -> delivery(r, null));
        return Page.of(items, paging, total);
    }

    public DeliveryView delivery(UUID organisation, UUID id) {
        DeliveryView found = Rows.optional(em, "select " + DELIVERY_COLUMNS
                        + " where d.organisation_id = ?1 and d.id = ?2", r -> delivery(r, null), organisation, id)
                .orElseThrow(() -> Problems.notFound("unknown-delivery", "Unknown delivery", "Organisation "
                        + organisation + " has no delivery " + id + "."));
        List<AttemptView> attempts = Rows.list(em, """
                        select round, attempt, attempted_at, outcome, response_status, error from delivery_attempt
                        where organisation_id = ?1 and delivery_id = ?2 order by round, attempt""",
                a -> new AttemptView(a.integer("round"), a.integer("attempt"), a.time("attempted_at"),
                        a.text("outcome"), a.integer("response_status"), a.text("error")),
                organisation, id);
        return found.withAttemptLog(attempts);
    }

    /** Re-triggers a dead delivery: a new round of attempts, the first one at once. */
    @Transactional
    public DeliveryView retry(UUID organisation, UUID id) {
        DeliveryView d = delivery(organisation, id);
        if (!d.status().equals("dead")) {
            throw Problems.conflict("not-dead", "Delivery not dead", "Delivery " + id + " is " + d.status()
                    + "; only a dead delivery is re-triggered.");
        }
        Subscription s = Subscription.findById(d.subscription());
        if (!s.active) {
            throw Problems.conflict("subscription-inactive", "Subscription switched off", "The subscription "
                    + s.id + " of delivery " + id + " was switched off; nothing is sent to it.");
        }
        int updated = em.createNativeQuery("""
                        update delivery set status = 'pending', round = round + 1, attempts = 0,
                               next_attempt_at = ?3
                        where organisation_id = ?1 and id = ?2 and status = 'dead'""")
                .setParameter(1, organisation).setParameter(2, id).setParameter(3, farmCalendar.now()).executeUpdate();
        if (updated != 1) {
            throw Problems.conflict("not-dead", "Delivery not dead", "Delivery " + id + " was re-triggered by "
                    + "another request at the same moment.");
        }
        return delivery(organisation, id);
    }

    public Page<ReminderView> reminders(UUID organisation, Paging paging) {
        long total = ((Number) em.createNativeQuery("select count(*) from reminder where organisation_id = ?1")
                .setParameter(1, organisation).getSingleResult()).longValue();
        List<ReminderView> items = Rows.list(em, """
                        select id, organisation_id, duty_id, site_id, subject_kind, subject_key, due_on, opens_on, stage,
                               lead_days, created_for, created_at, cast(payload as text) as payload
                        from reminder where organisation_id = ?1
                        order by created_at desc, id limit ?2 offset ?3""",
                r -> new ReminderView(r.uuid("id"), r.uuid("organisation_id"), r.text("duty_id"), r.uuid("site_id"),
                        r.text("subject_kind"), r.text("subject_key"), r.date("due_on"), r.date("opens_on"),
                        r.text("stage"), r.integer("lead_days"), r.date("created_for"), r.time("created_at"),
                        r.text("payload")),
                organisation, paging.size(), paging.offset());
        return Page.of(items, paging, total);
    }

    private static DeliveryView delivery(Rows r, List<AttemptView> attempts) {
        return new DeliveryView(r.uuid("id"), r.uuid("organisation_id"), r.uuid("reminder_id"),
                r.uuid("subscription_id"), r.text("channel"), r.text("status"), r.integer("round"),
                r.integer("attempts"), r.time("next_attempt_at"), r.time("last_attempt_at"), r.text("last_error"),
                r.time("sent_at"), r.time("created_at"), r.text("duty_id"), r.uuid("site_id"), r.text("subject_kind"),
                r.text("subject_key"), r.date("due_on"), r.text("stage"), attempts);
    }
}
