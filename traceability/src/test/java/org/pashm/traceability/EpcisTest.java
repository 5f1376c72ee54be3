package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pashm.traceability.ChainEvent.Aggregated;
import org.pashm.traceability.ChainEvent.BagRef;
import org.pashm.traceability.ChainEvent.Harvested;
import org.pashm.traceability.ChainEvent.LotQuantity;
import org.pashm.traceability.ChainEvent.Received;
import org.pashm.traceability.ChainEvent.Shipped;
import org.pashm.traceability.ChainEvent.Transformed;

/**
 * The chain of custody as EPCIS 2.0 events. The app validates a full export against GS1's JSON Schema; here each
 * mapping is checked field by field.
 */
class EpcisTest {

    static final Epcis.Ids IDS = Epcis.Ids.urn();
    static final Instant T = Instant.parse("2026-05-02T08:15:00Z");

    static Harvested harvest() {
        return new Harvested("e1", T, "herder-1", "site-1", "BYN 0412/03", HarvestMethod.COMBED, new BigDecimal("22.5"),
                FinenessClass.FINE, new BigDecimal("14.2"), "Alxa League, Inner Mongolia", List.of("a1", "a1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBagFilledAtHarvestIsCommissioned_5_26_3_2() {
        Map<String, Object> e = Epcis.event(harvest(), IDS);
        assertThat(e).containsEntry("type", "ObjectEvent").containsEntry("action", "ADD")
                .containsEntry("bizStep", "commissioning").containsEntry("disposition", "active")
                .containsEntry("eventID", "urn:pashm:event:e1")
                .containsEntry("eventTime", "2026-05-02T08:15:00.000Z").containsEntry("eventTimeZoneOffset", "+00:00");
        // The bag's number is percent-encoded into its URI.
        assertThat((List<String>) e.get("epcList")).containsExactly("urn:pashm:bag:herder-1:BYN%200412%2F03");
        // The source's welfare certification, once.
        assertThat((List<String>) e.get("certificationInfo")).containsExactly("urn:pashm:assessment:a1");
        Map<String, Object> ilmd = (Map<String, Object>) e.get("ilmd");
        assertThat(ilmd).containsEntry("pashm:harvestMethod", "combed").containsEntry("pashm:finenessClass", "fine")
                .containsEntry("pashm:meanFibreDiameterUm", new BigDecimal("14.2"))
                .containsEntry("pashm:origin", "Alxa League, Inner Mongolia");
    }

    @Test
    void aHarvestWithoutAssessmentCarriesNoCertification() {
        Harvested h = harvest();
        Harvested bare = new Harvested(h.id(), h.time(), h.owner(), h.site(), h.bagNumber(), HarvestMethod.SHORN, null,
                null, null, null, List.of());
        Map<String, Object> e = Epcis.event(bare, IDS);
        assertThat(e).doesNotContainKey("certificationInfo");
        assertThat(e.get("ilmd")).isEqualTo(Map.of("pashm:harvestMethod", "shorn"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bagsAggregatedIntoALot() {
        Map<String, Object> e = Epcis.event(new Aggregated("e2", T, "station-1", "ALX-2026-L1",
                List.of(new BagRef("h1", "B1"), new BagRef("h2", "B2")), new BigDecimal("44"), List.of("a1", "a2")), IDS);
        assertThat(e).containsEntry("type", "AggregationEvent").containsEntry("action", "ADD")
                .containsEntry("bizStep", "packing").containsEntry("parentID", "urn:pashm:lot:ALX-2026-L1");
        assertThat((List<String>) e.get("childEPCs")).containsExactly("urn:pashm:bag:h1:B1", "urn:pashm:bag:h2:B2");
        assertThat((List<String>) e.get("certificationInfo")).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dehairingIsATransformationWithItsYield() {
        Map<String, Object> e = Epcis.event(new Transformed("e3", T, "dehairer", List.of(new LotQuantity("L1",
                new BigDecimal("100")), new LotQuantity("L2", new BigDecimal("50"))), new LotQuantity("D1",
                new BigDecimal("78.750")), new BigDecimal("52.5")), IDS);
        assertThat(e).containsEntry("type", "TransformationEvent").doesNotContainKey("action");
        assertThat((List<Map<String, Object>>) e.get("inputQuantityList")).extracting(m -> m.get("epcClass"))
                .containsExactly("urn:pashm:lot:L1", "urn:pashm:lot:L2");
        assertThat((List<Map<String, Object>>) e.get("outputQuantityList")).singleElement()
                .isEqualTo(Map.of("epcClass", "urn:pashm:lot:D1", "quantity", new BigDecimal("78.750"), "uom", "KGM"));
        assertThat((Map<String, Object>) e.get("ilmd")).containsEntry("pashm:yieldPercent", new BigDecimal("52.5"));
    }

    @Test
    void shippingAndReceivingNameBothParties() {
        LotQuantity q = new LotQuantity("D1", new BigDecimal("30"));
        Map<String, Object> shipped = Epcis.event(new Shipped("e4", T, "dehairer", "mill", q), IDS);
        Map<String, Object> received = Epcis.event(new Received("e5", T.plusSeconds(86400), "dehairer", "mill", q), IDS);
        assertThat(shipped).containsEntry("bizStep", "shipping").containsEntry("disposition", "in_transit")
                .containsEntry("action", "OBSERVE");
        assertThat(received).containsEntry("bizStep", "receiving").containsEntry("disposition", "in_progress");
        for (Map<String, Object> e : List.of(shipped, received)) {
            assertThat(e.get("sourceList")).isEqualTo(List.of(Map.of("type", "owning_party", "source", "urn:pashm:org:dehairer")));
            assertThat(e.get("destinationList")).isEqualTo(List.of(Map.of("type", "owning_party",
                    "destination", "urn:pashm:org:mill")));
        }
    }

    @Test
    void aDocumentCarriesTheGs1ContextAndEveryEventInOrder() {
        Map<String, Object> doc = Epcis.document(List.of(harvest()), Instant.parse("2026-07-01T00:00:00.5Z"), IDS);
        assertThat(doc).containsEntry("type", "EPCISDocument").containsEntry("schemaVersion", "2.0")
                .containsEntry("creationDate", "2026-07-01T00:00:00.500Z");
        assertThat(doc.get("@context")).isEqualTo(List.of(Epcis.GS1_CONTEXT, Map.of("pashm", Epcis.PASHM_VOCABULARY)));
        assertThat(doc.get("epcisBody")).isEqualTo(Map.of("eventList", List.of(Epcis.event(harvest(), IDS))));
    }
}
