package org.pashm.app.member;

import org.pashm.app.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.persistence.Rows;
import org.pashm.app.problem.Problems;

/** Grants and withdraws the roles subjects hold for an organisation. */
@ApplicationScoped
public class MemberService {

    private static final String COLUMNS = "select subject, role, granted_at, granted_by from membership ";

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Caller caller;

    /**
     * Grants a role (the request is checked); runs in the caller's transaction. Granting a role the subject already
     * holds changes nothing: the answer is the membership as it was first granted.
     */
    public MemberView grant(UUID organisation, MemberRequest request) {
        em.createNativeQuery("""
                        insert into membership (organisation_id, subject, role, granted_at, granted_by)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, organisation).setParameter(2, request.subject()).setParameter(3, request.role())
                .setParameter(4, farmCalendar.now()).setParameter(5, caller.subject()).executeUpdate();
        return Rows.list(em, COLUMNS + "where organisation_id = ?1 and subject = ?2 and role = ?3",
                MemberService::view, organisation, request.subject(), request.role()).get(0);
    }

    public List<MemberView> list(UUID organisation) {
        return Rows.list(em, COLUMNS + "where organisation_id = ?1 order by role, subject", MemberService::view,
                organisation);
    }

    /** Withdraws a role; 404 when the subject does not hold it. */
    @Transactional
    public void withdraw(UUID organisation, String subject, String role) {
        int removed = em.createNativeQuery(
                        "delete from membership where organisation_id = ?1 and subject = ?2 and role = ?3")
                .setParameter(1, organisation).setParameter(2, subject).setParameter(3, role).executeUpdate();
        if (removed == 0) {
            throw Problems.notFound("unknown-member", "Unknown member", subject + " is not " + role + " of "
                    + organisation + ".");
        }
    }

    private static MemberView view(Rows r) {
        return new MemberView(r.text("subject"), r.text("role"), r.time("granted_at"), r.text("granted_by"));
    }
}
