package org.pashm.app.traceability.bags;

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
import org.pashm.app.web.Received;
import org.pashm.app.web.Paging;

/** Bags of raw cashmere registered at harvest (5.26.1, 6.26.1). */
@Path("/organisations/{organisation}/bags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationBagsResource {

    @Inject
    Access access;

    @Inject
    BagService bags;

    @Inject
    Creations creations;

    @POST
    @Operation(summary = "Register a bag at harvest; a bag that breaks a rule of 5.26 / 6.26 (material, 30 kg, "
            + "markings, fineness class, unique number, combing only for herders) is refused with 422 naming the clause")
    @APIResponseSchema(value = BagView.class, responseCode = "201", responseDescription = "Registered")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller manages")
    @APIResponse(responseCode = "409", description = "The bag number is taken (5.26.3.2, 6.26.3.2), or the "
            + "organisation does not keep goats")
    @APIResponse(responseCode = "422", description = "The bag breaks a rule of ISO 22786 for its site's production "
            + "system; each error names its clause")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response register(@PathParam("organisation") UUID organisation, Received<BagRequest> request,
                             @Context UriInfo uri,
                             @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                             @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> bags.register(organisation, request),
                b -> "/bags/" + b.id());
    }

    @GET
    @Operation(summary = "The organisation's bags, newest harvest first; filter number")
    @APIResponseSchema(value = BagView.class, responseDescription = "A page of bags (items)")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller acts for")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<BagView> list(@PathParam("organisation") UUID organisation, @QueryParam("number") String number,
                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        return bags.list(organisation, number, Paging.of(page, size));
    }
}
