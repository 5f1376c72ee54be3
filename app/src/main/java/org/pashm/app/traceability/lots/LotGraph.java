package org.pashm.app.traceability.lots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
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
 * its site, the current assessments of those sites, and the chain of custody as events. Read with a few set-based
 * queries, whatever the size of the lot.
 */
@ApplicationScoped
public class LotGraph {

    @Inject
    EntityManager em;

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

    /** The lot and every lot it was made from, the lot first. */
    public List<Lot> upstream(Lot lot) {
        List<?> ids = em.createNativeQuery("""
                        with recursive up(id) as (
                            select cast(?1 as uuid)
                            union
                            select li.input_lot_id from lot_input li join up on li.lot_id = up.id)
                        select cast(id as varchar) from up""")
                .setParameter(1, lot.id).getResultList();
        List<UUID> list = ids.stream().map(o -> UUID.fromString(o.toString())).toList();
        Map<UUID, Lot> byId = new HashMap<>();
        for (Lot l : Lot.<Lot>list("id in ?1", list)) {
            byId.put(l.id, l);
        }
        List<Lot> lots = new ArrayList<>();
        lots.add(lot);
        for (UUID id : list) {
            if (!id.equals(lot.id)) {
                lots.add(byId.get(id));
            }
        }
        return lots;
    }

    public Behind behind(Lot lot) {
        List<Lot> lots = upstream(lot);
        UUID[] ids = lots.stream().map(l -> l.id).toArray(UUID[]::new);
        List<BagRow> bags = new ArrayList<>();
        for (Object[] r : CustodyService.rows(em.createNativeQuery("""
                        select cast(b.id as varchar), cast(b.organisation_id as varchar), cast(b.site_id as varchar),
                               s.region, s.production_system, b.number, cast(b.harvested_on as varchar),
                               b.harvest_method, b.fibre_weight_kg, b.mean_fibre_diameter_um, b.fineness,
                               (select count(*) from bag_goat bg where bg.organisation_id = b.organisation_id
                                                                   and bg.bag_id = b.id),
                               cast(lb.lot_id as varchar)
                        from lot_bag lb join bag b on b.id = lb.bag_id join site s on s.id = b.site_id
                        where lb.lot_id = any(cast(?1 as uuid[]))
                        order by b.harvested_on, b.number""").setParameter(1, ids).getResultList())) {
            bags.add(new BagRow(UUID.fromString(r[0].toString()), UUID.fromString(r[1].toString()),
                    UUID.fromString(r[2].toString()), (String) r[3], (String) r[4], (String) r[5],
                    LocalDate.parse(r[6].toString()), HarvestMethod.fromCode((String) r[7]), (BigDecimal) r[8],
                    (BigDecimal) r[9], r[10] == null ? null : FinenessClass.fromCode((String) r[10]),
                    ((Number) r[11]).intValue(), UUID.fromString(r[12].toString())));
        }
        Set<UUID> sites = new LinkedHashSet<>();
        bags.forEach(b -> sites.add(b.site()));
        return new Behind(lot, lots, bags, assessments(sites));
    }

    /** The current (not superseded) assessments of the sites, of any standard and date. */
    public List<SourceAssessment> assessments(Set<UUID> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        List<SourceAssessment> list = new ArrayList<>();
        for (Object[] r : CustodyService.rows(em.createNativeQuery("""
                        select cast(a.id as varchar), cast(a.site_id as varchar), a.standard_id, a.edition,
                               cast(a.assessed_on as varchar), cast(extract(epoch from a.submitted_at) * 1000 as bigint),
                               a.overall_result, a.conformant
                        from assessment a
                        where a.site_id = any(cast(?1 as uuid[]))
                          and not exists (select 1 from assessment n where n.supersedes_id = a.id)""")
                .setParameter(1, sites.toArray(UUID[]::new)).getResultList())) {
            list.add(new SourceAssessment(r[0].toString(), r[1].toString(), (String) r[2], (String) r[3],
                    LocalDate.parse(r[4].toString()), Instant.ofEpochMilli(((Number) r[5]).longValue()),
                    (String) r[6], (Boolean) r[7]));
        }
        return list;
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
        Map<UUID, List<String>> certsBySite = new HashMap<>();
        Map<UUID, List<BagRow>> bagsByLot = new LinkedHashMap<>();
        for (BagRow r : b.bags()) {
            List<String> certs = certifications(b.assessments(), r.site(), r.harvestedOn());
            certsBySite.computeIfAbsent(r.site(), k -> new ArrayList<>());
            events.add(new ChainEvent.Harvested(r.id().toString(), r.harvestedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
                    r.owner().toString(), r.site().toString(), r.number(), r.method(), r.kg(), r.graded(), r.um(),
                    r.region(), certs));
            bagsByLot.computeIfAbsent(r.lot(), k -> new ArrayList<>()).add(r);
        }
        Map<UUID, String> codes = new HashMap<>();
        b.lots().forEach(l -> codes.put(l.id, l.code));
        for (Lot l : b.lots()) {
            if (l.kind.equals("aggregation")) {
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
                List<ChainEvent.LotQuantity> inputs = new ArrayList<>();
                for (Object[] r : CustodyService.rows(em.createNativeQuery(
                                "select cast(li.input_lot_id as varchar), li.kg, l.code from lot_input li "
                                        + "join lot l on l.id = li.input_lot_id "
                                        + "where li.organisation_id = ?1 and li.lot_id = ?2 order by l.code")
                        .setParameter(1, l.organisationId).setParameter(2, l.id).getResultList())) {
                    inputs.add(new ChainEvent.LotQuantity((String) r[2], (BigDecimal) r[1]));
                }
                events.add(new ChainEvent.Transformed(l.id.toString(), l.eventTime.toInstant(),
                        l.organisationId.toString(), inputs, new ChainEvent.LotQuantity(l.code, l.quantityKg),
                        l.yieldPercent));
            }
        }
        for (Object[] r : CustodyService.rows(em.createNativeQuery("""
                        select cast(s.id as varchar), cast(extract(epoch from s.shipped_at) * 1000 as bigint),
                               cast(s.organisation_id as varchar), cast(s.to_organisation_id as varchar),
                               cast(s.lot_id as varchar), s.kg,
                               cast(extract(epoch from r.received_at) * 1000 as bigint)
                        from shipment s left join shipment_receipt r on r.shipment_id = s.id
                        where s.lot_id = any(cast(?1 as uuid[]))""")
                .setParameter(1, b.lots().stream().map(l -> l.id).toArray(UUID[]::new)).getResultList())) {
            ChainEvent.LotQuantity q = new ChainEvent.LotQuantity(codes.get(UUID.fromString(r[4].toString())),
                    (BigDecimal) r[5]);
            events.add(new ChainEvent.Shipped(r[0].toString(), Instant.ofEpochMilli(((Number) r[1]).longValue()),
                    r[2].toString(), r[3].toString(), q));
            if (r[6] != null) {
                events.add(new ChainEvent.Received(r[0].toString() + "-received",
                        Instant.ofEpochMilli(((Number) r[6]).longValue()), r[2].toString(), r[3].toString(), q));
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
