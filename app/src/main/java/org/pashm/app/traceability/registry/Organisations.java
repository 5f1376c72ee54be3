package org.pashm.app.traceability.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.pashm.core.evidence.English;
import org.pashm.app.organisation.Organisation;
import org.pashm.app.problem.Problems;
import org.pashm.traceability.CustodyStep;

/** Finds organisations and checks that one is of a kind that may do something. */
@ApplicationScoped
public class Organisations {

    @Inject
    EntityManager em;

    public Organisation find(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id + ".");
        }
        return o;
    }

    /**
     * The organisation, refused with 409 unless it is of a kind that takes {@code step} (the traceability module's
     * rule: who keeps goats, fills bags, aggregates, dehairs).
     */
    public Organisation taking(UUID id, CustodyStep step) {
        Organisation o = find(id);
        List<String> kinds = step.organisationKinds();
        String doing = step.doing();
        if (!step.isTakenBy(o.kind)) {
            String who = English.a(o.kind);
            throw Problems.conflict("wrong-organisation-kind", "Wrong kind of organisation",
                    Character.toUpperCase(who.charAt(0)) + who.substring(1) + " does not " + doing + "; that is done by "
                            + String.join(", ", kinds.stream().map(English::a).toList()) + ".")
                    .with("kind", o.kind).with("expected", List.copyOf(kinds));
        }
        return o;
    }

    /** The ids of the organisation's sites, lower case. */
    public Set<String> siteIds(UUID organisation) {
        List<?> ids = em.createNativeQuery("select cast(id as varchar) from site where organisation_id = ?1")
                .setParameter(1, organisation).getResultList();
        Set<String> set = new HashSet<>();
        for (Object id : ids) {
            set.add(id.toString().toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
