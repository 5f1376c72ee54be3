package org.pashm.app.traceability.bags;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.traceability.records.RetentionGuard;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.Bag;
import org.pashm.traceability.BagMaterial;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.BrokenRule;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.Marking;
import org.pashm.traceability.Retention;

/**
 * Registers bags at harvest. A request is read field by field (400 naming every malformed field), then the bag is
 * judged by {@link BagRules} for its site's production system (422 naming the clause of every rule it breaks), then
 * stored with the goats it names, in one transaction.
 */
@ApplicationScoped
public class BagService {

    static final List<String> FIELDS = List.of("number", "site", "harvestedOn", "harvestMethod", "material",
            "whiteCloth", "fibreWeightKg", "fineness", "meanFibreDiameterUm", "markings", "goats");
    /** A mean fibre diameter above this is a typing mistake (cashmere is under 19 um; coarse wool is ~40 um). */
    static final BigDecimal DIAMETER_MAX_UM = new BigDecimal("100");
    static final int MAX_GOATS = 10_000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    /** Registers a bag of {@code organisation}; runs in the caller's transaction. */
    public BagView register(UUID organisation, JsonNode body) {
        organisations.ofKind(organisation, Organisations.HERD_KEEPERS, "fill bags of cashmere");
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        FieldErrors.unknownFields(body, FIELDS, errors);
        String number = Json.text(body.get("number"), "/number", false, 64, errors);
        UUID siteId = Json.uuid(body.get("site"), "/site", true, errors);
        Site site = null;
        if (siteId != null) {
            site = Site.findById(siteId);
            if (site == null || !site.organisationId.equals(organisation)) {
                errors.add(FieldError.body("/site", Rule.UNKNOWN_SITE, "there is no site " + siteId + " of this organisation"));
                site = null;
            }
        }
        LocalDate harvestedOn = Json.date(body.get("harvestedOn"), "/harvestedOn", true, errors);
        if (harvestedOn != null && harvestedOn.isAfter(farmCalendar.latestDateOnEarth())) {
            errors.add(FieldError.body("/harvestedOn", Rule.IN_THE_FUTURE, "harvestedOn " + harvestedOn + " is in the future"));
        }
        HarvestMethod method = choice(body, "harvestMethod", true, HarvestMethod::fromCode, errors);
        BagMaterial material = choice(body, "material", false, BagMaterial::fromCode, errors);
        FinenessClass fineness = choice(body, "fineness", false, FinenessClass::fromCode, errors);
        Boolean white = null;
        JsonNode w = body.get("whiteCloth");
        if (w != null && !w.isNull()) {
            if (w.isBoolean()) {
                white = w.booleanValue();
            } else {
                errors.add(FieldError.body("/whiteCloth", Rule.WRONG_TYPE, "whiteCloth must be true or false"));
            }
        }
        BigDecimal weight = positive(body.get("fibreWeightKg"), "/fibreWeightKg", new BigDecimal("99999"), errors);
        BigDecimal diameter = positive(body.get("meanFibreDiameterUm"), "/meanFibreDiameterUm", DIAMETER_MAX_UM, errors);
        Map<Marking, String> markings = markings(body.get("markings"), errors);
        List<UUID> goats = goats(organisation, body.get("goats"), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-bag", "Invalid bag", FieldErrors.summary(errors), errors);
        }
        if (!goats.isEmpty() && !markings.containsKey(Marking.EAR_TAG_OR_ID)) {
            // The goats named are the bag's ear-tag marking (5.26.1.3, 6.26.1.3).
            markings.put(Marking.EAR_TAG_OR_ID, earTags(body.get("goats")));
        }
        Bag.Builder b = Bag.builder(number).material(material).whiteCloth(white).fineness(fineness)
                .harvestMethod(method);
        if (weight != null) {
            b.fibreWeightKg(weight);
        }
        if (diameter != null) {
            b.meanFibreDiameterUm(diameter);
        }
        markings.forEach(b::marking);
        Bag bag = b.build();
        ProductionSystem system = ProductionSystem.fromCode(site.productionSystem);
        List<BrokenRule> broken = BagRules.check(system, bag);
        if (!broken.isEmpty()) {
            List<FieldError> ruleErrors = new ArrayList<>();
            for (BrokenRule r : broken) {
                Rule rule = Rule.fromCode(r.rule());
                ruleErrors.add(FieldError.clause(pointer(rule), r.clause().toString(), rule,
                        r.clause() + ": " + r.message()));
            }
            String detail = broken.size() == 1 ? ruleErrors.get(0).detail()
                    : "The bag breaks " + broken.size() + " rules of ISO 22786; see errors.";
            throw Problems.invalid(422, "bag-rule-broken", "Bag breaks ISO 22786", detail, ruleErrors)
                    .with("productionSystem", system.code());
        }
        if (BagRecord.count("organisationId = ?1 and number = ?2", organisation, number) > 0) {
            String clause = system == ProductionSystem.HOUSING ? "5.26.3.2" : "6.26.3.2";
            throw Problems.invalid(409, "bag-number-taken", "Bag number already registered", "Bag number " + number
                    + " is already registered; each bag's data are archived under a unique number (" + clause + ").",
                    List.of(FieldError.clause("/number", clause, Rule.UNIQUE_NUMBER, "bag number " + number
                            + " is taken")));
        }
        BagRecord r = new BagRecord();
        r.id = UUID.randomUUID();
        r.organisationId = organisation;
        r.siteId = site.id;
        r.number = number;
        r.harvestedOn = harvestedOn;
        r.harvestMethod = method.code();
        r.material = material.code();
        r.whiteCloth = white;
        r.fibreWeightKg = weight;
        r.fineness = fineness == null ? null : fineness.code();
        r.meanFibreDiameterUm = diameter;
        r.markings = write(markings);
        r.recordedAt = farmCalendar.now();
        r.persist();
        em.flush();
        if (!goats.isEmpty()) {
            em.createNativeQuery("insert into bag_goat (organisation_id, bag_id, goat_id) "
                            + "select ?1, ?2, unnest(cast(?3 as uuid[]))")
                    .setParameter(1, organisation).setParameter(2, r.id).setParameter(3, goats.toArray(UUID[]::new))
                    .executeUpdate();
        }
        return view(r);
    }

    /** Where in the body a broken bag rule points. */
    static String pointer(Rule rule) {
        return switch (rule) {
            case MATERIAL, SYNTHETIC, PETROLEUM_BASED -> "/material";
            case WHITE -> "/whiteCloth";
            case WEIGHT -> "/fibreWeightKg";
            case MARKINGS -> "/markings";
            case FINENESS_CLASS -> "/fineness";
            case UNIQUE_NUMBER -> "/number";
            case COMBING_ONLY -> "/harvestMethod";
            default -> "";
        };
    }

    public BagRecord find(UUID id) {
        BagRecord b = BagRecord.findById(id);
        if (b == null) {
            throw Problems.notFound("unknown-bag", "Unknown bag", "There is no bag " + id + ".");
        }
        return b;
    }

    public BagView view(BagRecord b) {
        List<?> tags = em.createNativeQuery("select g.ear_tag from bag_goat bg join goat g on g.id = bg.goat_id "
                        + "where bg.organisation_id = ?1 and bg.bag_id = ?2 order by g.ear_tag")
                .setParameter(1, b.organisationId).setParameter(2, b.id).getResultList();
        List<?> lot = em.createNativeQuery("select l.code from lot_bag lb join lot l on l.id = lb.lot_id "
                + "where lb.bag_id = ?1").setParameter(1, b.id).getResultList();
        return BagView.of(b, read(b.markings), tags.stream().map(Object::toString).toList(),
                lot.isEmpty() ? null : lot.get(0).toString());
    }

    public Page<BagView> list(UUID organisation, String number, Paging paging) {
        organisations.find(organisation);
        var query = number == null || number.isBlank()
                ? BagRecord.<BagRecord>find("organisationId = ?1 order by harvestedOn desc, number", organisation)
                : BagRecord.<BagRecord>find("organisationId = ?1 and number = ?2", organisation, number.strip());
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(this::view).toList(), paging,
                total);
    }

    /** Bag data are archived permanently (5.26.3.2, 6.26.3.2): a delete is always refused. */
    public void delete(UUID id) {
        BagRecord b = find(id);
        RetentionGuard.check(Retention.BAG_DATA, b.harvestedOn, farmCalendar.today(), "Bag " + b.number + "'s data");
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private interface Parser<T> {
        T parse(String code);
    }

    private static <T> T choice(JsonNode body, String field, boolean required, Parser<T> parser,
                                List<FieldError> errors) {
        String code = Json.text(body.get(field), "/" + field, required, 40, errors);
        if (code == null) {
            return null;
        }
        try {
            return parser.parse(code);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.body("/" + field, Rule.INVALID_VALUE, e.getMessage()));
            return null;
        }
    }

    private static BigDecimal positive(JsonNode node, String pointer, BigDecimal max, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, pointer.substring(1) + " must be a number"));
            return null;
        }
        BigDecimal v = node.decimalValue();
        if (v.signum() <= 0 || v.compareTo(max) > 0 || v.scale() > 3) {
            errors.add(FieldError.body(pointer, Rule.OUT_OF_RANGE, pointer.substring(1) + " must be above 0 and at most "
                    + max.toPlainString() + ", to three decimals"));
            return null;
        }
        return v;
    }

    private static Map<Marking, String> markings(JsonNode node, List<FieldError> errors) {
        Map<Marking, String> m = new EnumMap<>(Marking.class);
        if (node == null || node.isNull()) {
            return m;
        }
        if (!node.isObject()) {
            errors.add(FieldError.body("/markings", Rule.WRONG_TYPE, "markings is an object of marking code to text"));
            return m;
        }
        node.fieldNames().forEachRemaining(code -> {
            String pointer = "/markings/" + code.replace("~", "~0").replace("/", "~1");
            Marking marking;
            try {
                marking = Marking.fromCode(code);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.body(pointer, Rule.UNKNOWN_MARKING, "'" + code + "' is not a marking; expected one "
                        + "of " + java.util.Arrays.stream(Marking.values()).filter(x -> x != Marking.FIBRE_WEIGHT
                        && x != Marking.FINENESS).map(Marking::code).toList()));
                return;
            }
            if (marking == Marking.FIBRE_WEIGHT || marking == Marking.FINENESS) {
                errors.add(FieldError.body(pointer, Rule.VALUE_FIELD, "the " + marking.words() + " is given by "
                        + (marking == Marking.FIBRE_WEIGHT ? "fibreWeightKg" : "fineness or meanFibreDiameterUm")
                        + ", not as a text marking"));
                return;
            }
            String text = Json.text(node.get(code), pointer, false, 500, errors);
            if (text != null) {
                m.put(marking, text);
            }
        });
        return m;
    }

    private List<UUID> goats(UUID organisation, JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_GOATS) {
            errors.add(FieldError.body("/goats", Rule.WRONG_TYPE, "goats is an array of at most " + MAX_GOATS
                    + " ear tags of this organisation's goats"));
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String t = Json.text(node.get(i), "/goats/" + i, true, 40, errors);
            if (t != null) {
                tags.add(t);
            }
        }
        if (tags.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select ear_tag, cast(id as varchar) from goat where organisation_id = ?1 "
                        + "and ear_tag = any(cast(?2 as varchar[]))")
                .setParameter(1, organisation).setParameter(2, tags.toArray(String[]::new)).getResultList();
        Map<String, UUID> known = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            known.put(r[0].toString(), UUID.fromString(r[1].toString()));
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            if (t == null || !t.isTextual() || t.textValue().isBlank()) {
                continue;
            }
            UUID id = known.get(t.textValue().strip());
            if (id == null) {
                errors.add(FieldError.body("/goats/" + i, Rule.UNKNOWN_GOAT, "no goat of this organisation has ear tag "
                        + t.textValue().strip()));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String earTags(JsonNode goats) {
        List<String> tags = new ArrayList<>();
        goats.forEach(t -> tags.add(t.textValue().strip()));
        String s = String.join(", ", tags);
        return s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }

    private String write(Map<Marking, String> markings) {
        Map<String, String> byCode = new TreeMap<>();
        markings.forEach((k, v) -> byCode.put(k.code(), v));
        try {
            return json.writeValueAsString(byCode);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String markings) {
        try {
            return json.readValue(markings, json.getTypeFactory().constructMapType(TreeMap.class, String.class,
                    String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
