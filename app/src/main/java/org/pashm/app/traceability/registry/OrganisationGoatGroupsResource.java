package org.pashm.app.traceability.registry;

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

/** An organisation's goat groups. */
@Path("/organisations/{organisation}/goat-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class OrganisationGoatGroupsResource {

    @Inject
    Access access;

    @Inject
    GoatGroupService groups;

    @Inject
    Creations creations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a goat group (a flock, the bucks of a farm, a kidding group); kept at a site, it is "
            + "that site's goat-group duty subject")
    @APIResponseSchema(value = GoatGroupService.GroupView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "The organisation has a group of that name, or does not keep "
            + "goats")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response createGroup(@PathParam("organisation") UUID organisation, Received<GoatGroupRequest> request,
                                @Context UriInfo uri,
                                @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                                @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> groups.create(organisation, request),
                group -> "/goat-groups/" + group.id());
    }

    @GET
    @Operation(summary = "The organisation's goat groups")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<GoatGroupService.GroupView> listGroups(@PathParam("organisation") UUID organisation,
                                                       @QueryParam("page") Integer page,
                                                       @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        return groups.list(organisation, Paging.of(page, size));
    }
}
