package org.pashm.app.duty;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.organisation.Organisation;
import org.pashm.app.problem.Problems;

/**
 * The duty feed at a secret address (see {@link CalendarKeys}): no login, the key in the path is the credential.
 * An unknown or revoked key answers 404, like an address that never existed.
 */
@Path("/calendars/{key}/duties.ics")
@Tag(name = "Duties and records")
public class CalendarFeedResource {

    @Inject
    CalendarKeys keys;

    @Inject
    DutyCalendar calendar;

    @Inject
    FarmCalendar farmCalendar;

    @GET
    @Produces(DutyFeedResource.TEXT_CALENDAR)
    @Operation(summary = "An organisation's owed duties as an iCalendar feed, at a secret address made with "
            + "POST /organisations/{id}/calendar-keys, for calendar apps that cannot send a bearer token")
    @PermitAll
    public Response feed(@PathParam("key") String key) {
        UUID organisation = keys.organisationOf(key);
        if (organisation == null) {
            throw Problems.notFound("unknown-calendar", "Unknown calendar", "There is no calendar at this address.");
        }
        return DutyFeedResource.answer(calendar, OrganisationDutiesResource.organisation(organisation), farmCalendar);
    }
}
