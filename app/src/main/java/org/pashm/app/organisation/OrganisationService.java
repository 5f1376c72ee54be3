package org.pashm.app.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.security.Access;
import org.pashm.app.security.Caller;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Registers organisations and finds the ones a caller acts for. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Caller caller;

    @Inject
    Access access;

    /** Registers an organisation (the request is checked); runs in the caller's transaction. */
    public OrganisationView register(OrganisationRequest request) {
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.name = request.name();
        o.kind = request.kind();
        o.createdAt = farmCalendar.now();
        o.persist();
        return OrganisationView.of(o);
    }

    /** The organisations the caller acts for (administrators: all), optionally of one kind or matching a name. */
    public Page<OrganisationView> list(String kind, String name, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        Set<UUID> readable = caller.readable();
        if (readable != null) {
            where.append(" and id in :readable");
            params.put("readable", readable.isEmpty() ? Set.of(new UUID(0, 0)) : readable);
        }
        if (name != null && !name.isBlank()) {
            where.append(" and lower(name) like :name");
            params.put("name", "%" + name.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        }
        var query = Organisation.<Organisation>find(where + " order by name, id", params);
        long total = query.count();
        List<OrganisationView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(OrganisationView::of).toList();
        return Page.of(items, paging, total);
    }

    /** The organisation, if the caller acts for it; otherwise 404, as if it did not exist. */
    public OrganisationView visible(UUID id) {
        access.organisation(id, Access.Need.READ);
        return OrganisationView.of(Organisation.findById(id));
    }
}
