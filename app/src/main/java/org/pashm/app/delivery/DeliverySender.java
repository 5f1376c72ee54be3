package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.persistence.Rows;

/**
 * Sends the outbox. Each batch is one transaction that claims pending deliveries with
 * {@code select ... for update skip locked}, sends them while it holds their row locks, and records each outcome
 * before it commits. Another instance skips the rows this one holds, so a delivery is never sent by two instances at
 * once; an instance that dies after claiming (before its commit) leaves the rows pending and unlocked, and a later
 * run sends them: at least once, and once unless the crash fell between the receiver's answer and the commit (the
 * webhook-id, the same on every attempt, lets a receiver drop that duplicate).
 *
 * <p>A failed attempt is retried after {@code backoff * 2^(attempt-1)} (capped at {@code max-backoff}); after
 * {@code max-attempts} failures the delivery is dead: listed over the API and re-triggerable.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookChannel webhooks;

    @Inject
    EmailChannel email;

    @ConfigProperty(name = "pashm.delivery.max-attempts", defaultValue = "8")
    int maxAttempts;

    @ConfigProperty(name = "pashm.delivery.backoff", defaultValue = "PT1M")
    Duration backoff;

    @ConfigProperty(name = "pashm.delivery.max-backoff", defaultValue = "PT12H")
    Duration maxBackoff;

    @ConfigProperty(name = "pashm.delivery.batch-size", defaultValue = "10")
    int batchSize;

    @ConfigProperty(name = "pashm.delivery.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Scheduled(identity = "pashm-deliveries", every = "${pashm.delivery.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = deliverDue(farmCalendar.instant());
        if (sent > 0) {
            LOG.infof("Attempted %d reminder deliveries", sent);
        }
    }

    /** Sends every delivery whose attempt is due at {@code now}, batch after batch; returns how many were tried. */
    public int deliverDue(Instant now) {
        int total = 0;
        int n;
        do {
            n = sendBatch(now, null);
            total += n;
        } while (n == batchSize);
        return total;
    }

    /** The wait before the next attempt, after {@code failures} failed attempts in a row. */
    public Duration backoffAfter(int failures) {
        Duration wait = backoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * One batch in one transaction. {@code afterClaim} (may be null) runs once the rows are claimed and before
     * anything is sent: an exception there ends the transaction as a crash would, which is how the tests show that
     * an interrupted run loses nothing.
     */
    public int sendBatch(Instant now, Consumer<List<UUID>> afterClaim) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int seconds = (int) Math.min(Integer.MAX_VALUE, batchSize * (timeout.toSeconds() + 5) + 30);
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> {
            List<Claimed> rows = Rows.list(em, """
                            select d.id, d.organisation_id, d.reminder_id, s.channel, s.target, s.secret, s.language,
                                   cast(r.payload as text) as payload, r.created_at, d.round, d.attempts, s.active
                            from delivery d
                            join subscription s on s.id = d.subscription_id
                            join reminder r on r.id = d.reminder_id
                            where d.status = 'pending' and d.next_attempt_at <= ?1
                            order by d.next_attempt_at, d.id
                            limit ?2
                            for update of d skip locked""",
                    r -> new Claimed(r.uuid("id"), r.uuid("organisation_id"), r.uuid("reminder_id"), r.text("channel"),
                            r.text("target"), r.text("secret"), r.text("language"), r.text("payload"), r.time("created_at"),
                            r.integer("round"), r.integer("attempts"), Boolean.TRUE.equals(r.bool("active"))),
                    at, batchSize);
            List<UUID> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.id()));
            if (afterClaim != null) {
                afterClaim.accept(ids);
            }
            for (Claimed r : rows) {
                UUID id = r.id();
                UUID organisation = r.organisation();
                int round = r.round();
                int attempt = r.attempts() + 1;
                Outcome outcome;
                if (!r.active()) {
                    em.createNativeQuery("update delivery set status = 'cancelled', last_error = ?2 where id = ?1")
                            .setParameter(1, id).setParameter(2, "the subscription was switched off").executeUpdate();
                    continue;
                }
                try {
                    Message m = new Message(id, organisation, r.reminder(), r.channel(), r.target(), r.secret(),
                            json.readTree(r.payload()), r.createdAt(), r.language());
                    outcome = m.channel().equals("webhook") ? webhooks.send(m) : email.send(m);
                } catch (IOException | RuntimeException e) {
                    outcome = Outcome.failed(null, e.toString());
                }
                record(id, organisation, round, attempt, outcome, at);
            }
            return rows.size();
        });
    }

    /** A pending delivery claimed by a batch, with what sending it needs. */
    private record Claimed(UUID id, UUID organisation, UUID reminder, String channel, String target, String secret,
                           String language, String payload, OffsetDateTime createdAt, int round, int attempts,
                           boolean active) {
    }

    private void record(UUID id, UUID organisation, int round, int attempt, Outcome outcome, OffsetDateTime at) {
        String status = outcome.sent() ? "sent" : attempt >= maxAttempts ? "dead" : "pending";
        OffsetDateTime next = outcome.sent() || status.equals("dead") ? at : at.plus(backoffAfter(attempt));
        // Typed binding: several values may be null, and PostgreSQL must still know their types.
        em.createNativeQuery("""
                        update delivery set status = ?2, attempts = ?3, next_attempt_at = ?4, last_attempt_at = ?5,
                               last_error = ?6, sent_at = ?7
                        where id = ?1""").unwrap(NativeQuery.class)
                .setParameter(1, id, UUID.class).setParameter(2, status, String.class)
                .setParameter(3, attempt, Integer.class).setParameter(4, next, OffsetDateTime.class)
                .setParameter(5, at, OffsetDateTime.class).setParameter(6, outcome.error(), String.class)
                .setParameter(7, outcome.sent() ? at : null, OffsetDateTime.class)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into delivery_attempt (id, organisation_id, delivery_id, round, attempt, attempted_at,
                                                      outcome, response_status, error)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""").unwrap(NativeQuery.class)
                .setParameter(1, UUID.randomUUID(), UUID.class).setParameter(2, organisation, UUID.class)
                .setParameter(3, id, UUID.class).setParameter(4, round, Integer.class)
                .setParameter(5, attempt, Integer.class).setParameter(6, at, OffsetDateTime.class)
                .setParameter(7, outcome.sent() ? "sent" : "failed", String.class)
                .setParameter(8, outcome.status(), Integer.class).setParameter(9, outcome.error(), String.class)
                .executeUpdate();
        if (status.equals("dead")) {
            LOG.warnf("Delivery %s is dead after %d attempts: %s", id, attempt, outcome.error());
        }
    }
}
