package org.pashm.app.traceability.bags;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;

/** Bags of raw cashmere registered at harvest (5.26.1, 6.26.1). */
@Path("/bags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class BagsResource {

    @Inject
    Access access;

    @Inject
    BagService bags;

    @GET
    @Path("/{id}")
    @Operation(summary = "One bag with its markings, goats and lot")
    @APIResponseSchema(value = BagView.class, responseDescription = "The bag")
    @APIResponse(responseCode = "404", description = "No such bag, or not one of the caller's organisations")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public BagView get(@PathParam("id") UUID id) {
        BagRecord b = bags.find(id);
        access.check(b.organisationId, Need.READ, "bag", id);
        return bags.view(b);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Refused: bag data are archived permanently (5.26.3.2, 6.26.3.2); 409 says so")
    @APIResponse(responseCode = "404", description = "No such bag, or not one the caller manages")
    @APIResponse(responseCode = "409", description = "Always: bag data are kept permanently")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void delete(@PathParam("id") UUID id) {
        access.check(bags.find(id).organisationId, Need.MANAGE, "bag", id);
        bags.delete(id);
    }
}
