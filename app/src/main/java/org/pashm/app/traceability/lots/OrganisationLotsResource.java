package org.pashm.app.traceability.lots;

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
@Path("/organisations/{organisation}/lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class OrganisationLotsResource {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    CustodyService custody;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Aggregate bags into a lot at a buying station: {code, bags: [bag ids], aggregatedAt}; a bag "
            + "goes into one lot only")
    public Response aggregate(@PathParam("organisation") UUID organisation, JsonNode body) {
        Lot l = custody.aggregate(organisation, body);
        return created(l);
    }

    // ---- views ------------------------------------------------------------------------------------------------

    private Response created(Lot l) {
        return Response.status(Response.Status.CREATED).header("Location", "/lots/" + l.code).entity(view(l)).build();
    }

    LotView view(Lot l) {
        Integer bags = null;
        List<LotView.Input> inputs = null;
        if (l.kind.equals("aggregation")) {
            bags = ((Number) custody.em.createNativeQuery("select count(*) from lot_bag where organisation_id = ?1 "
                    + "and lot_id = ?2").setParameter(1, l.organisationId).setParameter(2, l.id).getSingleResult())
                    .intValue();
        } else {
            inputs = new ArrayList<>();
            for (Object[] r : CustodyService.rows(custody.em.createNativeQuery("select l.code, li.kg from lot_input li "
                            + "join lot l on l.id = li.input_lot_id where li.organisation_id = ?1 and li.lot_id = ?2 "
                            + "order by l.code").setParameter(1, l.organisationId).setParameter(2, l.id)
                    .getResultList())) {
                inputs.add(new LotView.Input((String) r[0], (BigDecimal) r[1]));
            }
        }
        List<LotView.Holding> holdings = new ArrayList<>();
        for (Object[] r : custody.holdings(l.id)) {
            BigDecimal in = (BigDecimal) r[1];
            BigDecimal out = (BigDecimal) r[2];
            holdings.add(new LotView.Holding(UUID.fromString(r[0].toString()), in, out, in.subtract(out)));
        }
        return new LotView(l.id, l.code, l.kind, l.organisationId, l.quantityKg, l.yieldPercent, l.eventTime, bags,
                inputs, holdings, l.recordedAt);
    }

    ShipmentView view(Shipment s) {
        Lot lot = Lot.findById(s.lotId);
        return new ShipmentView(s.id, lot.code, s.organisationId, s.toOrganisationId, s.kg, s.shippedAt,
                custody.received(s.id));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
