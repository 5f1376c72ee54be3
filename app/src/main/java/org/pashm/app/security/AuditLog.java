package org.pashm.app.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every write request that reaches the API (POST, PUT, PATCH, DELETE), allowed or refused: who (the token's
 * subject and roles), when, what (method, path, status) and from where (address, user agent). The table is
 * append-only; administrators read it at {@code GET /audit-log}.
 *
 * <p>Not recorded: writes the rate limit refused (429), which never reached the API.
 *
 * <p>A write that stores something is recorded in its own transaction ({@link AuditTrail}), so that its event is
 * stored exactly when its data are. A request that stored nothing (refused, replayed, failed) is recorded here, off the
 * request thread after the answer, so that auditing never slows or fails a refusal; a row that cannot be written is
 * logged as an error. If a recorded write was answered otherwise than its event says (it failed after its commit),
 * a second event records the status it got.
 */
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    @Inject
    AuditTrail trail;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    @Inject
    HttpServerRequest http;

    @Inject
    CurrentIdentityAssociation identities;

    /**
     * The status a write answers when its resource method returns normally, as JAX-RS gives it: 204 for a method
     * that returns nothing, 200 for one that returns a value. A method that builds its {@code Response} says it
     * itself ({@code Creations}: 201).
     */
    @ServerRequestFilter
    public void expect(ContainerRequestContext request, ResourceInfo resource) {
        if (!Writes.is(request.getMethod()) || resource.getResourceMethod() == null) {
            return;
        }
        Class<?> answers = resource.getResourceMethod().getReturnType();
        trail.expect(answers == void.class ? Integer.valueOf(204)
                : Response.class.isAssignableFrom(answers) ? null : Integer.valueOf(200));
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!Writes.is(request.getMethod())) {
            return;
        }
        int status = response.getStatus();
        // A write the rate limit turned away never reached the API; recording each would let a flood of them write
        // to the database at the flood's rate (issue 22). The limit's refusals are counted in its buckets instead.
        if (status == 429) {
            return;
        }
        Integer recorded = recorded();
        if (recorded != null && recorded == status) {
            return;
        }
        // The filter may run on the I/O thread (a request refused before dispatch), where resolving a lazily
        // authenticated identity must not block: subscribe to it, and write on a worker.
        AuditTrail.Seen seen = AuditTrail.Seen.of(http);
        identities.getDeferredIdentity().subscribe().with(
                identity -> executor.execute(() -> write(seen.by(identity, status))),
                failure -> executor.execute(() -> write(seen.by(null, status))));
    }

    /** What the write's transaction recorded; null when nothing was, or when the request had no request scope. */
    private Integer recorded() {
        try {
            return trail.recorded();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private void write(AuditTrail.Event event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> event.insert(em));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write the audit event of %s %s by %s (status %d)", event.method(), event.path(),
                    event.subject(), event.status());
        }
    }
}
