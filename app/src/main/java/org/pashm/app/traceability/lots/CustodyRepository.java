package org.pashm.app.traceability.lots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.persistence.DatabaseErrors;
import org.pashm.app.persistence.Rows;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.LotRecords.SourceAssessment;
import org.pashm.traceability.MassBalance;

/**
 * The chain of custody's SQL: lots ({@link Lot}), the bags in them, the inputs of dehairings, shipments
 * ({@link Shipment}) and their receipts, the mass-balance ledger, and the set-based reads of what lies behind a lot.
 * Every read of many things is one statement, whatever their number.
 */
@ApplicationScoped
public class CustodyRepository {

    @Inject
    EntityManager em;

    @Inject
    DatabaseErrors databaseErrors;

    /** A bag named for a lot: whose it is, what it weighs, when it was filled, and the lot it is in already. */
    public record BagForLot(UUID id, UUID organisation, String number, BigDecimal kg, LocalDate harvestedOn,
                            String lot) {
    }

    /** What an organisation took in of a lot and gave out. */
    public record Holding(UUID organisation, MassBalance balance) {
    }

    /** A lot a dehairing drew from, and how much. */
    public record Input(UUID lot, UUID inputLot, String inputCode, BigDecimal kg) {
    }

    /** A shipment of a lot and when it was received, if it was. */
    public record ShipmentRow(UUID id, UUID from, UUID to, UUID lot, BigDecimal kg, OffsetDateTime shippedAt,
                              OffsetDateTime receivedAt) {
    }

    // ---- lots ---------------------------------------------------------------------------------------------------

    public Optional<Lot> lot(String code) {
        return Lot.<Lot>find("code", code).firstResultOptional();
    }

    /** The lots with these codes, by code; one statement. */
    public Map<String, Lot> lots(Collection<String> codes) {
        Map<String, Lot> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            Lot.<Lot>list("code in ?1", codes).forEach(l -> byCode.put(l.code, l));
        }
        return byCode;
    }

    public boolean codeTaken(String code) {
        return Lot.count("code", code) > 0;
    }

    /** Stores a lot; a code another request took at the same moment answers {@code lot_code}'s conflict. */
    public void insert(Lot lot) {
        lot.persist();
        databaseErrors.flush();
    }

    public List<BagForLot> bags(Collection<UUID> ids) {
        return Rows.list(em, """
                        select b.id, b.organisation_id, b.number, b.fibre_weight_kg, b.harvested_on, l.code
                        from bag b left join lot_bag lb on lb.bag_id = b.id left join lot l on l.id = lb.lot_id
                        where b.id = any(cast(?1 as uuid[]))""",
                r -> new BagForLot(r.uuid("id"), r.uuid("organisation_id"), r.text("number"),
                        r.decimal("fibre_weight_kg"), r.date("harvested_on"), r.text("code")),
                (Object) ids.toArray(UUID[]::new));
    }

    public void putBags(UUID station, UUID lot, Collection<UUID> bags) {
        em.createNativeQuery("insert into lot_bag (organisation_id, lot_id, bag_id) "
                        + "select ?1, ?2, unnest(cast(?3 as uuid[]))")
                .setParameter(1, station).setParameter(2, lot).setParameter(3, bags.toArray(UUID[]::new))
                .executeUpdate();
        // lot_bag_once: another request put one of the bags into a lot at the same moment.
        databaseErrors.flush();
    }

    public void putInput(UUID station, UUID lot, UUID input, BigDecimal kg) {
        em.createNativeQuery("insert into lot_input (organisation_id, lot_id, input_lot_id, kg) values (?1, ?2, ?3, ?4)")
                .setParameter(1, station).setParameter(2, lot).setParameter(3, input).setParameter(4, kg)
                .executeUpdate();
    }

    public int bagCount(Lot lot) {
        return ((Number) em.createNativeQuery("select count(*) from lot_bag where organisation_id = ?1 and lot_id = ?2")
                .setParameter(1, lot.organisationId).setParameter(2, lot.id).getSingleResult()).intValue();
    }

    /** The inputs of these dehairings, by input code; one statement. */
    public List<Input> inputs(Collection<UUID> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        return Rows.list(em, """
                        select li.lot_id, li.input_lot_id, l.code, li.kg from lot_input li
                        join lot l on l.id = li.input_lot_id where li.lot_id = any(cast(?1 as uuid[])) order by l.code""",
                r -> new Input(r.uuid("lot_id"), r.uuid("input_lot_id"), r.text("code"), r.decimal("kg")),
                (Object) lots.toArray(UUID[]::new));
    }

    /** Locks lots in id order (no deadlock between two requests locking the same lots). */
    public void lock(Collection<UUID> lots) {
        em.createNativeQuery("select id from lot where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, lots.toArray(UUID[]::new)).getResultList();
    }

    // ---- the mass balance ---------------------------------------------------------------------------------------

    public MassBalance balance(UUID organisation, UUID lot) {
        return Rows.list(em, """
                        select coalesce(sum(delta_kg) filter (where delta_kg > 0), 0) as in_kg,
                               coalesce(-sum(delta_kg) filter (where delta_kg < 0), 0) as out_kg
                        from custody_ledger where organisation_id = ?1 and lot_id = ?2""",
                CustodyRepository::balance, organisation, lot).get(0);
    }

    /** Every organisation's balance of a lot, in the order they first took some in. */
    public List<Holding> holdings(UUID lot) {
        return Rows.list(em, """
                        select organisation_id,
                               coalesce(sum(delta_kg) filter (where delta_kg > 0), 0) as in_kg,
                               coalesce(-sum(delta_kg) filter (where delta_kg < 0), 0) as out_kg
                        from custody_ledger where lot_id = ?1 group by organisation_id order by min(id)""",
                r -> new Holding(r.uuid("organisation_id"), balance(r)), lot);
    }

    private static MassBalance balance(Rows r) {
        return new MassBalance(r.decimal("in_kg").setScale(MassBalance.SCALE),
                r.decimal("out_kg").setScale(MassBalance.SCALE));
    }

    /** A row of the ledger: {@code delta} kilograms of {@code lot} in (+) or out (-) of {@code organisation}. */
    public void ledger(UUID organisation, UUID lot, BigDecimal delta, String reason, UUID ref) {
        em.createNativeQuery("insert into custody_ledger (organisation_id, lot_id, delta_kg, reason, ref_id) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, organisation).setParameter(2, lot).setParameter(3, delta).setParameter(4, reason)
                .setParameter(5, ref).executeUpdate();
    }

    // ---- shipments ----------------------------------------------------------------------------------------------

    public boolean organisationExists(UUID id) {
        return !em.createNativeQuery("select 1 from organisation where id = ?1").setParameter(1, id).getResultList()
                .isEmpty();
    }

    public Optional<Shipment> shipment(UUID id) {
        return Optional.ofNullable(Shipment.findById(id));
    }

    public void insert(Shipment s) {
        s.persist();
        em.flush();
    }

    /** When a shipment was received, or null. */
    public OffsetDateTime receivedAt(UUID shipment) {
        return Rows.list(em, "select received_at from shipment_receipt where shipment_id = ?1",
                r -> r.time("received_at"), shipment).stream().findFirst().orElse(null);
    }

    public void receipt(Shipment s, OffsetDateTime at) {
        em.createNativeQuery("insert into shipment_receipt (shipment_id, organisation_id, received_at) values (?1, ?2, ?3)")
                .setParameter(1, s.id).setParameter(2, s.toOrganisationId).setParameter(3, at).executeUpdate();
    }

    /** The shipments of these lots with their receipts; one statement. */
    public List<ShipmentRow> shipments(Collection<UUID> lots) {
        return Rows.list(em, """
                        select s.id, s.organisation_id, s.to_organisation_id, s.lot_id, s.kg, s.shipped_at,
                               r.received_at
                        from shipment s left join shipment_receipt r on r.shipment_id = s.id
                        where s.lot_id = any(cast(?1 as uuid[]))""",
                r -> new ShipmentRow(r.uuid("id"), r.uuid("organisation_id"), r.uuid("to_organisation_id"),
                        r.uuid("lot_id"), r.decimal("kg"), r.time("shipped_at"), r.time("received_at")),
                (Object) lots.toArray(UUID[]::new));
    }

    // ---- what lies behind a lot ---------------------------------------------------------------------------------

    /** The lot and every lot it was made from (through dehairings, recursively), the lot first. */
    public List<Lot> upstream(Lot lot) {
        List<UUID> ids = Rows.list(em, """
                        with recursive up(id) as (
                            select cast(?1 as uuid)
                            union
                            select li.input_lot_id from lot_input li join up on li.lot_id = up.id)
                        select id from up""", r -> r.uuid("id"), lot.id);
        Map<UUID, Lot> byId = new LinkedHashMap<>();
        Lot.<Lot>list("id in ?1", ids).forEach(l -> byId.put(l.id, l));
        return ids.stream().map(id -> id.equals(lot.id) ? lot : byId.get(id)).toList();
    }

    /** The bags in these lots with their sites, oldest harvest first; one statement. */
    public List<LotGraph.BagRow> sourceBags(Collection<UUID> lots) {
        return Rows.list(em, """
                        select b.id, b.organisation_id, b.site_id, s.region, s.production_system, b.number,
                               b.harvested_on, b.harvest_method, b.fibre_weight_kg, b.mean_fibre_diameter_um,
                               b.fineness, lb.lot_id,
                               (select count(*) from bag_goat bg where bg.organisation_id = b.organisation_id
                                                                   and bg.bag_id = b.id) as goats
                        from lot_bag lb join bag b on b.id = lb.bag_id join site s on s.id = b.site_id
                        where lb.lot_id = any(cast(?1 as uuid[]))
                        order by b.harvested_on, b.number""",
                r -> new LotGraph.BagRow(r.uuid("id"), r.uuid("organisation_id"), r.uuid("site_id"), r.text("region"),
                        r.text("production_system"), r.text("number"), r.date("harvested_on"),
                        HarvestMethod.fromCode(r.text("harvest_method")), r.decimal("fibre_weight_kg"),
                        r.decimal("mean_fibre_diameter_um"),
                        r.text("fineness") == null ? null : FinenessClass.fromCode(r.text("fineness")),
                        r.integer("goats"), r.uuid("lot_id")),
                (Object) lots.toArray(UUID[]::new));
    }

    /** The current (not superseded) assessments of the sites, of any standard and date; one statement. */
    public List<SourceAssessment> assessments(Set<UUID> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        return Rows.list(em, """
                        select a.id, a.site_id, a.standard_id, a.edition, a.assessed_on, a.submitted_at,
                               a.overall_result, a.conformant
                        from assessment a
                        where a.site_id = any(cast(?1 as uuid[]))
                          and not exists (select 1 from assessment n where n.supersedes_id = a.id)""",
                r -> new SourceAssessment(r.text("id"), r.text("site_id"), r.text("standard_id"), r.text("edition"),
                        r.date("assessed_on"), r.time("submitted_at").toInstant(), r.text("overall_result"),
                        r.bool("conformant")),
                (Object) sites.toArray(UUID[]::new));
    }

    /** The names and kinds of organisations, by id; one statement. */
    public Map<UUID, Party> parties(Collection<UUID> ids) {
        Map<UUID, Party> parties = new HashMap<>();
        if (!ids.isEmpty()) {
            Rows.list(em, "select id, name, kind from organisation where id = any(cast(?1 as uuid[]))",
                            r -> new Party(r.uuid("id"), r.text("name"), r.text("kind")),
                            (Object) ids.toArray(UUID[]::new))
                    .forEach(p -> parties.put(p.id(), p));
        }
        return parties;
    }

    /** An organisation of the chain as the public page may name it. */
    public record Party(UUID id, String name, String kind) {
    }
}
