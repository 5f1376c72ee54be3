package org.pashm.app.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Caller;
import org.pashm.app.security.Roles;

/** Assessments submitted at a site's address: the site comes from the path. */
@Path("/sites/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class SiteAssessmentsResource {

    @Inject
    AssessmentService assessments;

    @Inject
    Access access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Submit an assessment of this site; the body is that of POST /assessments, whose site may "
            + "be left out (the shipped example evidence sets can be posted here as they are)")
    public Response submit(@PathParam("id") UUID id, String body,
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @HeaderParam("Prefer") String prefer) {
        access.site(id, Access.Need.ASSESS);
        return assessments.submit(body, id, caller.subject(), idempotencyKey, "POST /sites/" + id + "/assessments",
                AssessmentService.Answer.of(prefer));
    }
}
