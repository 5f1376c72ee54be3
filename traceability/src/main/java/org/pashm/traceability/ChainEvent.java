package org.pashm.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a lot's chain of custody, as {@link Epcis} exports it: a bag filled at harvest, bags aggregated into a
 * lot, lots dehaired into a new lot, a lot shipped and received. Parties, sites and assessments are named by opaque
 * ids (the app's UUIDs); {@link Epcis.Ids} turns them into URIs.
 */
public sealed interface ChainEvent {

    /** A unique id of the event (the record it comes from). */
    String id();

    /** When it happened. */
    Instant time();

    /**
     * A bag registered at harvest (5.26.1, 6.26.1): EPCIS ObjectEvent, action ADD, business step commissioning.
     *
     * @param certifications the assessments that certify the source site's welfare at the time (5.26.3.2 archives
     *                       the bag's data; its welfare status is the site's latest assessment)
     */
    record Harvested(String id, Instant time, String owner, String site, String bagNumber, HarvestMethod method,
                     BigDecimal fibreWeightKg, FinenessClass fineness, BigDecimal meanFibreDiameterUm, String origin,
                     List<String> certifications) implements ChainEvent {
        public Harvested {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(bagNumber, "bagNumber");
            Objects.requireNonNull(method, "method");
            certifications = List.copyOf(certifications);
        }
    }

    /** A bag as a lot names it: its owner and its number. */
    record BagRef(String owner, String number) {
        public BagRef {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * Bags aggregated into a lot at a buying station: EPCIS AggregationEvent, action ADD, business step packing.
     *
     * @param certifications the welfare certifications of the bags' sources
     */
    record Aggregated(String id, Instant time, String station, String lot, List<BagRef> bags, BigDecimal kg,
                      List<String> certifications) implements ChainEvent {
        public Aggregated {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(station, "station");
            Objects.requireNonNull(lot, "lot");
            Objects.requireNonNull(kg, "kg");
            bags = List.copyOf(bags);
            certifications = List.copyOf(certifications);
            if (bags.isEmpty()) {
                throw new IllegalArgumentException("an aggregation has at least one bag");
            }
        }
    }

    /** A quantity of a lot. */
    record LotQuantity(String lot, BigDecimal kg) {
        public LotQuantity {
            Objects.requireNonNull(lot, "lot");
            Objects.requireNonNull(kg, "kg");
        }
    }

    /**
     * Input lots dehaired into an output lot: EPCIS TransformationEvent.
     *
     * @param yieldPercent the output's weight as a percentage of the inputs'
     */
    record Transformed(String id, Instant time, String station, List<LotQuantity> inputs, LotQuantity output,
                       BigDecimal yieldPercent) implements ChainEvent {
        public Transformed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(station, "station");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(yieldPercent, "yieldPercent");
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("a transformation has at least one input lot");
            }
        }
    }

    /** A quantity of a lot sent from one organisation to another: EPCIS ObjectEvent, business step shipping. */
    record Shipped(String id, Instant time, String from, String to, LotQuantity quantity) implements ChainEvent {
        public Shipped {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A shipment taken in by its receiver: EPCIS ObjectEvent, business step receiving. */
    record Received(String id, Instant time, String from, String to, LotQuantity quantity) implements ChainEvent {
        public Received {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
