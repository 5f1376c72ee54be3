package org.pashm.app.security;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.context.ManagedExecutor;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pashm.app.problem.ProblemMappers;
import org.pashm.app.problem.Problems;

/**
 * A rate limit per client on writes: at most {@code pashm.rate-limit.writes-per-minute} POST, PUT, PATCH or DELETE
 * requests a minute per token subject (per address for anonymous callers), refilled smoothly. The buckets live in
 * PostgreSQL (bucket4j), so the limit holds across every app instance. Beyond it: 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimit {


    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    HttpServerRequest http;

    /** The app's clock: the buckets refill as it moves (a test moves it instead of waiting). */
    @Inject
    Clock clock;

    @ConfigProperty(name = "pashm.rate-limit.writes-per-minute", defaultValue = "120")
    long writesPerMinute;

    private ProxyManager<Long> buckets;
    private BucketConfiguration configuration;

    @PostConstruct
    void init() {
        buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource).table("rate_limit_bucket").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at").clientClock(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        Instant now = clock.instant();
                        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                }).build();
        configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(writesPerMinute).refillGreedy(writesPerMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    @Inject
    ManagedExecutor executor;

    /**
     * Non-blocking: the filter may run on the I/O thread, so the identity is awaited as a Uni and the bucket (a
     * database round trip) is taken on a worker.
     */
    // Pre-matching: before the resource is matched, so before its security check, which would answer an anonymous or
    // refused write 401 without counting it (issue 22: 300 anonymous POSTs in under a second).
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!Writes.is(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        String address = "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        String path = request.getUriInfo().getPath();
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> identity == null || identity.isAnonymous() ? address
                        : "subject:" + identity.getPrincipal().getName())
                .emitOn(executor)
                .map(client -> take(client, path));
    }

    /** Takes one write from {@code client}'s bucket: null when there was one, the 429 otherwise. */
    Response take(String client, String path) {
        // A stored bucket keeps the limit it was made with (bucket4j keeps the configuration beside the state, and
        // replaces it only for a higher version number, which a lowered limit would not be). So the limit is part of
        // the key: a changed PASHM_WRITES_PER_MINUTE starts every client on a bucket of the new size.
        ConsumptionProbe probe = buckets.builder().build(key(client + " at " + writesPerMinute + "/min"),
                () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return ProblemMappers.respond(Problems.rateLimited(writesPerMinute, seconds), path);
    }

    /** A 64-bit key for the bucket table, from the client's name. */
    static long key(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
