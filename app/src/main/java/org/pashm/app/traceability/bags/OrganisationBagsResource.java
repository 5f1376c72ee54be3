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
@Path("/organisations/{organisation}/bags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationBagsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    BagService bags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Register a bag at harvest; a bag that breaks a rule of 5.26 / 6.26 (material, 30 kg, "
            + "markings, fineness class, unique number, combing only for herders) is refused with 422 naming the clause")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response register(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        BagView b = bags.register(organisation, body);
        return Response.status(Response.Status.CREATED).header("Location", "/bags/" + b.id()).entity(b).build();
    }

    @GET
    @Operation(summary = "The organisation's bags, newest harvest first; filter number")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<BagView> list(@PathParam("organisation") UUID organisation, @QueryParam("number") String number,
                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        return bags.list(organisation, number, Paging.of(page, size));
    }
}
