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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Received;

/** Lots a buying station or cooperative makes of herders' bags. */
@Path("/organisations/{organisation}/lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationLotsResource extends CustodyResources {

    @POST
    @Operation(summary = "Aggregate bags into a lot at a buying station or cooperative: {code, bags: [bag ids], "
            + "aggregatedAt}; a bag goes into one lot only")
    @APIResponseSchema(value = LotView.class, responseCode = "201", responseDescription = "Aggregated")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller manages")
    @APIResponse(responseCode = "409", description = "A bag is in another lot, the lot code is taken, or the "
            + "organisation does not aggregate bags")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response aggregate(@PathParam("organisation") UUID organisation, Received<LotRequest> request,
                              @Context UriInfo uri,
                              @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                              @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return step(organisation, request.asBound(), uri, idempotencyKey,
                () -> custody.aggregate(organisation, request),
                CustodyResources::location);
    }
}
