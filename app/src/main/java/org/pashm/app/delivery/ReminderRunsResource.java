package org.pashm.app.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.duty.Today;

/** Runs the daily reminder job now (after downtime, or to measure it); safe at any time and on any instance. */
@Path("/reminders/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and delivery")
public class ReminderRunsResource {

    @Inject
    ReminderJob job;

    @Inject
    Today today;

    @POST
    @Operation(summary = "Run today's reminder job now: due dates of every site computed in one SQL statement, "
            + "reminders created once (a reminder that exists is not created again), deliveries queued")
    public ReminderJob.Run run() {
        return job.run(today.date());
    }
}
