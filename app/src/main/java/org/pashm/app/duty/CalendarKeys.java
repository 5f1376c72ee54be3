package org.pashm.app.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.persistence.Rows;
import org.pashm.app.problem.Problems;
import org.pashm.app.security.Caller;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/**
 * Secret addresses of an organisation's duty feed, for calendar apps (which cannot send a bearer token). A key is
 * 256 random bits, shown once; only its SHA-256 is stored, so the table does not give the addresses away.
 */
@ApplicationScoped
public class CalendarKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Caller caller;

    /** A key as the API shows it; {@code url} only in the answer to its creation. */
    public record CalendarKeyView(UUID id, UUID organisation, String label, String url, String createdBy,
                                  OffsetDateTime createdAt, OffsetDateTime revokedAt) {

        /** The same key without its address: what is kept to answer a retry of its creation. */
        public CalendarKeyView withoutUrl() {
            return new CalendarKeyView(id, organisation, label, null, createdBy, createdAt, revokedAt);
        }
    }

    /** Makes a key of {@code organisation}; runs in the caller's transaction. The answer carries its address. */
    public CalendarKeyView create(UUID organisation, CalendarKeyRequest request) {
        String label = request.label();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = farmCalendar.now();
        em.createNativeQuery("""
                        insert into calendar_key (id, organisation_id, key_sha256, label, created_by, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, organisation).setParameter(3, sha256(key))
                .setParameter(4, label).setParameter(5, caller.subject()).setParameter(6, now).executeUpdate();
        return new CalendarKeyView(id, organisation, label, url(key), caller.subject(), now, null);
    }

    /** The feed's secret address for a key. */
    public static String url(String key) {
        return "/calendars/" + key + "/duties.ics";
    }

    public Page<CalendarKeyView> list(UUID organisation, Paging paging) {
        long total = ((Number) em.createNativeQuery("select count(*) from calendar_key where organisation_id = ?1")
                .setParameter(1, organisation).getSingleResult()).longValue();
        List<CalendarKeyView> items = Rows.list(Rows.query(em, """
                        select id, organisation_id, label, created_by, created_at, revoked_at from calendar_key
                        where organisation_id = ?1 order by created_at desc, id""")
                .setParameter(1, organisation).setFirstResult(paging.offset()).setMaxResults(paging.size()),
                CalendarKeys::view);
        return Page.of(items, paging, total);
    }

    /** Revokes a key: its address answers 404 from now on. Revoking twice changes nothing. */
    @Transactional
    public void revoke(UUID organisation, UUID id) {
        int found = ((Number) em.createNativeQuery(
                        "select count(*) from calendar_key where id = ?1 and organisation_id = ?2")
                .setParameter(1, id).setParameter(2, organisation).getSingleResult()).intValue();
        if (found == 0) {
            throw Problems.notFound("unknown-calendar-key", "Unknown calendar key",
                    "There is no calendar key " + id + ".");
        }
        em.createNativeQuery("update calendar_key set revoked_at = ?2 where id = ?1 and revoked_at is null")
                .setParameter(1, id).setParameter(2, farmCalendar.now()).executeUpdate();
    }

    /** The organisation whose feed a key opens, or null when the key is unknown or revoked. */
    public UUID organisationOf(String key) {
        if (key == null || key.length() > 100) {
            return null;
        }
        List<?> rows = em.createNativeQuery(
                        "select organisation_id from calendar_key where key_sha256 = ?1 and revoked_at is null")
                .setParameter(1, sha256(key)).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    private static CalendarKeyView view(Rows r) {
        return new CalendarKeyView(r.uuid("id"), r.uuid("organisation_id"), r.text("label"), null,
                r.text("created_by"), r.time("created_at"), r.time("revoked_at"));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
