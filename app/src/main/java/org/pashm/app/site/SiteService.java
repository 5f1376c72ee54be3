package org.pashm.app.site;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.organisation.OrganisationsResource;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.standard.ProductionSystem;

/** Registers and finds sites. */
@ApplicationScoped
public class SiteService {

    private static final List<String> FIELDS = List.of("name", "productionSystem", "region", "latitude", "longitude",
            "herderRegistrationNumber");

    public SiteView create(UUID organisation, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String name = Json.text(body.get("name"), "/name", true, 200, errors);
        String system = Json.text(body.get("productionSystem"), "/productionSystem", true, 10, errors);
        if (system != null) {
            try {
                system = ProductionSystem.fromCode(system).code();
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.body("/productionSystem", Rule.UNKNOWN_PRODUCTION_SYSTEM, e.getMessage()));
                system = null;
            }
        }
        String region = Json.text(body.get("region"), "/region", true, 200, errors);
        BigDecimal latitude = coordinate(body.get("latitude"), "/latitude", 90, errors);
        BigDecimal longitude = coordinate(body.get("longitude"), "/longitude", 180, errors);
        if ((latitude == null) != (longitude == null) && !errors.stream().anyMatch(e -> e.pointer().endsWith("itude"))) {
            errors.add(FieldError.body(latitude == null ? "/latitude" : "/longitude", Rule.REQUIRED,
                    "give both latitude and longitude, or neither"));
        }
        String registration = Json.text(body.get("herderRegistrationNumber"), "/herderRegistrationNumber", false, 64,
                errors);
        if (registration != null && "housing".equals(system)) {
            errors.add(FieldError.body("/herderRegistrationNumber", Rule.NOMADIC_ONLY,
                    "a herder registration number (11.2.1) belongs to a nomadic herder household, not a housing farm"));
        }
        OrganisationsResource.unknownFields(body, FIELDS, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-site", "Invalid site", OrganisationsResource.summary(errors), errors);
        }
        Site s = new Site();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.name = name;
        s.productionSystem = system;
        s.region = region;
        s.latitude = latitude;
        s.longitude = longitude;
        s.herderRegistrationNumber = registration;
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

    @jakarta.inject.Inject
    org.pashm.app.security.Caller caller;

    @jakarta.inject.Inject
    FarmCalendar farmCalendar;

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

    private static BigDecimal coordinate(JsonNode node, String pointer, int limit, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, pointer.substring(1) + " must be a number of degrees"));
            return null;
        }
        BigDecimal v = node.decimalValue();
        if (v.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            errors.add(FieldError.body(pointer, Rule.OUT_OF_RANGE, pointer.substring(1) + " must be between -" + limit
                    + " and " + limit));
            return null;
        }
        return v.setScale(6, java.math.RoundingMode.HALF_UP);
    }
}
