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
@Path("/goats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class GoatsResource {

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

    @GET
    @Path("/{id}")
    @Operation(summary = "One goat")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public GoatView get(@PathParam("id") UUID id) {
        GoatView v = goats.view(id);
        access.check(v.organisation(), Need.READ, "goat", id);
        return v;
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Refused: a goat's key parameters are kept permanently (11.1.4); 409 says so")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void delete(@PathParam("id") UUID id) {
        access.check(goats.view(id).organisation(), Need.MANAGE, "goat", id);
        goats.delete(id);
    }

    // ---- groups -----------------------------------------------------------------------------------------------
}
