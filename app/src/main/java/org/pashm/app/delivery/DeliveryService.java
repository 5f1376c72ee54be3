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

    @SuppressWarnings("unchecked")
    public Page<DeliveryView> deliveries(UUID organisation, String status, Paging paging) {
        if (status != null && !STATUSES.contains(status)) {
            throw Problems.badParameter("status", Rule.INVALID_VALUE, "'" + status + "' is not a delivery status; "
                    + "expected one of " + STATUSES);
        }
        String where = " where d.organisation_id = :organisation" + (status == null ? "" : " and d.status = :status");
        var count = em.createNativeQuery("select count(*) from delivery d" + where)
                .setParameter("organisation", organisation);
        var rows = em.createNativeQuery("select " + DELIVERY_COLUMNS + where
                        + " order by d.created_at desc, d.id limit :limit offset :offset")
                .setParameter("organisation", organisation).setParameter("limit", paging.size())
                .setParameter("offset", paging.offset());
        if (status != null) {
            count.setParameter("status", status);
            rows.setParameter("status", status);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<DeliveryView> items = ((List<Object[]>) rows.getResultList()).stream().map(r -> delivery(r, null))
                .toList();
        return Page.of(items, paging, total);
    }

    @SuppressWarnings("unchecked")
    public DeliveryView delivery(UUID organisation, UUID id) {
        List<Object[]> rows = em.createNativeQuery("select " + DELIVERY_COLUMNS
                        + " where d.organisation_id = ?1 and d.id = ?2")
                .setParameter(1, organisation).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("unknown-delivery", "Unknown delivery", "Organisation " + organisation
                    + " has no delivery " + id + ".");
        }
        List<AttemptView> attempts = ((List<Object[]>) em.createNativeQuery("""
                        select round, attempt, attempted_at, outcome, response_status, error from delivery_attempt
                        where organisation_id = ?1 and delivery_id = ?2 order by round, attempt""")
                .setParameter(1, organisation).setParameter(2, id).getResultList()).stream()
                .map(a -> new AttemptView(((Number) a[0]).intValue(), ((Number) a[1]).intValue(),
                        DeliverySender.timestamp(a[2]), (String) a[3], a[4] == null ? null : ((Number) a[4]).intValue(),
                        (String) a[5])).toList();
        return delivery(rows.get(0), attempts);
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

    @SuppressWarnings("unchecked")
    public Page<ReminderView> reminders(UUID organisation, Paging paging) {
        long total = ((Number) em.createNativeQuery("select count(*) from reminder where organisation_id = ?1")
                .setParameter(1, organisation).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                        select id, organisation_id, duty_id, site_id, subject_kind, subject_key, due_on, opens_on, stage,
                               lead_days, created_for, created_at, cast(payload as text)
                        from reminder where organisation_id = ?1
                        order by created_at desc, id limit ?2 offset ?3""")
                .setParameter(1, organisation).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        return Page.of(rows.stream().map(r -> new ReminderView((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                (String) r[4], (String) r[5], date(r[6]), date(r[7]), (String) r[8],
                r[9] == null ? null : ((Number) r[9]).intValue(), date(r[10]), DeliverySender.timestamp(r[11]),
                (String) r[12])).toList(), paging, total);
    }

    private static DeliveryView delivery(Object[] r, List<AttemptView> attempts) {
        return new DeliveryView((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), DeliverySender.timestamp(r[8]),
                r[9] == null ? null : DeliverySender.timestamp(r[9]), (String) r[10],
                r[11] == null ? null : DeliverySender.timestamp(r[11]), DeliverySender.timestamp(r[12]),
                (String) r[13], (UUID) r[14], (String) r[15], (String) r[16], date(r[17]), (String) r[18], attempts);
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
