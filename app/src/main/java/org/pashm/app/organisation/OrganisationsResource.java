package org.pashm.app.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.Caller;
import org.pashm.app.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.pashm.app.site.SiteService;
import org.pashm.app.site.SiteView;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Organisations of the chain and the sites they own. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations and sites")
public class OrganisationsResource {

    @Inject
    SiteService sites;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Caller caller;

    public record OrganisationView(UUID id, String name, String kind, OffsetDateTime createdAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id, o.name, o.kind, o.createdAt);
        }
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an organisation (farm, herder household, cooperative, buying or dehairing station, "
            + "mill, brand, certification body)")
    public Response create(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String name = Json.text(body.get("name"), "/name", true, 200, errors);
        String kind = Json.text(body.get("kind"), "/kind", true, 40, errors);
        if (kind != null && !OrganisationKind.isValid(kind)) {
            errors.add(FieldError.body("/kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of organisation; "
                    + "expected one of " + OrganisationKind.ALL));
        }
        unknownFields(body, List.of("name", "kind"), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-organisation", "Invalid organisation", summary(errors), errors);
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.name = name;
        o.kind = kind;
        o.createdAt = farmCalendar.now();
        o.persist();
        return Response.status(Response.Status.CREATED).header("Location", "/organisations/" + o.id)
                .entity(OrganisationView.of(o)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the organisations the caller acts for (administrators: all), optionally of one kind "
            + "or matching a name")
    public Page<OrganisationView> list(@QueryParam("kind") String kind, @QueryParam("name") String name,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        if (kind != null && !OrganisationKind.isValid(kind)) {
            throw Problems.badParameter("kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of organisation; "
                    + "expected one of " + OrganisationKind.ALL);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        java.util.Set<UUID> readable = caller.readable();
        if (readable != null) {
            where.append(" and id in :readable");
            params.put("readable", readable.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : readable);
        }
        if (name != null && !name.isBlank()) {
            where.append(" and lower(name) like :name");
            params.put("name", "%" + name.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%");
        }
        var query = Organisation.<Organisation>find(where + " order by name, id", params);
        long total = query.count();
        List<OrganisationView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(OrganisationView::of).toList();
        return Page.of(items, paging, total);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One organisation")
    public OrganisationView get(@PathParam("id") UUID id) {
        return OrganisationView.of(visible(id));
    }

    @POST
    @Path("/{id}/sites")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Register a site of the organisation: a housing farm or a nomadic herder household")
    public Response createSite(@PathParam("id") UUID id, JsonNode body) {
        Organisation o = find(id);
        if (!caller.canManage(id)) {
            throw unknown(id);
        }
        SiteView site = sites.create(o.id, body);
        return Response.status(Response.Status.CREATED).header("Location", "/sites/" + site.id()).entity(site).build();
    }

    @GET
    @Path("/{id}/sites")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "The organisation's sites")
    public Page<SiteView> listSites(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        visible(id);
        return sites.list(id, Paging.of(page, size));
    }

    static Organisation find(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw unknown(id);
        }
        return o;
    }

    /** The organisation if the caller acts for it; otherwise, as if it did not exist. */
    Organisation visible(UUID id) {
        Organisation o = find(id);
        if (!caller.isMemberOf(id)) {
            throw unknown(id);
        }
        return o;
    }

    static org.pashm.app.problem.ProblemException unknown(UUID id) {
        return Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id + ".");
    }

    /** Refuses fields the request does not define, so that a typo is not silently ignored. */
    public static void unknownFields(JsonNode body, List<String> known, List<FieldError> errors) {
        unknownFields(body, "", known, errors);
    }

    /** As above, for an object at {@code base} (a JSON pointer) inside the body. */
    public static void unknownFields(JsonNode body, String base, List<String> known, List<FieldError> errors) {
        body.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                errors.add(FieldError.body(base + "/" + f, Rule.UNKNOWN_FIELD, "'" + f + "' is not a field here; "
                        + "expected " + known));
            }
        });
    }

    public static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are invalid; see errors.";
    }
}
