package org.pashm.app.delivery;

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
import org.pashm.app.organisation.Organisation;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Where an organisation's reminders go: e-mail addresses and signed webhooks. */
@Path("/organisations/{organisation}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class SubscriptionsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Transactional
    @Operation(summary = "Subscribe to the organisation's reminders: {\"channel\": \"email\", \"address\"} or "
            + "{\"channel\": \"webhook\", \"url\"}. A webhook's signing secret (Standard Webhooks, whsec_...) is in "
            + "this answer only.")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        organisation(organisation);
        SubscriptionService.SubscriptionView s = subscriptions.create(organisation, body);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/organisations/" + organisation + "/subscriptions/" + s.id()).entity(s).build();
    }

    @GET
    @Operation(summary = "The organisation's subscriptions (without secrets)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<SubscriptionService.SubscriptionView> list(@PathParam("organisation") UUID organisation,
                                                           @QueryParam("page") Integer page,
                                                           @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        Paging paging = Paging.of(page, size);
        organisation(organisation);
        return subscriptions.list(organisation, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription (without its secret)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public SubscriptionService.SubscriptionView get(@PathParam("organisation") UUID organisation,
                                                    @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        organisation(organisation);
        return subscriptions.get(organisation, id);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Switch a subscription off: nothing more is sent to it; its pending deliveries are "
            + "cancelled, its history is kept")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response deactivate(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        organisation(organisation);
        subscriptions.deactivate(organisation, id);
        return Response.noContent().build();
    }

    static Organisation organisation(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id
                    + ".");
        }
        return o;
    }
}
