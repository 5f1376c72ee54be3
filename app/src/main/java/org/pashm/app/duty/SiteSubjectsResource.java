package org.pashm.app.duty;

import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The duty subjects of a site: goat groups with their classes, land parcels, vehicles, goats under observation. */
@Path("/sites/{site}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class SiteSubjectsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    SubjectService subjects;

    @Inject
    FarmCalendar farmCalendar;

    @POST
    @Transactional
    @Operation(summary = "Register a duty subject of the site: kind (goat-group, land-parcel, vehicle, goat), id, "
            + "name and classes (choice evidence codes, e.g. {\"housing.goat-group.class\": \"housing-bucks\"})")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response register(@PathParam("site") UUID site, JsonNode body) {
        access.site(site, Need.MANAGE);
        SubjectView s = subjects.register(site, body);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/sites/" + site + "/subjects/" + s.kind() + "/" + s.id()).entity(s).build();
    }

    @GET
    @Operation(summary = "The site's duty subjects, each with the duties it owes")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<SubjectView> list(@PathParam("site") UUID site, @QueryParam("kind") String kind,
                                  @Parameter(description = "true to include retired subjects")
                                  @QueryParam("retired") boolean retired,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.site(site, Need.READ);
        return subjects.list(site, kind, retired, Paging.of(page, size));
    }

    @GET
    @Path("/{kind}/{id}")
    @Operation(summary = "One duty subject")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public SubjectView get(@PathParam("site") UUID site, @PathParam("kind") String kind, @PathParam("id") String id) {
        access.site(site, Need.READ);
        return subjects.get(site, kind, id);
    }

    @POST
    @Path("/{kind}/{id}/retirement")
    @Transactional
    @Operation(summary = "Retire a subject (a group dissolved, a vehicle sold): from the day given (\"on\", default "
            + "today) no duty is owed for it; its records are kept")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public SubjectView retire(@PathParam("site") UUID site, @PathParam("kind") String kind,
                              @PathParam("id") String id, JsonNode body) {
        access.site(site, Need.MANAGE);
        return subjects.retire(site, kind, id, body, farmCalendar.today());
    }
}
