package org.pashm.app.traceability.bags;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Bags of raw cashmere registered at harvest (5.26.1, 6.26.1). */
@Path("/bags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class BagsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    BagService bags;

    @GET
    @Path("/{id}")
    @Operation(summary = "One bag with its markings, goats and lot")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public BagView get(@PathParam("id") UUID id) {
        BagView v = bags.view(bags.find(id));
        access.check(v.organisation(), Need.READ, "bag", id);
        return v;
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Refused: bag data are archived permanently (5.26.3.2, 6.26.3.2); 409 says so")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void delete(@PathParam("id") UUID id) {
        access.check(bags.view(bags.find(id)).organisation(), Need.MANAGE, "bag", id);
        bags.delete(id);
    }
}
