package org.pashm.app.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.security.Caller;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.standard.ProductionSystem;

/** Registers and finds sites. */
@ApplicationScoped
public class SiteService {

    @Inject
    Caller caller;

    @Inject
    FarmCalendar farmCalendar;

    /** Registers a site of {@code organisation} (the request is checked); runs in the caller's transaction. */
    public SiteView create(UUID organisation, SiteRequest request) {
        Site s = new Site();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.name = request.name();
        s.productionSystem = ProductionSystem.fromCode(request.productionSystem()).code();
        s.region = request.region();
        s.latitude = degrees(request.latitude());
        s.longitude = degrees(request.longitude());
        s.herderRegistrationNumber = request.herderRegistrationNumber();
        s.createdAt = farmCalendar.now();
        s.persist();
        return SiteView.of(s);
    }

    public Page<SiteView> list(UUID organisation, Paging paging) {
        var query = Site.<Site>find("organisationId = ?1 order by name, id", organisation);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(SiteView::of).toList(), paging,
                total);
    }

    public Site find(UUID id) {
        Site s = Site.findById(id);
        if (s == null) {
            throw unknown(id);
        }
        return s;
    }

    /** The site if the caller acts for its organisation; otherwise, as if it did not exist. */
    public Site visible(UUID id) {
        Site s = find(id);
        if (!caller.isMemberOf(s.organisationId)) {
            throw unknown(id);
        }
        return s;
    }

    public org.pashm.app.problem.ProblemException unknown(UUID id) {
        return Problems.notFound("unknown-site", "Unknown site", "There is no site " + id + ".");
    }

    /** Coordinates are kept to a micro-degree (about 11 cm), as the column holds them. */
    private static BigDecimal degrees(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }
}
