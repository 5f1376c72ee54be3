package org.pashm.app.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.pashm.app.assessment.AssessmentService;
import org.pashm.app.idempotency.IdempotencyService;

@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations and sites")
public class SitesResource {

    @Inject
    SiteService sites;

    @Inject
    AssessmentService assessments;

    @Inject
    org.pashm.app.security.Caller caller;

    @GET
    @Path("/{id}")
    @jakarta.annotation.security.RolesAllowed({org.pashm.app.security.Roles.ADMIN, org.pashm.app.security.Roles.MANAGER,
            org.pashm.app.security.Roles.AUDITOR})
    @Operation(summary = "One site")
    public SiteView get(@PathParam("id") UUID id) {
        return SiteView.of(sites.visible(id));
    }

    @POST
    @Path("/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed({org.pashm.app.security.Roles.ADMIN, org.pashm.app.security.Roles.AUDITOR})
    @Operation(summary = "Submit an assessment of this site; the body is that of POST /assessments, whose site may "
            + "be left out (the shipped example evidence sets can be posted here as they are)")
    public Response submitAssessment(@PathParam("id") UUID id, String body,
                                     @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                     @HeaderParam("Prefer") String prefer) {
        org.pashm.app.site.Site site = sites.find(id);
        if (!caller.mayAssess(site.organisationId)) {
            throw sites.unknown(id);
        }
        return assessments.submit(body, id, caller.subject(), idempotencyKey, "POST /sites/" + id + "/assessments",
                AssessmentService.Answer.of(prefer));
    }
}
