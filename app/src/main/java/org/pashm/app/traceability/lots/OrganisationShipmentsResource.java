package org.pashm.app.traceability.lots;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Received;

/** Shipments an organisation sends. */
@Path("/organisations/{organisation}/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationShipmentsResource extends CustodyResources {

    @POST
    @Operation(summary = "Ship kilograms of a lot to another organisation: {lot, to, kg, shippedAt}; refused with 409 "
            + "and the balance when the sender holds less (mass balance)")
    @APIResponseSchema(value = ShipmentView.class, responseCode = "201", responseDescription = "Shipped")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller manages")
    @APIResponse(responseCode = "409", description = "The sender holds less of the lot than it would ship (with "
            + "the balance)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response ship(@PathParam("organisation") UUID organisation, Received<ShipmentRequest> request,
                         @Context UriInfo uri,
                         @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                         @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return step(organisation, request.asBound(), uri, idempotencyKey, () -> custody.ship(organisation, request),
                s -> "/shipments/" + s.id());
    }
}
