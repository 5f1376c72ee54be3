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
@Path("/organisations/{organisation}/goat-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class OrganisationGoatGroupsResource {

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create a goat group (a flock, the bucks of a farm, a kidding group)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response createGroup(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        GoatGroupService.GroupView g = groups.create(organisation, body);
        return Response.status(Response.Status.CREATED).header("Location", "/goat-groups/" + g.id()).entity(g).build();
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
