package org.pashm.app.member;

import org.pashm.app.security.Roles;
import org.pashm.app.security.Access;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;

/**
 * Who acts for an organisation: its managers, the auditors assigned to it, the members of a brand. Administrators
 * grant and withdraw; members of the organisation may see who else is.
 */
@Path("/organisations/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class MembersResource {

    @Inject
    Access access;

    @Inject
    MemberService members;

    @Inject
    Creations creations;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a subject (the token's sub) a role for this organisation: manager, auditor or brand. "
            + "Granting a role the subject holds changes nothing and answers the membership as first granted.")
    @APIResponseSchema(value = MemberView.class, responseCode = "201", responseDescription = "Granted")
    public Response grant(@PathParam("id") UUID id, MemberRequest request, @Context UriInfo uri,
                          @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                          @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(id, Access.Need.READ);
        return creations.create(idempotencyKey, uri, request, () -> members.grant(id, request),
                m -> "/organisations/" + id + "/members");
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.BRAND})
    @Operation(summary = "Who acts for this organisation")
    public List<MemberView> list(@PathParam("id") UUID id) {
        access.organisation(id, Access.Need.READ);
        return members.list(id);
    }

    @DELETE
    @Path("/{subject}/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a role")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") UUID id, @PathParam("subject") String subject,
                             @PathParam("role") String role) {
        access.organisation(id, Access.Need.READ);
        members.withdraw(id, subject, role);
        return Response.noContent().build();
    }
}
