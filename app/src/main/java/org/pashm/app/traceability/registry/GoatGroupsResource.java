package org.pashm.app.traceability.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.pashm.app.web.Received;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** One goat group and its members. */
@Path("/goat-groups/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class GoatGroupsResource {

    @Inject
    Access access;

    @Inject
    GoatGroupService groups;

    @GET
    @Operation(summary = "One goat group")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public GoatGroupService.GroupView getGroup(@PathParam("id") UUID id) {
        GoatGroupService.GroupView v = groups.view(groups.find(id));
        access.check(v.organisation(), Need.READ, "goat group", id);
        return v;
    }

    @GET
    @Path("/members")
    @Operation(summary = "The goats of a group, by ear tag")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<GoatView> members(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        access.check(groups.find(id).organisationId, Need.READ, "goat group", id);
        return groups.members(id, Paging.of(page, size));
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add goats of the organisation to the group by ear tag; answers the group")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public GoatGroupService.GroupView addMembers(@PathParam("id") UUID id, Received<GoatMembersRequest> request) {
        access.check(groups.find(id).organisationId, Need.MANAGE, "goat group", id);
        return groups.addMembers(id, request);
    }

    @DELETE
    @Path("/members/{goat}")
    @Operation(summary = "Take a goat out of a group")
    @APIResponse(responseCode = "204", description = "Taken out")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void removeMember(@PathParam("id") UUID id, @PathParam("goat") UUID goat) {
        access.check(groups.find(id).organisationId, Need.MANAGE, "goat group", id);
        groups.removeMember(id, goat);
    }
}
