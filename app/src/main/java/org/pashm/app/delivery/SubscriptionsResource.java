package org.pashm.app.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.pashm.app.web.Received;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.delivery.SubscriptionService.SubscriptionView;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Where an organisation's reminders go: e-mail addresses and signed webhooks. */
@Path("/organisations/{organisation}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class SubscriptionsResource {

    @Inject
    Access access;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Creations creations;

    @POST
    @Operation(summary = "Subscribe to the organisation's reminders: {\"channel\": \"email\", \"address\"} or "
            + "{\"channel\": \"webhook\", \"url\"}. A webhook's signing secret (Standard Webhooks, whsec_...) is in "
            + "this answer only.",
            description = "The secret is shown once and is not kept for replays: a retry with the same "
                    + "Idempotency-Key answers the subscription without its secret (header Idempotent-Replayed: "
                    + "true). If the first answer was lost, switch that subscription off and make a new one.")
    @APIResponseSchema(value = SubscriptionView.class, responseCode = "201",
            responseDescription = "Subscribed; a webhook's secret is in this answer, but not in a replay of it")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, Received<SubscriptionRequest> request,
                           @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        // The signing secret stays in the subscription alone (it signs with it), not in the answer kept for replays.
        return creations.createShowingOnce(idempotencyKey, uri, request.asBound(),
                () -> subscriptions.create(organisation, request), SubscriptionView::withoutSecret,
                s -> "/organisations/" + organisation + "/subscriptions/" + s.id());
    }

    @GET
    @Operation(summary = "The organisation's subscriptions (without secrets)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<SubscriptionView> list(@PathParam("organisation") UUID organisation,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        return subscriptions.list(organisation, Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription (without its secret)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public SubscriptionView get(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        return subscriptions.get(organisation, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Switch a subscription off: nothing more is sent to it; its pending deliveries are "
            + "cancelled, its history is kept")
    @APIResponse(responseCode = "204", description = "Switched off (also when it already was)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response deactivate(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        subscriptions.deactivate(organisation, id);
        return Response.noContent().build();
    }
}
