package org.pashm.app.duty;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.duty.CalendarKeys.CalendarKeyView;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The secret addresses of an organisation's duty feed, managed by its managers. */
@Path("/organisations/{organisation}/calendar-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class CalendarKeysResource {

    @Inject
    Access access;

    @Inject
    CalendarKeys keys;

    @Inject
    Creations creations;

    @POST
    @Operation(summary = "Make a secret address of the organisation's duty feed for a calendar app, which cannot send "
            + "a bearer token: {\"label\": \"office calendar\"}. The address (url) is in this answer only.",
            description = "The address is shown once and is not kept, not even for replays: a retry with the same "
                    + "Idempotency-Key answers the key without its url (header Idempotent-Replayed: true). If the "
                    + "first answer was lost, revoke that key and make a new one.")
    @APIResponseSchema(value = CalendarKeyView.class, responseCode = "201",
            responseDescription = "Made; its url is in this answer, but not in a replay of it")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, CalendarKeyRequest request,
                           @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        // The table of keys holds only a hash of the address: the answer kept for replays is without it too.
        return creations.createShowingOnce(idempotencyKey, uri, request, () -> keys.create(organisation, request),
                CalendarKeyView::withoutUrl, key -> "/organisations/" + organisation + "/calendar-keys/" + key.id());
    }

    @GET
    @Operation(summary = "The organisation's calendar keys, newest first, without their addresses")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<CalendarKeyView> list(@PathParam("organisation") UUID organisation,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        return keys.list(organisation, Paging.of(page, size));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a calendar key: its address answers 404 from now on")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response revoke(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        keys.revoke(organisation, id);
        return Response.noContent().build();
    }
}
