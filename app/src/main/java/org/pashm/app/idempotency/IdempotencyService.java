package org.pashm.app.idempotency;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pashm.app.persistence.Rows;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.AuditTrail;

/**
 * The {@code Idempotency-Key} request header of the IETF httpapi draft, for POSTs that create things.
 *
 * <ul>
 *   <li>The first request with a key claims it (an insert that only one concurrent request can win), is processed,
 *       and its response is stored in the same transaction as what it created: both are kept, or neither.</li>
 *   <li>A retry with the same key and the same payload gets the stored response; nothing is created twice.</li>
 *   <li>The same key with another payload gets 422; a retry while the first is still being processed gets 409.</li>
 *   <li>A request that fails releases its key, so nothing half-done is remembered. A claim whose holder died is
 *       taken over once its lease has run out.</li>
 *   <li>Keys are kept at least {@code pashm.idempotency.keep} (24 hours by default), then removed.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotencyService {

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);
    public static final String HEADER = "Idempotency-Key";
    /** Sorted keys, so that the same JSON written in another order is the same payload. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Inject
    EntityManager em;

    /** Writes a bound request without its absent (null) members, which a client may send or leave out alike. */
    private final ObjectMapper requests;

    @Inject
    IdempotencyService(ObjectMapper json) {
        this.requests = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @Inject
    AuditTrail trail;

    @ConfigProperty(name = "pashm.idempotency.keep", defaultValue = "PT24H")
    Duration keep;

    @ConfigProperty(name = "pashm.idempotency.lease", defaultValue = "PT30S")
    Duration lease;

    /** A response that can be stored and replayed: status, Location and a JSON body. */
    public record Stored(int status, String location, String body) {
    }

    /** The answer to give: made now, or {@code replayed} from the first request with the key. */
    public record Answer(Stored stored, boolean replayed) {
    }

    /**
     * Runs {@code action} at most once per (scope, key). The action runs inside a transaction that also records
     * its response; it must not manage transactions itself.
     *
     * @param key     the header's value, or null to run the action without idempotency
     * @param target  what the key protects, e.g. "POST /assessments": part of the fingerprint
     * @param request the request as bound (a record, or null for a POST without a body): the rest of the fingerprint
     */
    public Answer run(String scope, String key, String target, Object request, Supplier<Stored> action) {
        if (key == null) {
            return new Answer(QuarkusTransaction.requiringNew().call(() -> audited(action.get())), false);
        }
        if (key.isBlank() || key.length() > 255) {
            throw Problems.badParameter(HEADER, Rule.INVALID_VALUE, "an Idempotency-Key is 1 to 255 characters");
        }
        String fingerprint;
        try {
            fingerprint = fingerprint(target, requests.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request that cannot be written as JSON: " + request.getClass(), e);
        }
        if (!claim(scope, key, fingerprint)) {
            return existing(scope, key, fingerprint);
        }
        try {
            return new Answer(QuarkusTransaction.requiringNew().call(() -> {
                Stored result = audited(action.get());
                int updated = em.createNativeQuery("""
                                update idempotency_key set state = 'completed', response_status = ?3,
                                       response_headers = cast(?4 as jsonb), response_body = ?5
                                where scope = ?1 and key = ?2 and state = 'processing'""")
                        .setParameter(1, scope).setParameter(2, key).setParameter(3, result.status())
                        .setParameter(4, result.location() == null ? "{}" : "{\"Location\": \"" + result.location() + "\"}")
                        .setParameter(5, result.body()).executeUpdate();
                if (updated != 1) {
                    // Our claim expired and another request took it over: let that one win, keep nothing of ours.
                    throw Problems.conflict("idempotency-key-in-use", "Request in progress",
                            "Another request with this Idempotency-Key took over; retry to get its response.");
                }
                return result;
            }), false);
        } catch (RuntimeException e) {
            release(scope, key);
            throw e;
        }
    }

    /** Records the write's audit event in its transaction, with the status it answers. */
    private Stored audited(Stored result) {
        trail.inThisTransaction(result.status());
        return result;
    }

    private boolean claim(String scope, String key, String fingerprint) {
        // Leases are timed on the database's clock, not the app's: they are taken over between app instances, whose
        // clocks may differ, and no rule of the farm calendar depends on them.
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("""
                            insert into idempotency_key (scope, key, fingerprint, state, locked_until)
                            values (?1, ?2, ?3, 'processing', now() + cast(?4 as interval))
                            on conflict do nothing""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, lease.toMillis() + " milliseconds").executeUpdate();
            if (inserted == 1) {
                return true;
            }
            // A claim left by a request that died (its lease ran out) may be taken over by the same payload.
            int taken = em.createNativeQuery("""
                            update idempotency_key set locked_until = now() + cast(?4 as interval)
                            where scope = ?1 and key = ?2 and fingerprint = ?3 and state = 'processing'
                              and locked_until < now()""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                    .setParameter(4, lease.toMillis() + " milliseconds").executeUpdate();
            return taken == 1;
        });
    }

    private Answer existing(String scope, String key, String fingerprint) {
        Kept row = QuarkusTransaction.requiringNew().call(() -> Rows.optional(em, """
                        select fingerprint, state, response_status, response_headers ->> 'Location' as location,
                               response_body
                        from idempotency_key where scope = ?1 and key = ?2""",
                r -> new Kept(r.text("fingerprint"), r.text("state"), r.integer("response_status"),
                        r.text("location"), r.text("response_body")),
                scope, key)).orElse(null);
        if (row == null) {
            // Released by a failed first attempt between our claim and this read: the client may simply retry.
            throw Problems.conflict("idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key has just finished without a result; retry it.");
        }
        if (!fingerprint.equals(row.fingerprint())) {
            throw Problems.of(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        if ("processing".equals(row.state())) {
            throw Problems.conflict("idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry later.");
        }
        return new Answer(new Stored(row.responseStatus(), row.location(), row.responseBody()), true);
    }

    /** A key as stored: whose request it is, whether it is done, and the answer kept when it is. */
    private record Kept(String fingerprint, String state, Integer responseStatus, String location,
                        String responseBody) {
    }

    private void release(String scope, String key) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "delete from idempotency_key where scope = ?1 and key = ?2 and state = 'processing'")
                    .setParameter(1, scope).setParameter(2, key).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not release Idempotency-Key %s; it expires with its lease", key);
        }
    }

    /** Removes keys older than the retention period. Safe to run on several instances at once. */
    @Scheduled(every = "${pashm.idempotency.cleanup-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int removed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from idempotency_key where created_at < now() - cast(?1 as interval)")
                .setParameter(1, keep.toMillis() + " milliseconds").executeUpdate());
        if (removed > 0) {
            LOG.infof("Removed %d expired idempotency keys", removed);
        }
    }

    /**
     * The fingerprint a request is remembered by: its target and its JSON with members sorted, white space left out
     * and numbers read as numbers (12.50 is 12.5).
     */
    public static String fingerprintOf(String target, String requestJson) {
        return fingerprint(target, requestJson.getBytes(StandardCharsets.UTF_8));
    }

    private static String fingerprint(String target, byte[] requestJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(target.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(CANONICAL.readValue(requestJson, Object.class)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: whether a key is stored. */
    public boolean isStored(String scope, String key) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "select 1 from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList().isEmpty());
    }

}
