package org.pashm.app.traceability.bags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pashm.app.persistence.DatabaseErrors;
import org.pashm.app.persistence.Rows;
import org.pashm.app.web.Paging;
import org.pashm.core.standard.ProductionSystem;

/**
 * The bags' SQL: table bag (through {@link BagRecord}), the goats a bag names ({@code bag_goat}) and, to show a bag,
 * the lot it went into. Listings read a page of bags and then their goats and lots in one statement each, whatever
 * the page size.
 */
@ApplicationScoped
public class BagRepository {

    @Inject
    EntityManager em;

    @Inject
    DatabaseErrors databaseErrors;

    /** A site a bag may be filled at: whose it is and its production system, which decides the bag's rules. */
    public record BagSite(UUID id, UUID organisation, ProductionSystem system) {
    }

    /** A page of bags and how many there are in all. */
    public record Found(List<BagRecord> bags, long total) {
    }

    public Optional<BagSite> site(UUID id) {
        return Rows.list(em, "select id, organisation_id, production_system from site where id = ?1",
                r -> new BagSite(r.uuid("id"), r.uuid("organisation_id"),
                        ProductionSystem.fromCode(r.text("production_system"))), id).stream().findFirst();
    }

    /** The ids of the organisation's goats with these ear tags, by ear tag (tags no goat has are absent). */
    public Map<String, UUID> goatsByEarTag(UUID organisation, Collection<String> earTags) {
        Map<String, UUID> ids = new HashMap<>();
        if (earTags.isEmpty()) {
            return ids;
        }
        Rows.list(em, "select ear_tag, id from goat where organisation_id = ?1 and ear_tag = any(cast(?2 as varchar[]))",
                        r -> Map.entry(r.text("ear_tag"), r.uuid("id")), organisation, earTags.toArray(String[]::new))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    public boolean numberTaken(UUID organisation, String number) {
        return BagRecord.count("organisationId = ?1 and number = ?2", organisation, number) > 0;
    }

    /** Stores a bag and the goats it names, in the caller's transaction. */
    public void insert(BagRecord bag, List<UUID> goats) {
        bag.persist();
        // bag_number: another request registered the same number at the same moment.
        databaseErrors.flush();
        if (!goats.isEmpty()) {
            em.createNativeQuery("insert into bag_goat (organisation_id, bag_id, goat_id) "
                            + "select ?1, ?2, unnest(cast(?3 as uuid[]))")
                    .setParameter(1, bag.organisationId).setParameter(2, bag.id)
                    .setParameter(3, goats.toArray(UUID[]::new)).executeUpdate();
        }
    }

    public Optional<BagRecord> find(UUID id) {
        return Optional.ofNullable(BagRecord.findById(id));
    }

    /** The organisation's bags, newest harvest first, or the one with {@code number}. */
    public Found page(UUID organisation, String number, Paging paging) {
        var query = number == null
                ? BagRecord.<BagRecord>find("organisationId = ?1 order by harvestedOn desc, number, id", organisation)
                : BagRecord.<BagRecord>find("organisationId = ?1 and number = ?2", organisation, number);
        return new Found(query.page(paging.page(), paging.size()).list(), query.count());
    }

    /** The ear tags of the goats each bag names, in ear-tag order; one statement for all the bags. */
    public Map<UUID, List<String>> earTags(List<BagRecord> bags) {
        Map<UUID, List<String>> tags = new LinkedHashMap<>();
        bags.forEach(b -> tags.put(b.id, new java.util.ArrayList<>()));
        if (bags.isEmpty()) {
            return tags;
        }
        Rows.list(em, """
                        select bg.bag_id, g.ear_tag from bag_goat bg join goat g on g.id = bg.goat_id
                        where bg.bag_id = any(cast(?1 as uuid[])) order by g.ear_tag""",
                        r -> Map.entry(r.uuid("bag_id"), r.text("ear_tag")), (Object) ids(bags))
                .forEach(e -> tags.get(e.getKey()).add(e.getValue()));
        return tags;
    }

    /** The code of the lot each bag went into, for the bags that went into one; one statement. */
    public Map<UUID, String> lots(List<BagRecord> bags) {
        Map<UUID, String> lots = new HashMap<>();
        if (bags.isEmpty()) {
            return lots;
        }
        Rows.list(em, "select lb.bag_id, l.code from lot_bag lb join lot l on l.id = lb.lot_id where lb.bag_id = any(cast(?1 as uuid[]))",
                r -> Map.entry(r.uuid("bag_id"), r.text("code")), (Object) ids(bags)).forEach(e -> lots.put(e.getKey(), e.getValue()));
        return lots;
    }

    private static UUID[] ids(List<BagRecord> bags) {
        return bags.stream().map(b -> b.id).toArray(UUID[]::new);
    }
}
