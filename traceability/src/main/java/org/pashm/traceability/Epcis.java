package org.pashm.traceability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a chain of custody to a GS1 EPCIS 2.0 document in its JSON-LD binding, as plain maps and lists that any JSON
 * library writes (this module depends on no JSON library).
 *
 * <table>
 *   <caption>How each step becomes an EPCIS event</caption>
 *   <tr><th>step</th><th>event</th><th>what</th><th>why (CBV)</th></tr>
 *   <tr><td>bag filled at harvest</td><td>ObjectEvent ADD</td><td>epcList: the bag; ilmd: harvest method, weight,
 *       fineness, origin</td><td>commissioning, active</td></tr>
 *   <tr><td>bags aggregated into a lot</td><td>AggregationEvent ADD</td><td>parentID: the lot; childEPCs: the
 *       bags</td><td>packing, in_progress</td></tr>
 *   <tr><td>dehairing</td><td>TransformationEvent</td><td>input and output lots in kilograms (KGM); ilmd: the
 *       yield</td><td>commissioning, active</td></tr>
 *   <tr><td>shipment sent</td><td>ObjectEvent OBSERVE</td><td>the lot in kilograms; source and destination owning
 *       parties</td><td>shipping, in_transit</td></tr>
 *   <tr><td>shipment received</td><td>ObjectEvent OBSERVE</td><td>as sent</td><td>receiving, in_progress</td></tr>
 * </table>
 *
 * <p>The welfare certification of a bag's source (its site's latest assessment) goes into the event's
 * {@code certificationInfo}, on the harvest event and, for all the bags together, on the aggregation. Times are
 * written in UTC with the offset +00:00. Pashm's own fields use the {@code pashm:} prefix that the document's
 * {@code @context} defines.
 */
public final class Epcis {

    /** The EPCIS 2.0 JSON-LD context published by GS1. */
    public static final String GS1_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
    /** The namespace of Pashm's extension fields ({@code pashm:harvestMethod}). */
    public static final String PASHM_VOCABULARY = "https://pashm.org/voc/";
    /** UN/CEFACT code for kilogram, the unit of every quantity here. */
    public static final String KILOGRAM = "KGM";

    private Epcis() {
    }

    /**
     * How ids become URIs: {@code prefix + "bag:" + owner + ":" + number}, and so on, each part percent-encoded.
     * The default prefix {@code urn:pashm:} gives URNs; a deployment with a resolver may give an http prefix.
     */
    public record Ids(String prefix) {
        public Ids {
            Objects.requireNonNull(prefix, "prefix");
        }

        public static Ids urn() {
            return new Ids("urn:pashm:");
        }

        public String bag(String owner, String number) {
            return prefix + "bag:" + encode(owner) + ":" + encode(number);
        }

        public String lot(String code) {
            return prefix + "lot:" + encode(code);
        }

        public String party(String organisation) {
            return prefix + "org:" + encode(organisation);
        }

        public String location(String site) {
            return prefix + "site:" + encode(site);
        }

        public String certification(String assessment) {
            return prefix + "assessment:" + encode(assessment);
        }

        public String event(String id) {
            return prefix + "event:" + encode(id);
        }
    }

    /** An EPCISDocument holding {@code events} in the given order. */
    public static Map<String, Object> document(List<ChainEvent> events, Instant created, Ids ids) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of(GS1_CONTEXT, Map.of("pashm", PASHM_VOCABULARY)));
        doc.put("type", "EPCISDocument");
        doc.put("schemaVersion", "2.0");
        doc.put("creationDate", time(created));
        List<Object> list = new ArrayList<>(events.size());
        for (ChainEvent e : events) {
            list.add(event(e, ids));
        }
        doc.put("epcisBody", Map.of("eventList", list));
        return doc;
    }

    /** One event of an EPCISDocument's event list. */
    public static Map<String, Object> event(ChainEvent event, Ids ids) {
        Objects.requireNonNull(event, "event");
        if (event instanceof ChainEvent.Harvested h) {
            return harvested(h, ids);
        } else if (event instanceof ChainEvent.Aggregated a) {
            return aggregated(a, ids);
        } else if (event instanceof ChainEvent.Transformed t) {
            return transformed(t, ids);
        } else if (event instanceof ChainEvent.Shipped s) {
            return movement("shipping", "in_transit", s.id(), s.time(), s.from(), s.to(), s.quantity(), ids);
        } else if (event instanceof ChainEvent.Received r) {
            return movement("receiving", "in_progress", r.id(), r.time(), r.from(), r.to(), r.quantity(), ids);
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private static Map<String, Object> harvested(ChainEvent.Harvested h, Ids ids) {
        Map<String, Object> e = head("ObjectEvent", h.id(), h.time(), h.certifications(), ids);
        e.put("epcList", List.of(ids.bag(h.owner(), h.bagNumber())));
        e.put("action", "ADD");
        e.put("bizStep", "commissioning");
        e.put("disposition", "active");
        e.put("readPoint", Map.of("id", ids.location(h.site())));
        e.put("bizLocation", Map.of("id", ids.location(h.site())));
        e.put("sourceList", List.of(Map.of("type", "owning_party", "source", ids.party(h.owner()))));
        Map<String, Object> ilmd = new LinkedHashMap<>();
        ilmd.put("pashm:harvestMethod", h.method().code());
        if (h.fibreWeightKg() != null) {
            ilmd.put("pashm:fibreWeightKg", h.fibreWeightKg());
        }
        FinenessClass c = h.meanFibreDiameterUm() != null ? FinenessClass.of(h.meanFibreDiameterUm()) : h.fineness();
        if (c != null) {
            ilmd.put("pashm:finenessClass", c.code());
        }
        if (h.meanFibreDiameterUm() != null) {
            ilmd.put("pashm:meanFibreDiameterUm", h.meanFibreDiameterUm());
        }
        if (h.origin() != null) {
            ilmd.put("pashm:origin", h.origin());
        }
        e.put("ilmd", ilmd);
        return e;
    }

    private static Map<String, Object> aggregated(ChainEvent.Aggregated a, Ids ids) {
        Map<String, Object> e = head("AggregationEvent", a.id(), a.time(), a.certifications(), ids);
        e.put("parentID", ids.lot(a.lot()));
        List<String> children = new ArrayList<>(a.bags().size());
        for (ChainEvent.BagRef b : a.bags()) {
            children.add(ids.bag(b.owner(), b.number()));
        }
        e.put("childEPCs", children);
        e.put("action", "ADD");
        e.put("bizStep", "packing");
        e.put("disposition", "in_progress");
        e.put("bizLocation", Map.of("id", ids.party(a.station())));
        return e;
    }

    private static Map<String, Object> transformed(ChainEvent.Transformed t, Ids ids) {
        Map<String, Object> e = head("TransformationEvent", t.id(), t.time(), List.of(), ids);
        List<Object> inputs = new ArrayList<>(t.inputs().size());
        for (ChainEvent.LotQuantity q : t.inputs()) {
            inputs.add(quantity(q, ids));
        }
        e.put("inputQuantityList", inputs);
        e.put("outputQuantityList", List.of(quantity(t.output(), ids)));
        e.put("transformationID", ids.event(t.id()));
        e.put("bizStep", "commissioning");
        e.put("disposition", "active");
        e.put("bizLocation", Map.of("id", ids.party(t.station())));
        Map<String, Object> ilmd = new LinkedHashMap<>();
        ilmd.put("pashm:process", "dehairing");
        ilmd.put("pashm:yieldPercent", t.yieldPercent());
        e.put("ilmd", ilmd);
        return e;
    }

    private static Map<String, Object> movement(String step, String disposition, String id, Instant time, String from,
                                                String to, ChainEvent.LotQuantity q, Ids ids) {
        Map<String, Object> e = head("ObjectEvent", id, time, List.of(), ids);
        e.put("epcList", List.of());
        e.put("quantityList", List.of(quantity(q, ids)));
        e.put("action", "OBSERVE");
        e.put("bizStep", step);
        e.put("disposition", disposition);
        e.put("sourceList", List.of(Map.of("type", "owning_party", "source", ids.party(from))));
        e.put("destinationList", List.of(Map.of("type", "owning_party", "destination", ids.party(to))));
        return e;
    }

    private static Map<String, Object> head(String type, String id, Instant time, List<String> certifications,
                                            Ids ids) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("eventID", ids.event(id));
        e.put("eventTime", time(time));
        e.put("eventTimeZoneOffset", "+00:00");
        if (!certifications.isEmpty()) {
            List<String> uris = new ArrayList<>(certifications.size());
            for (String c : certifications) {
                String uri = ids.certification(c);
                if (!uris.contains(uri)) {
                    uris.add(uri);
                }
            }
            e.put("certificationInfo", uris);
        }
        return e;
    }

    private static Map<String, Object> quantity(ChainEvent.LotQuantity q, Ids ids) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epcClass", ids.lot(q.lot()));
        m.put("quantity", q.kg());
        m.put("uom", KILOGRAM);
        return m;
    }

    /** ISO 8601 in UTC to the millisecond: "2026-05-02T08:15:00.000Z". */
    static String time(Instant t) {
        Instant ms = t.truncatedTo(ChronoUnit.MILLIS);
        String s = ms.toString();
        return ms.getNano() == 0 ? s.replace("Z", ".000Z") : s;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, so any id fits in a URI. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
