package org.pashm.app.traceability.lots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.persistence.UniqueConstraint;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.traceability.lots.CustodyRepository.BagForLot;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.Received;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.traceability.CustodyStep;
import org.pashm.traceability.Epcis;
import org.pashm.traceability.MassBalance;

/**
 * The chain of custody: bags aggregated into lots at a buying station, lots dehaired into new lots, lots shipped and
 * received. Every step is appended (never changed) together with its rows in the mass-balance ledger, in the caller's
 * transaction, after locking the lots it draws from so that two steps cannot spend the same kilograms. Who may take
 * a step is the module's rule ({@link CustodyStep}); how much may move is the mass balance's ({@link MassBalance}).
 */
@ApplicationScoped
public class CustodyService {

    /** A time given for a step may be this far ahead of the platform's clock (the sender's clock may run fast). */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    @Inject
    CustodyRepository repository;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Organisations organisations;

    @Inject
    Access access;

    @Inject
    LotGraph graph;

    @ConfigProperty(name = "pashm.epcis.id-prefix", defaultValue = "urn:pashm:")
    String idPrefix;

    // ---- lots -------------------------------------------------------------------------------------------------

    /** The lot with this code, whoever holds it; 404 when there is none. */
    public Lot lot(String code) {
        return repository.lot(code).orElseThrow(() -> Problems.notFound("unknown-lot", "Unknown lot",
                "There is no lot " + code + "."));
    }

    /**
     * The lot, if the caller may read it: a lot is read by the organisations that hold or held it (its maker and every
     * receiver, a brand included) and by administrators; to anyone else it does not exist.
     */
    public Lot readable(String code) {
        Lot lot = lot(code);
        List<UUID> orgs = new ArrayList<>();
        orgs.add(lot.organisationId);
        repository.holdings(lot.id).forEach(h -> orgs.add(h.organisation()));
        access.checkAny(orgs, Need.READ, "lot", lot.code);
        return lot;
    }

    public LotView view(String code) {
        return view(readable(code));
    }

    /** The chain of custody behind a lot the caller may read, as a GS1 EPCIS 2.0 JSON-LD document. */
    public Map<String, Object> epcis(String code) {
        return Epcis.document(graph.events(graph.behind(readable(code))), farmCalendar.instant(),
                new Epcis.Ids(idPrefix));
    }

    /**
     * Bags collected into a lot; runs in the caller's transaction. The body's problems and those only the stored
     * bags tell (a bag that is not there or not the caller's, a lot made before a bag's harvest) are one answer.
     */
    public LotView aggregate(UUID station, Received<LotRequest> received) {
        organisations.taking(station, CustodyStep.AGGREGATION);
        OffsetDateTime[] aggregatedAt = new OffsetDateTime[1];
        Map<UUID, BagForLot> found = new LinkedHashMap<>();
        LotRequest request = received.check((r, errors) -> {
            OffsetDateTime at = time(r.aggregatedAt(), "/aggregatedAt", errors);
            aggregatedAt[0] = at;
            if (r.bags() == null) {
                return;
            }
            for (BagForLot b : repository.bags(r.bags().stream().filter(Objects::nonNull).distinct().toList())) {
                // A bag goes into a lot by the hand of someone who may manage its keeper (or an administrator). Bag
                // ids are not secrets (EPCIS exports, provenance pages), so any other bag is answered exactly like
                // one that does not exist: nothing tells the caller it exists or which lot holds it.
                if (access.allows(b.organisation(), Need.MANAGE)) {
                    found.put(b.id(), b);
                }
            }
            for (int i = 0; i < r.bags().size(); i++) {
                UUID id = r.bags().get(i);
                String pointer = "/bags/" + i;
                if (id == null || errors.has(pointer)) {
                    continue; // refused while binding or listed twice, and reported
                }
                BagForLot b = found.get(id);
                if (b == null) {
                    errors.add(pointer, Rule.UNKNOWN_BAG, "there is no bag " + id);
                } else if (at != null
                        && at.atZoneSameInstant(farmCalendar.zone()).toLocalDate().isBefore(b.harvestedOn())) {
                    errors.add(pointer, Rule.BEFORE_HARVEST, "bag " + b.number() + " was harvested on "
                            + b.harvestedOn() + ", after " + at);
                }
            }
        });
        OffsetDateTime at = aggregatedAt[0];
        List<String> taken = new ArrayList<>();
        BigDecimal kg = BigDecimal.ZERO;
        for (BagForLot b : found.values()) {
            if (b.lot() != null) {
                taken.add("bag " + b.number() + " is in lot " + b.lot());
            }
            kg = kg.add(b.kg());
        }
        if (!taken.isEmpty()) {
            throw Problems.conflict("bag-in-another-lot", "Bag already in a lot", "A bag goes into one lot only: "
                    + String.join("; ", taken) + ".");
        }
        codeFree(request.code());
        Lot l = newLot(station, request.code(), Lot.AGGREGATION, kg, null, at);
        repository.putBags(station, l.id, found.keySet());
        repository.ledger(station, l.id, kg, "aggregated", l.id);
        return view(l);
    }

    /** Input lots dehaired into an output lot that weighs the inputs times the yield; in the caller's transaction. */
    public LotView dehair(UUID station, Received<DehairingRequest> received) {
        organisations.taking(station, CustodyStep.DEHAIRING);
        OffsetDateTime[] dehairedAt = new OffsetDateTime[1];
        Map<Lot, BigDecimal> inputs = new LinkedHashMap<>();
        // The input lots that do not exist are answered with the body's own problems, in one answer.
        DehairingRequest request = received.check((d, errors) -> {
            OffsetDateTime at = time(d.dehairedAt(), "/dehairedAt", errors);
            dehairedAt[0] = at;
            if (d.inputs() == null) {
                return;
            }
            Map<String, Lot> lots = repository.lots(d.inputs().stream().filter(Objects::nonNull)
                    .map(DehairingRequest.Input::lot).filter(Objects::nonNull).toList());
            for (int i = 0; i < d.inputs().size(); i++) {
                DehairingRequest.Input in = d.inputs().get(i);
                if (in == null || in.lot() == null) {
                    continue; // refused while binding, and reported
                }
                Lot l = lots.get(in.lot());
                if (l == null) {
                    errors.add("/inputs/" + i + "/lot", Rule.UNKNOWN_LOT, "there is no lot " + in.lot());
                    continue;
                }
                inputs.put(l, in.kg());
                if (at != null && at.isBefore(l.eventTime)) {
                    errors.add("/dehairedAt", Rule.BEFORE_LOT, "input lot " + l.code + " was made on " + l.eventTime
                            + "; it cannot be dehaired before");
                }
            }
        });
        OffsetDateTime at = dehairedAt[0];
        repository.lock(inputs.keySet().stream().map(l -> l.id).toList());
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Lot, BigDecimal> in : inputs.entrySet()) {
            requireBalance(station, in.getKey(), in.getValue(), "dehair");
            total = total.add(in.getValue());
        }
        codeFree(request.code());
        BigDecimal out = MassBalance.output(total, request.yieldPercent());
        Lot l = newLot(station, request.code(), Lot.DEHAIRING, out, request.yieldPercent(), at);
        for (Map.Entry<Lot, BigDecimal> in : inputs.entrySet()) {
            repository.putInput(station, l.id, in.getKey().id, in.getValue());
            repository.ledger(station, in.getKey().id, in.getValue().negate(), "dehairing-input", l.id);
        }
        repository.ledger(station, l.id, out, "dehaired", l.id);
        return view(l);
    }

    /** A lot as the API shows it: its bags or inputs and every organisation's balance of it. */
    LotView view(Lot l) {
        Integer bags = null;
        List<LotView.Input> inputs = null;
        if (l.kind.equals(Lot.AGGREGATION)) {
            bags = repository.bagCount(l);
        } else {
            inputs = repository.inputs(List.of(l.id)).stream().map(i -> new LotView.Input(i.inputCode(), i.kg()))
                    .toList();
        }
        List<LotView.Holding> holdings = repository.holdings(l.id).stream().map(h -> new LotView.Holding(
                h.organisation(), h.balance().inKg(), h.balance().outKg(), h.balance().availableKg())).toList();
        return new LotView(l.id, l.code, l.kind, l.organisationId, l.quantityKg, l.yieldPercent, l.eventTime, bags,
                inputs, holdings, l.recordedAt);
    }

    // ---- shipments --------------------------------------------------------------------------------------------

    /**
     * Kilograms of a lot sent to another organisation; in the caller's transaction. The body's problems and those
     * only the stored data tell (no such lot, no such receiver, a shipment before the lot was made) are one answer.
     */
    public ShipmentView ship(UUID from, Received<ShipmentRequest> received) {
        organisations.find(from);
        OffsetDateTime[] shippedAt = new OffsetDateTime[1];
        Lot[] shipped = new Lot[1];
        ShipmentRequest request = received.check((r, errors) -> {
            OffsetDateTime at = time(r.shippedAt(), "/shippedAt", errors);
            shippedAt[0] = at;
            if (r.lot() != null && !errors.has("/lot")) {
                Lot lot = repository.lot(r.lot()).orElse(null);
                shipped[0] = lot;
                if (lot == null) {
                    errors.add("/lot", Rule.UNKNOWN_LOT, "there is no lot " + r.lot());
                } else if (at != null && at.isBefore(lot.eventTime)) {
                    errors.add("/shippedAt", Rule.BEFORE_LOT, "lot " + lot.code + " was made on " + lot.eventTime
                            + "; it cannot be shipped before");
                }
            }
            if (r.to() != null && !errors.has("/to")) {
                if (r.to().equals(from)) {
                    errors.add("/to", Rule.SAME_ORGANISATION, "a shipment goes to another organisation");
                } else if (!repository.organisationExists(r.to())) {
                    errors.add("/to", Rule.UNKNOWN_ORGANISATION, "there is no organisation " + r.to());
                }
            }
        });
        OffsetDateTime at = shippedAt[0];
        Lot lot = shipped[0];
        repository.lock(List.of(lot.id));
        requireBalance(from, lot, request.kg(), "ship");
        Shipment s = new Shipment();
        s.id = UUID.randomUUID();
        s.organisationId = from;
        s.lotId = lot.id;
        s.toOrganisationId = request.to();
        s.kg = request.kg();
        s.shippedAt = at;
        s.recordedAt = farmCalendar.now();
        repository.insert(s);
        repository.ledger(from, lot.id, request.kg().negate(), "shipped", s.id);
        return new ShipmentView(s.id, lot.code, s.organisationId, s.toOrganisationId, s.kg, s.shippedAt, null);
    }

    /** The shipment, if the caller's organisation sent or receives it; else 404. */
    public ShipmentView shipment(UUID id) {
        Shipment s = shipmentRecord(id);
        access.checkAny(List.of(s.organisationId, s.toOrganisationId), Need.READ, "shipment", id);
        return view(s);
    }

    /**
     * The receiver takes a shipment in, once; its kilograms join the receiver's balance. The body's problems and an
     * arrival before the stored shipment left are one answer.
     */
    @Transactional
    public ShipmentView receive(UUID id, Received<ReceiptRequest> received) {
        Shipment s = shipmentRecord(id);
        access.check(s.toOrganisationId, Need.READ, "shipment", id);
        OffsetDateTime[] receivedAt = new OffsetDateTime[1];
        BiConsumer<ReceiptRequest, FieldErrors> rules = (r, errors) -> {
            OffsetDateTime at = time(r == null ? null : r.receivedAt(), "/receivedAt", errors);
            receivedAt[0] = at;
            if (at != null && at.isBefore(s.shippedAt)) {
                errors.add("/receivedAt", Rule.BEFORE_SHIPPING, "the shipment left on " + s.shippedAt
                        + "; it cannot arrive before");
            }
        };
        if (received == null) {
            // No body at all: a receipt now.
            FieldErrors errors = new FieldErrors();
            rules.accept(null, errors);
            errors.throwIfAny("invalid-receipt", "Invalid receipt");
        } else {
            received.check(rules);
        }
        OffsetDateTime at = receivedAt[0];
        repository.lock(List.of(s.lotId));
        if (repository.receivedAt(s.id) != null) {
            throw Problems.conflict("already-received", "Already received", "Shipment " + s.id + " was already received.");
        }
        repository.receipt(s, at);
        repository.ledger(s.toOrganisationId, s.lotId, s.kg, "received", s.id);
        return view(s);
    }

    private Shipment shipmentRecord(UUID id) {
        return repository.shipment(id).orElseThrow(() -> Problems.notFound("unknown-shipment", "Unknown shipment",
                "There is no shipment " + id + "."));
    }

    private ShipmentView view(Shipment s) {
        Lot lot = Lot.findById(s.lotId);
        return new ShipmentView(s.id, lot.code, s.organisationId, s.toOrganisationId, s.kg, s.shippedAt,
                repository.receivedAt(s.id));
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private void requireBalance(UUID organisation, Lot lot, BigDecimal kg, String doing) {
        MassBalance b = repository.balance(organisation, lot.id);
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
                + plain(b.availableKg()) + " kg of lot " + lot.code + " (took in " + plain(b.inKg()) + " kg, gave out "
                + plain(b.outKg()) + " kg); it cannot " + doing + " " + plain(kg) + " kg.")
                .with("balance", Collections.unmodifiableMap(balance));
    }

    private static String plain(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString();
    }

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
        repository.insert(l);
        return l;
    }

    /** A lot code names one lot only; the same conflict as when another request takes it at the same moment. */
    private void codeFree(String code) {
        if (repository.codeTaken(code)) {
            throw UniqueConstraint.LOT_CODE.conflict();
        }
    }

    /**
     * A step's time: now when absent; never in the future (beyond the clocks' skew); null when it was refused (then
     * the rules that compare it are moot).
     */
    private OffsetDateTime time(OffsetDateTime given, String pointer, FieldErrors errors) {
        if (errors.has(pointer)) {
            return null; // refused while binding (not a time), and reported: no rule of time applies
        }
        OffsetDateTime now = farmCalendar.now();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(pointer, Rule.IN_THE_FUTURE, given + " is in the future");
            return null;
        }
        return given;
    }
}
