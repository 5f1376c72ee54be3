package org.pashm.app.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.problem.Problems;

/**
 * Object-level access, in one place: every endpoint that names an organisation's object asks here before it reads
 * or writes it. What the caller may not touch answers exactly like what does not exist (404), so identifiers cannot
 * be probed.
 */
@RequestScoped
public class Access {

    /** What the caller needs to be for the organisation. */
    public enum Need {
        /** Acts for it in any role (or is an administrator). */
        READ,
        /** Manages it (or is an administrator). */
        MANAGE,
        /** Is an auditor assigned to it (or an administrator). */
        ASSESS
    }

    @Inject
    Caller caller;

    /*
     * Access reads the two tables it needs itself rather than through the organisation and site features, which
     * depend on it: security sits below every feature.
     */
    @Inject
    EntityManager em;

    public boolean allows(UUID organisation, Need need) {
        return switch (need) {
            case READ -> caller.isMemberOf(organisation);
            case MANAGE -> caller.canManage(organisation);
            case ASSESS -> caller.mayAssess(organisation);
        };
    }

    /** Refuses, as not found, an organisation that does not exist or that the caller may not act on as needed. */
    public void organisation(UUID id, Need need) {
        if (em.createNativeQuery("select 1 from organisation where id = ?1").setParameter(1, id).getResultList()
                .isEmpty() || !allows(id, need)) {
            throw Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id + ".");
        }
    }

    /**
     * Refuses, as not found, a site that does not exist or whose organisation the caller may not act on as needed.
     *
     * @return the site's organisation
     */
    public UUID site(UUID id, Need need) {
        List<?> owner = em.createNativeQuery("select organisation_id from site where id = ?1", UUID.class)
                .setParameter(1, id).getResultList();
        if (owner.isEmpty() || !allows((UUID) owner.get(0), need)) {
            throw Problems.notFound("unknown-site", "Unknown site", "There is no site " + id + ".");
        }
        return (UUID) owner.get(0);
    }

    /**
     * Refuses, as not found, an object of {@code organisation} the caller may not act on.
     *
     * @param what the object's kind in words and in the problem type: "bag" gives unknown-bag, "Unknown bag"
     */
    public void check(UUID organisation, Need need, String what, Object id) {
        if (organisation == null || !allows(organisation, need)) {
            throw notFound(what, id);
        }
    }

    /** As {@link #check}, for an object any of several organisations may act on (a lot and its holders). */
    public void checkAny(Collection<UUID> organisations, Need need, String what, Object id) {
        for (UUID o : organisations) {
            if (o != null && allows(o, need)) {
                return;
            }
        }
        throw notFound(what, id);
    }

    public static ProblemException notFound(String what, Object id) {
        return Problems.notFound("unknown-" + what.replace(' ', '-'),
                "Unknown " + what, "There is no " + what + " " + id + ".");
    }
}
