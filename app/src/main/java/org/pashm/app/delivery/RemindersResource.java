package org.pashm.app.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The reminders created for an organisation. */
@Path("/organisations/{organisation}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class RemindersResource {

    @Inject
    Access access;

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(summary = "The reminders the daily job created for the organisation, newest first, each with the "
            + "payload its deliveries carry")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Page<DeliveryService.ReminderView> list(@PathParam("organisation") UUID organisation,
                                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.MANAGE);
        return deliveries.reminders(organisation, Paging.of(page, size));
    }
}
