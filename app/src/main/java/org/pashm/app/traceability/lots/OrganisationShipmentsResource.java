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
@Path("/organisations/{organisation}/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationShipmentsResource {

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

    /** Idempotency keys are the caller's own: another caller's key never answers for or against this one. */
    @Inject
    org.pashm.app.security.Caller caller;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "pashm.epcis.id-prefix", defaultValue = "urn:pashm:")
    String idPrefix;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship kilograms of a lot to another organisation: {lot, to, kg, shippedAt}; refused with 409 "
            + "and the balance when the sender holds less (mass balance). Takes an Idempotency-Key")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response ship(@PathParam("organisation") UUID organisation, JsonNode body,
                         @HeaderParam(IdempotencyService.HEADER) String key) {
        access.organisation(organisation, Need.MANAGE);
        String target = "POST /organisations/" + organisation + "/shipments";
        return org.pashm.app.idempotency.Creations.respond(idempotency.run(caller.subject(), key, target, body == null ? json.nullNode() : body, () -> {
            Shipment s = custody.ship(organisation, body);
            return new IdempotencyService.Stored(201, "/shipments/" + s.id, write(views.shipment(s)));
        }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
