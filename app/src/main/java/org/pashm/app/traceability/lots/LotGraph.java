package org.pashm.app.traceability.lots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pashm.traceability.ChainEvent;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.LotRecords;
import org.pashm.traceability.LotRecords.SourceAssessment;
import org.pashm.traceability.LotRecords.SourceBag;

/**
 * What lies behind a lot: every lot it was made from (through dehairings, recursively), every bag in those lots with
 * its site, the current assessments of those sites, and the chain of custody as events. Read with a fixed number of
 * set-based statements ({@link CustodyRepository}), whatever the size of the lot and the length of its chain.
 */
@ApplicationScoped
public class LotGraph {

    @Inject
    CustodyRepository repository;

    /** A bag behind a lot, with what the claims and the public page need of its site. */
    public record BagRow(UUID id, UUID owner, UUID site, String region, String system, String number,
                         LocalDate harvestedOn, HarvestMethod method, BigDecimal kg, BigDecimal um,
                         FinenessClass graded, int goats, UUID lot) {
        public FinenessClass finenessClass() {
            return um != null ? FinenessClass.of(um) : graded;
        }
    }

    /** Everything behind a lot. */
    public record Behind(Lot lot, List<Lot> lots, List<BagRow> bags, List<SourceAssessment> assessments) {
    }

    public Behind behind(Lot lot) {
        List<Lot> lots = repository.upstream(lot);
        List<BagRow> bags = repository.sourceBags(lots.stream().map(l -> l.id).toList());
        Set<UUID> sites = new LinkedHashSet<>();
        bags.forEach(b -> sites.add(b.site()));
        return new Behind(lot, lots, bags, repository.assessments(sites));
    }

    /** The records {@link org.pashm.traceability.ClaimVerifier} reads. */
    public static LotRecords records(Behind b) {
        List<SourceBag> bags = new ArrayList<>(b.bags().size());
        for (BagRow r : b.bags()) {
            bags.add(new SourceBag(r.id().toString(), r.number(), r.site().toString(), r.region(), r.method(), r.kg(),
                    r.um(), r.graded(), r.goats()));
        }
        return new LotRecords(b.lot().code, bags, b.assessments());
    }

    /**
     * The chain of custody behind a lot and of the lot itself, oldest first: each bag's harvest, each aggregation,
     * each dehairing, each shipment and receipt of the lot or of a lot it was made from.
     */
    public List<ChainEvent> events(Behind b) {
        List<ChainEvent> events = new ArrayList<>();
        Map<UUID, List<BagRow>> bagsByLot = new LinkedHashMap<>();
        for (BagRow r : b.bags()) {
            List<String> certs = certifications(b.assessments(), r.site(), r.harvestedOn());
            events.add(new ChainEvent.Harvested(r.id().toString(), r.harvestedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
                    r.owner().toString(), r.site().toString(), r.number(), r.method(), r.kg(), r.graded(), r.um(),
                    r.region(), certs));
            bagsByLot.computeIfAbsent(r.lot(), k -> new ArrayList<>()).add(r);
        }
        List<UUID> ids = b.lots().stream().map(l -> l.id).toList();
        Map<UUID, String> codes = new HashMap<>();
        b.lots().forEach(l -> codes.put(l.id, l.code));
        Map<UUID, List<ChainEvent.LotQuantity>> inputs = new HashMap<>();
        for (CustodyRepository.Input in : repository.inputs(ids)) {
            inputs.computeIfAbsent(in.lot(), k -> new ArrayList<>())
                    .add(new ChainEvent.LotQuantity(in.inputCode(), in.kg()));
        }
        for (Lot l : b.lots()) {
            if (l.kind.equals(Lot.AGGREGATION)) {
                List<BagRow> in = bagsByLot.getOrDefault(l.id, List.of());
                if (in.isEmpty()) {
                    continue;
                }
                Set<String> certs = new LinkedHashSet<>();
                for (BagRow r : in) {
                    certs.addAll(certifications(b.assessments(), r.site(), r.harvestedOn()));
                }
                events.add(new ChainEvent.Aggregated(l.id.toString(), l.eventTime.toInstant(), l.organisationId.toString(),
                        l.code, in.stream().map(r -> new ChainEvent.BagRef(r.owner().toString(), r.number())).toList(),
                        l.quantityKg, List.copyOf(certs)));
            } else {
                events.add(new ChainEvent.Transformed(l.id.toString(), l.eventTime.toInstant(),
                        l.organisationId.toString(), inputs.getOrDefault(l.id, List.of()),
                        new ChainEvent.LotQuantity(l.code, l.quantityKg), l.yieldPercent));
            }
        }
        for (CustodyRepository.ShipmentRow s : repository.shipments(ids)) {
            ChainEvent.LotQuantity q = new ChainEvent.LotQuantity(codes.get(s.lot()), s.kg());
            events.add(new ChainEvent.Shipped(s.id().toString(), s.shippedAt().toInstant(), s.from().toString(),
                    s.to().toString(), q));
            if (s.receivedAt() != null) {
                events.add(new ChainEvent.Received(s.id() + "-received", s.receivedAt().toInstant(),
                        s.from().toString(), s.to().toString(), q));
            }
        }
        events.sort(Comparator.comparing(ChainEvent::time).thenComparing(LotGraph::order));
        return events;
    }

    private static int order(ChainEvent e) {
        if (e instanceof ChainEvent.Harvested) {
            return 0;
        } else if (e instanceof ChainEvent.Aggregated) {
            return 1;
        } else if (e instanceof ChainEvent.Transformed) {
            return 2;
        } else if (e instanceof ChainEvent.Shipped) {
            return 3;
        }
        return 4;
    }

    /**
     * The welfare certification of a bag's source at harvest: the site's latest current assessment on or before the
     * harvest day, when it is conformant.
     */
    static List<String> certifications(List<SourceAssessment> assessments, UUID site, LocalDate on) {
        String s = site.toString();
        return assessments.stream().filter(a -> a.source().equals(s) && !a.assessedOn().isAfter(on))
                .max(Comparator.comparing(SourceAssessment::assessedOn).thenComparing(SourceAssessment::submittedAt))
                .filter(SourceAssessment::conformant).map(a -> List.of(a.id())).orElse(List.of());
    }
}
