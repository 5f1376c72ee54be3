package org.pashm.app.delivery;

import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The organisation's reminder deliveries: sent, pending (retrying), dead (given up), cancelled. */
@Path("/organisations/{organisation}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class DeliveriesResource {

    @jakarta.inject.Inject
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
        Paging paging = Paging.of(page, size);
        SubscriptionsResource.organisation(organisation);
        return deliveries.deliveries(organisation, status, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery with every attempt (time, outcome, the receiver's status, the error)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public DeliveryService.DeliveryView get(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        SubscriptionsResource.organisation(organisation);
        return deliveries.delivery(organisation, id);
    }

    @POST
    @Path("/{id}/retry")
    @Transactional
    @Operation(summary = "Re-trigger a dead delivery: a new round of attempts starts at once (409 unless dead)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response retry(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        SubscriptionsResource.organisation(organisation);
        return Response.accepted(deliveries.retry(organisation, id)).build();
    }
}
