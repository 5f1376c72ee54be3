package org.pashm.app.traceability.lots;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Roles;

/** A lot of the chain of custody and its EPCIS export; the claims it backs are {@code claims.LotClaimsResource}. */
@Path("/lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class LotsResource {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    CustodyService custody;

    @GET
    @Path("/{code}")
    @Operation(summary = "One lot: its bags or inputs and every organisation's mass balance of it")
    @APIResponseSchema(value = LotView.class, responseDescription = "The lot")
    @APIResponse(responseCode = "404", description = "No such lot, or not one the caller's organisations hold or held")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND, Roles.AUDITOR})
    public LotView get(@PathParam("code") String code) {
        return custody.view(code);
    }

    @GET
    @Path("/{code}/epcis")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "The lot's chain of custody as a GS1 EPCIS 2.0 JSON-LD document: harvest ObjectEvents, "
            + "AggregationEvents, dehairing TransformationEvents, shipping and receiving ObjectEvents, with the "
            + "sources' welfare certification in certificationInfo")
    @APIResponse(responseCode = "200", description = "The EPCIS document (JSON-LD)")
    @APIResponse(responseCode = "404", description = "No such lot, or not one the caller's organisations hold or held")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND, Roles.AUDITOR})
    public Response epcis(@PathParam("code") String code) {
        return Response.ok(custody.epcis(code)).type(JSON_LD).build();
    }
}
