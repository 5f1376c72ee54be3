package org.pashm.app.traceability.lots;

import jakarta.annotation.security.RolesAllowed;
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
import org.pashm.app.web.Received;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Roles;

/** Dehairings at a dehairing station: input lots into an output lot. */
@Path("/organisations/{organisation}/dehairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationDehairingsResource extends CustodyResources {

    @POST
    @Operation(summary = "Dehair input lots into an output lot: {code, inputs: [{lot, kg}], yieldPercent, dehairedAt}; "
            + "the station must hold the input kilograms (mass balance)")
    @APIResponseSchema(value = LotView.class, responseCode = "201", responseDescription = "Dehaired")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller manages")
    @APIResponse(responseCode = "409", description = "The station holds less of an input than it would use (with "
            + "the balance), the lot code is taken, or the organisation does not dehair")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response dehair(@PathParam("organisation") UUID organisation, Received<DehairingRequest> request,
                           @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return step(organisation, request.asBound(), uri, idempotencyKey, () -> custody.dehair(organisation, request),
                CustodyResources::location);
    }
}
