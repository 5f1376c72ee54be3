package org.pashm.app.site;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The sites an organisation owns. */
@Path("/organisations/{id}/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations and sites")
public class OrganisationSitesResource {

    @Inject
    SiteService sites;

    @Inject
    Access access;

    @Inject
    Creations creations;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Register a site of the organisation: a housing farm or a nomadic herder household")
    @APIResponseSchema(value = SiteView.class, responseCode = "201", responseDescription = "Registered")
    public Response create(@PathParam("id") UUID id, SiteRequest request, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(id, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request, () -> sites.create(id, request),
                site -> "/sites/" + site.id());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "The organisation's sites")
    public Page<SiteView> list(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        access.organisation(id, Need.READ);
        return sites.list(id, Paging.of(page, size));
    }
}
