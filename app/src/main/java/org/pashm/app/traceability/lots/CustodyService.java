package org.pashm.app.traceability.lots;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import org.pashm.app.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.organisation.Organisation;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.problem.Rule;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.web.Json;
import org.pashm.traceability.MassBalance;

/**
 * The chain of custody: bags aggregated into lots at a buying station, lots dehaired into new lots, lots shipped and
 * received. Every step is appended (never changed) together with its rows in the mass-balance ledger, in the caller's
 * transaction, after locking the lots it draws from so that two steps cannot spend the same kilograms.
 */
@ApplicationScoped
public class CustodyService {

    /** Who aggregates bags into lots. */
    public static final List<String> AGGREGATORS = List.of("buying-station", "cooperative");
    /** Who dehairs. */
    public static final List<String> DEHAIRERS = List.of("dehairing-station");
    static final int MAX_BAGS_PER_LOT = 10_000;
    static final BigDecimal MAX_KG = new BigDecimal("999999999");

    @Inject
    EntityManager em;

    @Inject
    DatabaseErrors databaseErrors;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Organisations organisations;

    @Inject
    Access access;

    // ---- lots -------------------------------------------------------------------------------------------------

    public Lot lot(String code) {
        Lot l = Lot.find("code", code).firstResult();
        if (l == null) {
            throw Problems.notFound("unknown-lot", "Unknown lot", "There is no lot " + code + ".");
        }
        return l;
    }

    /** {@code {"code": "ALX-2026-L1", "bags": ["<bag id>", ...], "aggregatedAt": "2026-05-20T09:00:00Z"}} */
    public Lot aggregate(UUID station, JsonNode body) {
        organisations.ofKind(station, AGGREGATORS, "aggregate bags into lots");
        List<FieldError> errors = new ArrayList<>();
        object(body);
        FieldErrors.unknownFields(body, List.of("code", "bags", "aggregatedAt"), errors);
        String code = code(body.get("code"), "/code", errors);
        OffsetDateTime at = time(body.get("aggregatedAt"), "/aggregatedAt", errors);
        JsonNode bagsNode = body.get("bags");
        Set<UUID> bags = new LinkedHashSet<>();
        if (bagsNode == null || !bagsNode.isArray() || bagsNode.isEmpty() || bagsNode.size() > MAX_BAGS_PER_LOT) {
            errors.add(FieldError.body("/bags", Rule.REQUIRED, "bags is an array of 1 to " + MAX_BAGS_PER_LOT + " bag ids"));
        } else {
            for (int i = 0; i < bagsNode.size(); i++) {
                UUID id = Json.uuid(bagsNode.get(i), "/bags/" + i, true, errors);
                if (id != null && !bags.add(id)) {
                    errors.add(FieldError.body("/bags/" + i, Rule.DUPLICATE, "bag " + id + " is listed twice"));
                }
            }
        }
        List<Object[]> found = List.of();
        if (errors.isEmpty()) {
            found = rows(em.createNativeQuery("""
                            select cast(b.id as varchar), b.number, b.fibre_weight_kg, cast(b.harvested_on as varchar), l.code,
                                   b.organisation_id
                            from bag b left join lot_bag lb on lb.bag_id = b.id left join lot l on l.id = lb.lot_id
                            where b.id = any(cast(?1 as uuid[]))""")
                    .setParameter(1, bags.toArray(UUID[]::new)).getResultList());
            Map<String, Object[]> byId = new LinkedHashMap<>();
            for (Object[] r : found) {
                // A bag goes into a lot by the hand of someone who may manage its keeper (or an administrator).
                // Bag ids are not secrets (EPCIS exports, provenance pages), so any other bag is answered exactly
                // like one that does not exist: nothing tells the caller it exists or which lot holds it.
                if (access.allows(UUID.fromString(r[5].toString()), Need.MANAGE)) {
                    byId.put(r[0].toString(), r);
                }
            }
            int i = 0;
            for (UUID id : bags) {
                Object[] r = byId.get(id.toString());
                if (r == null) {
                    errors.add(FieldError.body("/bags/" + i, Rule.UNKNOWN_BAG, "there is no bag " + id));
                } else if (at != null && at.atZoneSameInstant(farmCalendar.zone()).toLocalDate()
                        .isBefore(java.time.LocalDate.parse(r[3].toString()))) {
                    errors.add(FieldError.body("/bags/" + i, Rule.BEFORE_HARVEST, "bag " + r[1] + " was harvested on "
                            + r[3] + ", after " + at));
                }
                i++;
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-lot", "Invalid lot", FieldErrors.summary(errors), errors);
        }
        List<String> taken = new ArrayList<>();
        BigDecimal kg = BigDecimal.ZERO;
        for (Object[] r : found) {
            if (r[4] != null) {
                taken.add("bag " + r[1] + " is in lot " + r[4]);
            }
            kg = kg.add((BigDecimal) r[2]);
        }
        if (!taken.isEmpty()) {
            throw Problems.conflict("bag-in-another-lot", "Bag already in a lot", "A bag goes into one lot only: "
                    + String.join("; ", taken) + ".");
        }
        codeFree(code);
        Lot l = newLot(station, code, "aggregation", kg, null, at);
        em.createNativeQuery("insert into lot_bag (organisation_id, lot_id, bag_id) select ?1, ?2, unnest(cast(?3 as uuid[]))")
                .setParameter(1, station).setParameter(2, l.id).setParameter(3, bags.toArray(UUID[]::new))
                .executeUpdate();
        ledger(station, l.id, kg, "aggregated", l.id);
        return l;
    }

    /**
     * {@code {"code": "D1", "inputs": [{"lot": "L1", "kg": 100}], "yieldPercent": 52.5, "dehairedAt": "..."}}: the
     * output weighs the inputs times the yield (to the gram, rounded down).
     */
    public Lot dehair(UUID station, JsonNode body) {
        organisations.ofKind(station, DEHAIRERS, "dehair");
        List<FieldError> errors = new ArrayList<>();
        object(body);
        FieldErrors.unknownFields(body, List.of("code", "inputs", "yieldPercent", "dehairedAt"), errors);
        String code = code(body.get("code"), "/code", errors);
        OffsetDateTime at = time(body.get("dehairedAt"), "/dehairedAt", errors);
        BigDecimal yield = number(body.get("yieldPercent"), "/yieldPercent", MassBalance.YIELD_MAX_PERCENT, errors);
        JsonNode inputsNode = body.get("inputs");
        Map<Lot, BigDecimal> inputs = new LinkedHashMap<>();
        if (inputsNode == null || !inputsNode.isArray() || inputsNode.isEmpty() || inputsNode.size() > 1000) {
            errors.add(FieldError.body("/inputs", Rule.REQUIRED, "inputs is an array of 1 to 1000 {lot, kg}"));
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < inputsNode.size(); i++) {
                JsonNode in = inputsNode.get(i);
                String p = "/inputs/" + i;
                if (in == null || !in.isObject()) {
                    errors.add(FieldError.body(p, Rule.WRONG_TYPE, "each input is {\"lot\": code, \"kg\": number}"));
                    continue;
                }
                FieldErrors.unknownFields(in, p, List.of("lot", "kg"), errors);
                String lot = Json.text(in.get("lot"), p + "/lot", true, 64, errors);
                BigDecimal kg = number(in.get("kg"), p + "/kg", MAX_KG, errors);
                if (lot == null) {
                    continue;
                }
                if (!seen.add(lot)) {
                    errors.add(FieldError.body(p + "/lot", Rule.DUPLICATE, "lot " + lot + " is listed twice"));
                    continue;
                }
                Lot l = Lot.find("code", lot).firstResult();
                if (l == null) {
                    errors.add(FieldError.body(p + "/lot", Rule.UNKNOWN_LOT, "there is no lot " + lot));
                } else if (kg != null) {
                    inputs.put(l, kg);
                }
            }
        }
        for (Lot in : inputs.keySet()) {
            if (at != null && at.isBefore(in.eventTime)) {
                errors.add(FieldError.body("/dehairedAt", Rule.BEFORE_LOT, "input lot " + in.code + " was made on "
                        + in.eventTime + "; it cannot be dehaired before"));
            }
        }
        if (yield != null && yield.signum() <= 0) {
            errors.add(FieldError.body("/yieldPercent", Rule.OUT_OF_RANGE, "yieldPercent must be above 0 and at most 100"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-dehairing", "Invalid dehairing", FieldErrors.summary(errors),
                    errors);
        }
        lock(inputs.keySet().stream().map(l -> l.id).toList());
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Lot, BigDecimal> in : inputs.entrySet()) {
            requireBalance(station, in.getKey(), in.getValue(), "dehair");
            total = total.add(in.getValue());
        }
        codeFree(code);
        BigDecimal out = MassBalance.output(total, yield);
        Lot l = newLot(station, code, "dehairing", out, yield, at);
        for (Map.Entry<Lot, BigDecimal> in : inputs.entrySet()) {
            em.createNativeQuery("insert into lot_input (organisation_id, lot_id, input_lot_id, kg) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, station).setParameter(2, l.id).setParameter(3, in.getKey().id)
                    .setParameter(4, in.getValue()).executeUpdate();
            ledger(station, in.getKey().id, in.getValue().negate(), "dehairing-input", l.id);
        }
        ledger(station, l.id, out, "dehaired", l.id);
        return l;
    }

    // ---- shipments --------------------------------------------------------------------------------------------

    /** {@code {"lot": "D1", "to": "<organisation id>", "kg": 30, "shippedAt": "..."}} */
    public Shipment ship(UUID from, JsonNode body) {
        organisations.find(from);
        List<FieldError> errors = new ArrayList<>();
        object(body);
        FieldErrors.unknownFields(body, List.of("lot", "to", "kg", "shippedAt"), errors);
        String code = Json.text(body.get("lot"), "/lot", true, 64, errors);
        UUID to = Json.uuid(body.get("to"), "/to", true, errors);
        BigDecimal kg = number(body.get("kg"), "/kg", MAX_KG, errors);
        OffsetDateTime at = time(body.get("shippedAt"), "/shippedAt", errors);
        Lot lot = null;
        if (code != null) {
            lot = Lot.find("code", code).firstResult();
            if (lot == null) {
                errors.add(FieldError.body("/lot", Rule.UNKNOWN_LOT, "there is no lot " + code));
            }
        }
        if (to != null) {
            if (to.equals(from)) {
                errors.add(FieldError.body("/to", Rule.SAME_ORGANISATION, "a shipment goes to another organisation"));
            } else if (Organisation.findById(to) == null) {
                errors.add(FieldError.body("/to", Rule.UNKNOWN_ORGANISATION, "there is no organisation " + to));
            }
        }
        if (lot != null && at != null && at.isBefore(lot.eventTime)) {
            errors.add(FieldError.body("/shippedAt", Rule.BEFORE_LOT, "lot " + lot.code + " was made on " + lot.eventTime
                    + "; it cannot be shipped before"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-shipment", "Invalid shipment", FieldErrors.summary(errors), errors);
        }
        lock(List.of(lot.id));
        requireBalance(from, lot, kg, "ship");
        Shipment s = new Shipment();
        s.id = UUID.randomUUID();
        s.organisationId = from;
        s.lotId = lot.id;
        s.toOrganisationId = to;
        s.kg = kg;
        s.shippedAt = at;
        s.recordedAt = farmCalendar.now();
        s.persist();
        em.flush();
        ledger(from, lot.id, kg.negate(), "shipped", s.id);
        return s;
    }

    public Shipment shipment(UUID id) {
        Shipment s = Shipment.findById(id);
        if (s == null) {
            throw Problems.notFound("unknown-shipment", "Unknown shipment", "There is no shipment " + id + ".");
        }
        return s;
    }

    /** The receiver takes a shipment in: {@code {"receivedAt": "..."}} (optional); once only. */
    public Shipment receive(UUID shipmentId, JsonNode body) {
        Shipment s = shipment(shipmentId);
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime at = farmCalendar.now();
        if (body != null && !body.isNull()) {
            object(body);
            FieldErrors.unknownFields(body, List.of("receivedAt"), errors);
            at = time(body.get("receivedAt"), "/receivedAt", errors);
            if (at != null && at.isBefore(s.shippedAt)) {
                errors.add(FieldError.body("/receivedAt", Rule.BEFORE_SHIPPING, "the shipment left on " + s.shippedAt
                        + "; it cannot arrive before"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-receipt", "Invalid receipt", FieldErrors.summary(errors), errors);
        }
        lock(List.of(s.lotId));
        if (received(s.id) != null) {
            throw Problems.conflict("already-received", "Already received", "Shipment " + s.id + " was already received.");
        }
        em.createNativeQuery("insert into shipment_receipt (shipment_id, organisation_id, received_at) values (?1, ?2, ?3)")
                .setParameter(1, s.id).setParameter(2, s.toOrganisationId).setParameter(3, at).executeUpdate();
        ledger(s.toOrganisationId, s.lotId, s.kg, "received", s.id);
        return s;
    }

    /** When a shipment was received, or null. */
    public OffsetDateTime received(UUID shipment) {
        List<?> r = em.createNativeQuery("select received_at from shipment_receipt where shipment_id = ?1",
                OffsetDateTime.class).setParameter(1, shipment).getResultList();
        return r.isEmpty() ? null : (OffsetDateTime) r.get(0);
    }

    // ---- mass balance -----------------------------------------------------------------------------------------

    /** What {@code organisation} took in of a lot and gave out. */
    public MassBalance balance(UUID organisation, UUID lot) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(delta_kg) filter (where delta_kg > 0), 0),
                               coalesce(-sum(delta_kg) filter (where delta_kg < 0), 0)
                        from custody_ledger where organisation_id = ?1 and lot_id = ?2""")
                .setParameter(1, organisation).setParameter(2, lot).getSingleResult();
        return new MassBalance(((BigDecimal) r[0]).setScale(MassBalance.SCALE), ((BigDecimal) r[1]).setScale(MassBalance.SCALE));
    }

    /** Every organisation's balance of a lot, in the order they first took some in. */
    public List<Object[]> holdings(UUID lot) {
        return rows(em.createNativeQuery("""
                        select cast(organisation_id as varchar),
                               coalesce(sum(delta_kg) filter (where delta_kg > 0), 0),
                               coalesce(-sum(delta_kg) filter (where delta_kg < 0), 0)
                        from custody_ledger where lot_id = ?1 group by organisation_id order by min(id)""")
                .setParameter(1, lot).getResultList());
    }

    private void requireBalance(UUID organisation, Lot lot, BigDecimal kg, String doing) {
        MassBalance b = balance(organisation, lot.id);
        if (b.allows(kg)) {
            return;
        }
        Map<String, Object> balance = new LinkedHashMap<>();
        balance.put("organisation", organisation.toString());
        balance.put("lot", lot.code);
        balance.put("inKg", b.inKg());
        balance.put("outKg", b.outKg());
        balance.put("availableKg", b.availableKg());
        balance.put("requestedKg", kg);
        throw Problems.conflict("mass-balance", "Mass balance exceeded", "This organisation holds "
                + b.availableKg().stripTrailingZeros().toPlainString() + " kg of lot " + lot.code + " (took in "
                + b.inKg().stripTrailingZeros().toPlainString() + " kg, gave out "
                + b.outKg().stripTrailingZeros().toPlainString() + " kg); it cannot " + doing + " "
                + kg.stripTrailingZeros().toPlainString() + " kg.").with("balance", Collections.unmodifiableMap(balance));
    }

    private void ledger(UUID organisation, UUID lot, BigDecimal delta, String reason, UUID ref) {
        em.createNativeQuery("insert into custody_ledger (organisation_id, lot_id, delta_kg, reason, ref_id) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, organisation).setParameter(2, lot).setParameter(3, delta).setParameter(4, reason)
                .setParameter(5, ref).executeUpdate();
    }

    /** Locks lots in id order (no deadlock between two requests locking the same lots). */
    private void lock(List<UUID> lots) {
        em.createNativeQuery("select id from lot where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, lots.toArray(UUID[]::new)).getResultList();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Lot newLot(UUID organisation, String code, String kind, BigDecimal kg, BigDecimal yield,
                       OffsetDateTime at) {
        Lot l = new Lot();
        l.id = UUID.randomUUID();
        l.organisationId = organisation;
        l.code = code;
        l.kind = kind;
        l.quantityKg = kg;
        l.yieldPercent = yield;
        l.eventTime = at;
        l.recordedAt = farmCalendar.now();
        l.persist();
        // lot_code: another request took the code at the same moment.
        databaseErrors.flush();
        return l;
    }

    private void codeFree(String code) {
        if (Lot.count("code", code) > 0) {
            throw codeTaken(code);
        }
    }

    private static RuntimeException codeTaken(String code) {
        return Problems.conflict("lot-code-taken", "Lot code taken", "Lot code " + code + " is already used; a lot "
                + "code is printed on labels and must name one lot only.");
    }

    private static void object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
    }

    /** Lot codes are printed on labels and in URLs: letters, digits, '.', '_' and '-'. */
    static String code(JsonNode node, String pointer, List<FieldError> errors) {
        String code = Json.text(node, pointer, true, 64, errors);
        if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            errors.add(FieldError.body(pointer, Rule.INVALID_VALUE, "a lot code is letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit"));
            return null;
        }
        return code;
    }

    static BigDecimal number(JsonNode node, String pointer, BigDecimal max, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(FieldError.body(pointer, Rule.REQUIRED, pointer.substring(pointer.lastIndexOf('/') + 1)
                    + " is required"));
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, "must be a number"));
            return null;
        }
        BigDecimal v = node.decimalValue();
        if (v.signum() <= 0 || v.compareTo(max) > 0 || v.stripTrailingZeros().scale() > 3) {
            errors.add(FieldError.body(pointer, Rule.OUT_OF_RANGE, "must be above 0 and at most " + max.toPlainString()
                    + ", to three decimals"));
            return null;
        }
        return v;
    }

    /** An optional instant (ISO 8601 with offset), now when absent; never in the future. */
    OffsetDateTime time(JsonNode node, String pointer, List<FieldError> errors) {
        OffsetDateTime now = farmCalendar.now();
        if (node == null || node.isNull()) {
            return now;
        }
        String s = Json.text(node, pointer, true, 40, errors);
        if (s == null) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            if (t.isAfter(now.plusMinutes(5))) {
                errors.add(FieldError.body(pointer, Rule.IN_THE_FUTURE, s + " is in the future"));
                return null;
            }
            return t;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, "'" + s + "' is not a time as 2026-05-20T09:00:00Z"));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }
}
