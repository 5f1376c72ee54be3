package org.pashm.app.assessment;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.pashm.app.web.Language;
import org.pashm.text.Renderer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Verbatim;

/** Assessments submitted at a site's address: the site comes from the path. */
@Path("/sites/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class SiteAssessmentsResource {

    @Inject
    AssessmentService assessments;

    @Inject
    Creations creations;

    @Inject
    Access access;

    @Inject
    Reports reports;

    @Inject
    Language language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Submit an assessment of this site; the body is that of POST /assessments, whose site may "
            + "be left out (the shipped example evidence sets can be posted here as they are)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SiteAssessmentRequest.class)))
    @APIResponseSchema(value = AssessmentView.class, responseCode = "201",
            responseDescription = "Submitted, evaluated and stored; with its report unless Prefer: return=minimal")
    public Response submit(@PathParam("id") UUID id, Verbatim<SiteAssessmentRequest> body, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Parameter(description = "return=minimal answers without the report (RFC 7240)")
                           @HeaderParam("Prefer") String prefer,
                           @Parameter(description = Language.LANG) @QueryParam("lang") String lang,
                           @Context HttpHeaders headers) {
        access.site(id, Access.Need.ASSESS);
        Renderer say = language.of(lang, headers);
        return creations.create(idempotencyKey, uri, body.received().asBound(),
                () -> AssessmentsResource.view(reports, assessments.submit(body.received(), id, body.text()), prefer,
                        say),
                view -> "/assessments/" + view.id());
    }
}
