package org.pashm.app.delivery;

import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pashm.app.problem.Problems;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.calendar.FarmCalendar;

/** Runs the daily reminder job now (after downtime, or to measure it); safe at any time and on any instance. */
@Path("/reminders/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class ReminderRunsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    ReminderJob job;

    @Inject
    FarmCalendar farmCalendar;

    @POST
    @Operation(summary = "Run the reminder job now (for today, or a day it missed): due dates of every site computed in one SQL statement, "
            + "reminders created once (a reminder that exists is not created again), deliveries queued")
    @RolesAllowed({Roles.ADMIN})
    public ReminderJob.Run run(@Parameter(description = "the day to run for, YYYY-MM-DD: today (default) or a day "
            + "the job missed; never a later day, whose reminders would go out early") @QueryParam("on") String on) {
        LocalDate day = farmCalendar.today();
        if (on != null) {
            try {
                day = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                throw Problems.badParameter("on", Rule.WRONG_TYPE, "'" + on + "' is not a date as YYYY-MM-DD");
            }
            if (day.isAfter(farmCalendar.today())) {
                throw Problems.badParameter("on", Rule.IN_THE_FUTURE, "the job runs for today or a day it missed, not for "
                        + day + " (today is " + farmCalendar.today() + ")");
            }
        }
        return job.run(day);
    }
}
