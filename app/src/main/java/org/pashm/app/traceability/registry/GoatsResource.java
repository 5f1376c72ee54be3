package org.pashm.app.traceability.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;

/** One goat of the herd registry. */
@Path("/goats/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class GoatsResource {

    @Inject
    Access access;

    @Inject
    GoatService goats;

    @GET
    @Operation(summary = "One goat")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public GoatView get(@PathParam("id") UUID id) {
        GoatView v = goats.view(id);
        access.check(v.organisation(), Need.READ, "goat", id);
        return v;
    }

    @DELETE
    @Operation(summary = "Refused: a goat's key parameters are kept permanently (11.1.4)")
    @APIResponse(responseCode = "409", description = "Always: the problem names the clause and the retention")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void delete(@PathParam("id") UUID id) {
        access.check(goats.view(id).organisation(), Need.MANAGE, "goat", id);
        goats.delete(id);
    }
}
