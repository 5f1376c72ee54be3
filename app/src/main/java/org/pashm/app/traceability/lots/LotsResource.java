package org.pashm.app.traceability.lots;

import org.pashm.app.calendar.FarmCalendar;
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
@Path("/lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class LotsResource {

    @jakarta.inject.Inject
    Access access;

    @jakarta.inject.Inject
    FarmCalendar farmCalendar;

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
    @Path("/{code}")
    @Operation(summary = "One lot: its bags or inputs and every organisation's mass balance of it")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND, Roles.AUDITOR})
    public LotView get(@PathParam("code") String code) {
        Lot lot = custody.lot(code);
        holders(lot);
        return views.lot(lot);
    }

    @GET
    @Path("/{code}/epcis")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(summary = "The lot's chain of custody as a GS1 EPCIS 2.0 JSON-LD document: harvest ObjectEvents, "
            + "AggregationEvents, dehairing TransformationEvents, shipping and receiving ObjectEvents, with the "
            + "sources' welfare certification in certificationInfo")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND, Roles.AUDITOR})
    public Response epcis(@PathParam("code") String code) {
        Lot lot = custody.lot(code);
        holders(lot);
        Map<String, Object> doc = Epcis.document(graph.events(graph.behind(lot)), farmCalendar.instant(), new Epcis.Ids(idPrefix));
        return Response.ok(doc).type(JSON_LD).build();
    }

    @POST
    @Path("/{code}/claims/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Verify a label's claims on a lot (origin-region, combed-only, fineness-at-most, "
            + "fineness-class, welfare-conformant, traceable-to-goats): a verdict per claim with the bags and "
            + "assessments that support or contradict it")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.BRAND})
    public ClaimsService.Verification verify(@PathParam("code") String code, JsonNode body) {
        holders(custody.lot(code));
        return claims.verify(code, body);
    }

    /**
     * A lot is read by the organisations that hold or held it (its maker and every receiver, a brand included) and
     * by administrators; to anyone else it does not exist.
     */
    private void holders(Lot lot) {
        java.util.List<java.util.UUID> orgs = new java.util.ArrayList<>();
        orgs.add(lot.organisationId);
        for (Object[] h : custody.holdings(lot.id)) {
            orgs.add(java.util.UUID.fromString((String) h[0]));
        }
        access.checkAny(orgs, Need.READ, "lot", lot.code);
    }
}
