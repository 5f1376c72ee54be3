package org.pashm.app.duty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** The duty subjects of a site: goat groups with their classes, land parcels, vehicles, goats under observation. */
@Path("/sites/{site}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class SiteSubjectsResource {

    @Inject
    Access access;

    @Inject
    SubjectService subjects;

    @Inject
    Creations creations;

    @POST
    @Operation(summary = "Register a duty subject of the site: kind (goat-group, land-parcel, vehicle, goat), id, "
            + "name and classes (choice evidence codes, e.g. {\"housing.goat-group.class\": \"housing-bucks\"})")
    @APIResponseSchema(value = SubjectView.class, responseCode = "201",
            responseDescription = "Registered, with the duties it owes")
    @APIResponse(responseCode = "409", description = "The site already has a subject of this kind and id "
            + "(subject-exists)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response register(@PathParam("site") UUID site, Received<SubjectRequest> request, @Context UriInfo uri,
                             @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                             @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.site(site, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> subjects.register(site, request),
                s -> "/sites/" + site + "/subjects/" + s.kind() + "/" + s.id());
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
    @Operation(summary = "Retire a subject (a group dissolved, a vehicle sold): from the day given (\"on\", default "
            + "today) no duty is owed for it; its records are kept")
    @APIResponseSchema(value = SubjectView.class, responseDescription = "Retired; it owes nothing from that day")
    @APIResponse(responseCode = "409", description = "The subject was already retired (subject-retired)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public SubjectView retire(@PathParam("site") UUID site, @PathParam("kind") String kind,
                              @PathParam("id") String id, RetirementRequest request) {
        access.site(site, Need.MANAGE);
        return subjects.retire(site, kind, id, request);
    }
}
