package org.pashm.app.duty;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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

    @POST
    @Transactional
    @Operation(summary = "Make a secret address of the organisation's duty feed for a calendar app, which cannot send "
            + "a bearer token: {\"label\": \"office calendar\"}. The address (url) is in this answer only.")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        CalendarKeys.CalendarKeyView key = keys.create(organisation, body);
        return Response.status(Response.Status.CREATED)
                .header("Location", "/organisations/" + organisation + "/calendar-keys/" + key.id()).entity(key)
                .build();
    }

    @GET
    @Operation(summary = "The organisation's calendar keys, newest first, without their addresses")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<CalendarKeys.CalendarKeyView> list(@PathParam("organisation") UUID organisation,
                                                   @QueryParam("page") Integer page,
                                                   @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        return keys.list(organisation, Paging.of(page, size));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Revoke a calendar key: its address answers 404 from now on")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response revoke(@PathParam("organisation") UUID organisation, @PathParam("id") UUID id) {
        access.organisation(organisation, Need.MANAGE);
        keys.revoke(organisation, id);
        return Response.noContent().build();
    }
}
