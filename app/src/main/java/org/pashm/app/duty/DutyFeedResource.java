package org.pashm.app.duty;

import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import org.pashm.app.organisation.Organisation;

/** The iCalendar feed of an organisation's duties. */
@Path("/organisations/{organisation}/duties.ics")
@Tag(name = "Duties and records")
public class DutyFeedResource {

    @jakarta.inject.Inject
    Access access;

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    DutyCalendar calendar;

    @Inject
    FarmCalendar farmCalendar;

    @GET
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "The organisation's owed duties as an iCalendar feed (RFC 5545): one all-day event per duty "
            + "and subject, from the day it may be done to its due day. Calendar apps, which cannot send a bearer "
            + "token, subscribe to a secret address instead (POST /organisations/{id}/calendar-keys)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Response feed(@PathParam("organisation") UUID organisation) {
        access.organisation(organisation, Need.READ);
        return answer(calendar, OrganisationDutiesResource.organisation(organisation), farmCalendar);
    }

    /** The feed of {@code o} as of today, as both addresses of the feed answer it. */
    static Response answer(DutyCalendar calendar, Organisation o, FarmCalendar farmCalendar) {
        return Response.ok(calendar.feed(o, farmCalendar.today()), TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"pashm-duties-" + o.id + ".ics\"")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
