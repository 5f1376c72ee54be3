package org.pashm.app.traceability.lots;

import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.traceability.claims.ClaimsService;
import org.pashm.traceability.Epcis;

/** Lots, dehairings and shipments: the chain of custody, its EPCIS export and the claims it backs. */
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class ShipmentsResource {

    @jakarta.inject.Inject
    Access access;

    public static final String JSON_LD = "application/ld+json";

    @Inject
    CustodyService custody;

    @Inject
    CustodyViews views;

    @Inject
    LotGraph graph;

    @Inject
    ClaimsService claims;

    @Inject
    IdempotencyService idempotency;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "pashm.epcis.id-prefix", defaultValue = "urn:pashm:")
    String idPrefix;

    @GET
    @Path("/{id}")
    @Operation(summary = "One shipment")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ShipmentView shipment(@PathParam("id") UUID id) {
        Shipment s = custody.shipment(id);
        access.checkAny(java.util.List.of(s.organisationId, s.toOrganisationId), Need.READ, "shipment", id);
        return views.shipment(s);
    }

    @POST
    @Path("/{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The receiver takes a shipment in: {receivedAt}; its kilograms join the receiver's balance")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ShipmentView receive(@PathParam("id") UUID id, JsonNode body) {
        access.check(custody.shipment(id).toOrganisationId, Need.READ, "shipment", id);
        return views.shipment(custody.receive(id, body));
    }
}
