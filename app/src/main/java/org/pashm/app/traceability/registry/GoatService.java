package org.pashm.app.traceability.registry;

import org.pashm.app.web.Received;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pashm.app.problem.Problems;
import org.pashm.app.record.RetentionGuard;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.traceability.CustodyStep;
import org.pashm.traceability.GoatCategory;
import org.pashm.traceability.Retention;

/** Registers, lists and finds goats one at a time; bulk work is {@link GoatImportService}'s. */
@ApplicationScoped
public class GoatService {

    @Inject
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    /** Registers one goat; 400 naming every bad field, 409 when the ear tag is taken. Runs in the caller's transaction. */
    public GoatView create(UUID organisation, Received<GoatRequest> request) {
        organisations.taking(organisation, CustodyStep.HERD_KEEPING);
        Set<String> sites = organisations.siteIds(organisation);
        GoatFields.Row[] checked = new GoatFields.Row[1];
        request.check((goat, errors) -> checked[0] = GoatFields.check(goat, sites, farmCalendar.latestDateOnEarth(),
                errors));
        GoatFields.Row row = checked[0];
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, GoatImportService.lockKey(organisation))
                .getSingleResult();
        if (Goat.count("organisationId = ?1 and earTag = ?2", organisation, row.earTag()) > 0) {
            throw Problems.conflict("ear-tag-taken", "Ear tag already registered", "Ear tag " + row.earTag()
                    + " is already registered in this organisation; an ear tag is unique within it.");
        }
        Goat g = new Goat();
        g.id = UUID.randomUUID();
        g.organisationId = organisation;
        g.siteId = row.site() == null ? null : UUID.fromString(row.site());
        g.earTag = row.earTag();
        g.sex = row.sex();
        g.birthDate = row.birthDate();
        g.strain = row.strain();
        g.coatColour = row.coatColour();
        g.category = row.category();
        g.registeredAt = farmCalendar.now();
        g.updatedAt = g.registeredAt;
        g.persist();
        return GoatView.of(g);
    }

    public Goat find(UUID id) {
        Goat g = Goat.findById(id);
        if (g == null) {
            throw Problems.notFound("unknown-goat", "Unknown goat", "There is no goat " + id + ".");
        }
        return g;
    }

    public GoatView view(UUID id) {
        return GoatView.of(find(id));
    }

    /** The organisation's goats by ear tag, filtered by site, category or ear tag. */
    public Page<GoatView> list(UUID organisation, UUID site, String category, String earTag, Paging paging) {
        organisations.find(organisation);
        if (category != null && !GoatCategory.codes().contains(category)) {
            throw Problems.badParameter("category", Rule.INVALID_VALUE, "'" + category + "' is not a category (expected "
                    + "one of " + String.join(", ", GoatCategory.codes()) + ")");
        }
        StringBuilder where = new StringBuilder("organisationId = :organisation");
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisation);
        if (site != null) {
            where.append(" and siteId = :site");
            params.put("site", site);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category);
        }
        if (earTag != null && !earTag.isBlank()) {
            where.append(" and earTag = :earTag");
            params.put("earTag", earTag.strip());
        }
        var query = Goat.<Goat>find(where + " order by earTag", params);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(GoatView::of).toList(), paging,
                total);
    }

    /**
     * A goat's row holds its key parameters (number, strain, colour, age), which 11.1.4 keeps permanently, and for
     * breeding goats the archive of 11.1.3: it is never deleted.
     */
    public void delete(UUID id) {
        Goat goat = find(id);
        RetentionGuard.check(Retention.KEY_PARAMETERS, goat.registeredAt.toLocalDate(), farmCalendar.today(),
                "Goat " + goat.earTag + "'s registry entry, which holds its key parameters (number, strain, colour, "
                        + "age),");
    }
}
