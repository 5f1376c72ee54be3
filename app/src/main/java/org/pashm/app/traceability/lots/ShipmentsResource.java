package org.pashm.app.traceability.lots;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Received;

/** A shipment, read by its sender and receiver, and taken in by the receiver. */
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class ShipmentsResource {

    @Inject
    CustodyService custody;

    @GET
    @Path("/{id}")
    @Operation(summary = "One shipment")
    @APIResponseSchema(value = ShipmentView.class, responseDescription = "The shipment")
    @APIResponse(responseCode = "404", description = "No such shipment, or not one the caller sent or receives")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ShipmentView shipment(@PathParam("id") UUID id) {
        return custody.shipment(id);
    }

    @POST
    @Path("/{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The receiver takes a shipment in: {receivedAt}; its kilograms join the receiver's balance")
    @APIResponseSchema(value = ShipmentView.class, responseDescription = "Received")
    @APIResponse(responseCode = "404", description = "No such shipment, or not one the caller receives")
    @APIResponse(responseCode = "409", description = "The shipment was already received")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ShipmentView receive(@PathParam("id") UUID id, Received<ReceiptRequest> request) {
        return custody.receive(id, request);
    }
}
