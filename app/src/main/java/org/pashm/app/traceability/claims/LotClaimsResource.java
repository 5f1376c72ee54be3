package org.pashm.app.traceability.claims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Received;

/** The claims a label makes of a lot, checked against the records behind it. */
@Path("/lots/{code}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class LotClaimsResource {

    @Inject
    ClaimsService claims;

    @POST
    @Path("/verify")
    @Operation(summary = "Verify a label's claims on a lot (origin-region, combed-only, fineness-at-most, "
            + "fineness-class, welfare-conformant, traceable-to-goats): a verdict per claim with the bags and "
            + "assessments that support or contradict it")
    @APIResponseSchema(value = ClaimsService.Verification.class, responseDescription = "A verdict per claim")
    @APIResponse(responseCode = "404", description = "No such lot, or not one the caller's organisations hold or held")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ClaimsService.Verification verify(@PathParam("code") String code, Received<ClaimsRequest> request) {
        return claims.verify(code, request);
    }
}
