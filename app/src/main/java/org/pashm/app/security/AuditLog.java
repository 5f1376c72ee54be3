package org.pashm.app.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every write request that reaches the API (POST, PUT, PATCH, DELETE), allowed or refused: who (the token's
 * subject and roles), when, what (method, path, status) and from where (address, user agent). The table is
 * append-only; administrators read it at {@code GET /audit-log}. Writing happens off the request thread, after the
 * answer, so that auditing never slows or fails a request; a row that cannot be written is logged as an error.
 */
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern ORGANISATION = Pattern.compile("^/organisations/([0-9a-fA-F-]{36})");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    @Inject
    HttpServerRequest http;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!WRITES.contains(method)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        String remote = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        String forwarded = request.getHeaderString("X-Forwarded-For");
        String from = forwarded == null ? remote : forwarded + " via " + remote;
        String agent = request.getHeaderString("User-Agent");
        Matcher m = ORGANISATION.matcher(path);
        UUID organisation = m.find() ? parse(m.group(1)) : null;
        // The filter may run on the I/O thread (a request refused before dispatch), where resolving a lazily
        // authenticated identity must not block: subscribe to it, and write on a worker.
        identities.getDeferredIdentity().subscribe().with(
                identity -> executor.execute(() -> write(subject(identity), roles(identity), method, path, status, from,
                        agent, organisation)),
                failure -> executor.execute(() -> write(null, null, method, path, status, from, agent, organisation)));
    }

    private static String subject(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private static String roles(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : String.join(",", new TreeSet<>(identity.getRoles()));
    }

    private void write(String subject, String roles, String method, String path, int status, String from, String agent,
                       UUID organisation) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            insert into audit_event (id, subject, roles, method, path, status, remote_address,
                                                     user_agent, organisation_id)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, subject).setParameter(3, roles)
                    .setParameter(4, method).setParameter(5, cut(path, 2000)).setParameter(6, status)
                    .setParameter(7, cut(from, 100)).setParameter(8, cut(agent, 500)).setParameter(9, organisation)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write the audit event of %s %s by %s (status %d)", method, path, subject, status);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
