package org.pashm.app.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The organisation's reminder deliveries: sent, pending (retrying), dead (given up), cancelled. */
@Path("/organisations/{organisation}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class DeliveriesResource {

    @Inject
    Access access;

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(summary = "The organisation's deliveries, newest first; status=dead lists those that gave up")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<DeliveryService.DeliveryView> list(@PathParam("organisation") UUID organisation,
                                                   @Parameter(description = "pending, sent, dead or cancelled")
                                                   @QueryParam("status") String status,
                                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        return deliveries.deliveries(organisation, status, Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery with every attempt (time, outcome, the receiver's status, the error)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public DeliveryService.DeliveryView get(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        return deliveries.delivery(organisation, id);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Re-trigger a dead delivery: a new round of attempts starts at once (409 unless dead)")
    @APIResponseSchema(value = DeliveryService.DeliveryView.class, responseCode = "202",
            responseDescription = "Re-triggered: the delivery, pending in its new round")
    @APIResponse(responseCode = "409", description = "The delivery is not dead (not-dead), or its subscription was "
            + "switched off (subscription-inactive)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response retry(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        return Response.accepted(deliveries.retry(organisation, id)).build();
    }
}
