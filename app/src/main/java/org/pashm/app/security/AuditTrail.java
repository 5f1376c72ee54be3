package org.pashm.app.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit event of one write request, written in the write's own transaction: the event is stored if and only if
 * what it records is (issue 22: written after the answer, a 201 whose database went away kept its data and lost its
 * event). The write's transaction calls {@link #inThisTransaction}: {@code Creations} with the 201 it answers, and
 * {@link AuditedWrites} for a service method that is {@code @Transactional}, with the status the resource method
 * answers when it returns normally ({@link AuditLog#expect}). A request that wrote nothing (refused, replayed, failed)
 * is recorded by {@link AuditLog} after its answer, with the status it got.
 */
@RequestScoped
public class AuditTrail {

    private static final Pattern ORGANISATION = Pattern.compile("^/organisations/([0-9a-fA-F-]{36})");

    @Inject
    CurrentVertxRequest current;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    /** The status the resource method answers when it returns normally; null when only it can tell. */
    private Integer expected;
    /** The status the event written in the write's transaction gave; null while none was written. */
    private Integer recorded;

    void expect(Integer status) {
        this.expected = status;
    }

    /** The status recorded with the write, or null when no event was written in a write's transaction. */
    Integer recorded() {
        return recorded;
    }

    /** Records the write in the current transaction, answered with the status the resource method declares. */
    void inThisTransaction() {
        if (expected != null) {
            inThisTransaction(expected);
        }
    }

    /**
     * Records this request's write in the current transaction, to be answered with {@code status}; does nothing for a
     * read, outside a transaction, or when the write was recorded already (a transactional method called by another).
     */
    public void inThisTransaction(int status) {
        RoutingContext request = current.getCurrent();
        if (recorded != null || request == null || !Writes.is(request.request().method().name()) || !active()) {
            return;
        }
        Seen.of(request.request()).by(identities.getIdentity(), status).insert(em);
        recorded = status;
    }

    private boolean active() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }

    /** What a write request is, as it arrived: read on its own thread, recorded with its caller and status. */
    record Seen(String method, String path, String from, String agent, UUID organisation) {

        static Seen of(HttpServerRequest http) {
            String remote = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
            String forwarded = http.getHeader("X-Forwarded-For");
            String path = http.path();
            Matcher m = ORGANISATION.matcher(path);
            return new Seen(http.method().name(), path, forwarded == null ? remote : forwarded + " via " + remote,
                    http.getHeader("User-Agent"), m.find() ? parse(m.group(1)) : null);
        }

        Event by(SecurityIdentity identity, int status) {
            boolean anonymous = identity == null || identity.isAnonymous();
            return new Event(anonymous ? null : identity.getPrincipal().getName(),
                    anonymous ? null : String.join(",", new TreeSet<>(identity.getRoles())), method, path, status,
                    from, agent, organisation);
        }

        private static UUID parse(String s) {
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One row of {@code audit_event}: who, what, from where, and the status answered. */
    record Event(String subject, String roles, String method, String path, int status, String from, String agent,
                 UUID organisation) {

        /** Inserts the row in the caller's transaction. */
        void insert(EntityManager em) {
            em.createNativeQuery("""
                            insert into audit_event (id, subject, roles, method, path, status, remote_address,
                                                     user_agent, organisation_id)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, subject).setParameter(3, roles)
                    .setParameter(4, method).setParameter(5, cut(path, 2000)).setParameter(6, status)
                    .setParameter(7, cut(from, 100)).setParameter(8, cut(agent, 500)).setParameter(9, organisation)
                    .executeUpdate();
        }

        private static String cut(String s, int max) {
            return s == null || s.length() <= max ? s : s.substring(0, max);
        }
    }
}
