package org.pashm.app.traceability.registry;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The herd registry: goats one by one or in bulk, and goat groups. */
@Path("/goat-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class GoatGroupsResource {

    @jakarta.inject.Inject
    Access access;

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    GoatService goats;

    @Inject
    GoatImportService imports;

    @Inject
    GoatGroupService groups;

    @Inject
    Organisations organisations;

    // ---- groups -----------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}")
    @Operation(summary = "One goat group")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public GoatGroupService.GroupView getGroup(@PathParam("id") UUID id) {
        GoatGroupService.GroupView v = groups.view(groups.find(id));
        access.check(v.organisation(), Need.READ, "goat group", id);
        return v;
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The goats of a group, by ear tag")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<GoatView> members(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        access.check(groups.view(groups.find(id)).organisation(), Need.READ, "goat group", id);
        return groups.members(id, Paging.of(page, size));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add goats to a group by ear tag: {\"earTags\": [...]}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public GoatGroupService.GroupView addMembers(@PathParam("id") UUID id, JsonNode body) {
        access.check(groups.view(groups.find(id)).organisation(), Need.MANAGE, "goat group", id);
        return groups.addMembers(id, body);
    }

    @DELETE
    @Path("/{id}/members/{goat}")
    @Transactional
    @Operation(summary = "Take a goat out of a group")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response removeMember(@PathParam("id") UUID id, @PathParam("goat") UUID goat) {
        access.check(groups.view(groups.find(id)).organisation(), Need.MANAGE, "goat group", id);
        groups.removeMember(id, goat);
        return Response.noContent().build();
    }
}
