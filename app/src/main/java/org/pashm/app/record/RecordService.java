package org.pashm.app.record;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.pashm.app.persistence.DatabaseErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.duty.DutyCatalogue;
import org.pashm.app.duty.DutySubject;
import org.pashm.app.duty.SubjectService;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.site.SiteService;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.Retention;

/**
 * Keeps the records of work done. Records are append-only (the database refuses updates, and deletes before the
 * retention of clause 11 ends): a wrong record is voided by a new one, either a replacement that names it in
 * {@code voids}, or a bare void.
 */
@ApplicationScoped
public class RecordService {

    private static final List<String> FIELDS = List.of("type", "subject", "duty", "performedOn", "performedBy",
            "notes", "reference", "results", "participants", "voids", "reason");
    /** 5.16.5: the soil test's results. Nutrients in mg/kg of dry soil, organic matter in % of dry mass. */
    static final Map<String, BigDecimal[]> SOIL_RESULTS = new java.util.LinkedHashMap<>();
    static final List<String> ROLES = List.of("herder", "local-authority", "veterinarian", "other");

    static {
        SOIL_RESULTS.put("nitrogen", new BigDecimal[]{BigDecimal.ZERO, new BigDecimal("100000")});
        SOIL_RESULTS.put("phosphorus", new BigDecimal[]{BigDecimal.ZERO, new BigDecimal("100000")});
        SOIL_RESULTS.put("potassium", new BigDecimal[]{BigDecimal.ZERO, new BigDecimal("100000")});
        SOIL_RESULTS.put("ph", new BigDecimal[]{BigDecimal.ZERO, new BigDecimal("14")});
        SOIL_RESULTS.put("organicMatter", new BigDecimal[]{BigDecimal.ZERO, new BigDecimal("100")});
    }

    @Inject
    SiteService sites;

    @Inject
    SubjectService subjects;

    @Inject
    DutyCatalogue catalogue;

    @Inject
    IdempotencyService idempotency;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    ObjectMapper json;

    @Inject
    DatabaseErrors databaseErrors;

    /** Adds a record (or a replacement that voids an earlier one). */
    public jakarta.ws.rs.core.Response add(UUID siteId, JsonNode body, String scope, String idempotencyKey) {
        Site site = sites.find(siteId);
        return org.pashm.app.idempotency.Creations.respond(idempotency.run(scope, idempotencyKey, "POST /sites/" + siteId + "/records", body, () -> {
            WorkRecord r = validate(site, body);
            r.persist();
            databaseErrors.flush();
            return stored(r);
        }));
    }

    /** Voids a record with a bare void record. */
    public jakarta.ws.rs.core.Response voidRecord(UUID siteId, UUID recordId, JsonNode body, String scope,
                                                  String idempotencyKey) {
        Site site = sites.find(siteId);
        return org.pashm.app.idempotency.Creations.respond(idempotency.run(scope, idempotencyKey, "POST /sites/" + siteId + "/records/" + recordId + "/void", body,
                () -> {
                    WorkRecord voided = find(site, recordId);
                    List<FieldError> errors = new ArrayList<>();
                    if (body == null || !body.isObject()) {
                        throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                                List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
                    }
                    String reason = Json.text(body.get("reason"), "/reason", true, 2000, errors);
                    String by = Json.text(body.get("performedBy"), "/performedBy", true, 200, errors);
                    FieldErrors.unknownFields(body, List.of("reason", "performedBy"), errors);
                    checkVoidable(voided, "/", errors);
                    if (!errors.isEmpty()) {
                        throw Problems.invalid("invalid-void", "Invalid void", FieldErrors.summary(errors),
                                errors);
                    }
                    WorkRecord r = base(site, RecordType.VOID, voided.subjectKind, voided.subjectKey, farmCalendar.today(), by);
                    r.voidsId = voided.id;
                    r.reason = reason;
                    // A void is kept as long as the record it voids.
                    r.retention = voided.retention;
                    r.retainUntil = voided.retainUntil == null ? null
                            : later(voided.retainUntil, Retention.fromCode(voided.retention).endsAfter(farmCalendar.today())
                            .orElse(null));
                    r.persist();
                    databaseErrors.flush();
                    return stored(r);
                }));
    }

    private WorkRecord validate(Site site, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        ProductionSystem system = ProductionSystem.fromCode(site.productionSystem);
        String typeCode = Json.text(body.get("type"), "/type", true, 40, errors);
        RecordType type = typeCode == null ? null : RecordType.of(typeCode).filter(t -> t != RecordType.VOID)
                .orElse(null);
        if (typeCode != null && type == null) {
            errors.add(FieldError.body("/type", Rule.UNKNOWN_RECORD_TYPE, "'" + typeCode + "' is not a type of record; "
                    + "expected one of " + RecordType.postable()
                    + (typeCode.equals("void") ? " (void a record with POST .../records/{id}/void)" : "")));
        }
        // The subject: the site unless named; a registered subject of the site otherwise.
        String kind = SubjectKind.SITE.name();
        String key = "site";
        JsonNode subject = body.get("subject");
        DutySubject registered = null;
        boolean newGoat = false;
        if (subject != null && !subject.isNull()) {
            if (!subject.isObject()) {
                errors.add(FieldError.body("/subject", Rule.WRONG_TYPE, "subject is an object {kind, id}"));
                kind = null;
            } else {
                kind = Json.text(subject.get("kind"), "/subject/kind", true, 60, errors);
                key = Json.text(subject.get("id"), "/subject/id", !"site".equals(kind), 100, errors);
                FieldErrors.unknownFields(subject, "/subject", List.of("kind", "id"), errors);
                if ("site".equals(kind)) {
                    if (key != null && !key.equals("site")) {
                        errors.add(FieldError.body("/subject/id", Rule.INVALID_ID, "the site's subject id is 'site'"));
                    }
                    key = "site";
                }
            }
        }
        LocalDate performedOn = Json.date(body.get("performedOn"), "/performedOn", true, errors);
        if (performedOn != null && performedOn.isAfter(farmCalendar.today())) {
            errors.add(FieldError.body("/performedOn", Rule.IN_THE_FUTURE, "performedOn " + performedOn + " is after today ("
                    + farmCalendar.today() + "): record work once it is done"));
        }
        if (kind != null && key != null && type != null) {
            if (type.subjectKinds() != null && !type.subjectKinds().contains(kind)) {
                errors.add(FieldError.body(subject == null || subject.isNull() ? "/subject" : "/subject/kind",
                        Rule.SUBJECT_KIND_NOT_TAKEN, "a " + type.code() + " record is about " + kinds(type.subjectKinds())
                                + ", not " + (kind.equals("site") ? "the site" : "a " + kind)));
            } else if (!kind.equals("site")) {
                registered = subjects.find(site.id, kind, key, false);
                if (registered == null && kind.equals("goat")) {
                    newGoat = true;
                } else if (registered == null) {
                    errors.add(FieldError.body("/subject", Rule.UNKNOWN_SUBJECT, "site " + site.id + " has no registered "
                            + kind + " '" + key + "'; register it with POST /sites/" + site.id + "/subjects"));
                } else if (registered.retiredOn != null && performedOn != null
                        && !performedOn.isBefore(registered.retiredOn)) {
                    errors.add(FieldError.body("/subject", Rule.RETIRED_SUBJECT, "the " + kind + " '" + key
                            + "' was retired on " + registered.retiredOn));
                }
            }
        }
        Duty duty = null;
        String dutyId = Json.text(body.get("duty"), "/duty", type == RecordType.OTHER, 100, errors);
        if (type != null && kind != null && key != null && (registered != null || newGoat || kind.equals("site"))) {
            duty = duty(type, dutyId, site, system, SubjectKind.of(kind), subjects.classesOf(registered), errors);
        } else if (dutyId != null && catalogue.duty(dutyId).isEmpty()) {
            errors.add(FieldError.body("/duty", Rule.UNKNOWN_DUTY, "'" + dutyId + "' is not a duty; GET /duties lists them"));
        }
        String performedBy = Json.text(body.get("performedBy"), "/performedBy", true, 200, errors);
        String notes = Json.text(body.get("notes"), "/notes", false, 2000, errors);
        String reference = Json.text(body.get("reference"), "/reference", false, 500, errors);
        ObjectNode details = json.createObjectNode();
        JsonNode results = body.get("results");
        if (type == RecordType.SOIL_TEST) {
            details.set("results", soilResults(results, errors));
        } else if (results != null && !results.isNull()) {
            errors.add(FieldError.body("/results", Rule.NOT_APPLICABLE, "results belong to soil-test records"));
        }
        JsonNode participants = body.get("participants");
        if (type == RecordType.RANGELAND_MONITORING) {
            details.set("participants", participants(participants, errors));
        } else if (participants != null && !participants.isNull()) {
            errors.add(FieldError.body("/participants", Rule.NOT_APPLICABLE,
                    "participants belong to rangeland-monitoring records"));
        }
        UUID voids = Json.uuid(body.get("voids"), "/voids", false, errors);
        String reason = Json.text(body.get("reason"), "/reason", voids != null, 2000, errors);
        if (voids == null && reason != null) {
            errors.add(FieldError.body("/reason", Rule.NOT_APPLICABLE, "a reason goes with voids: the record this one "
                    + "replaces"));
        }
        if (voids != null) {
            WorkRecord voided = WorkRecord.findById(voids);
            if (voided == null || !voided.siteId.equals(site.id)) {
                errors.add(FieldError.body("/voids", Rule.UNKNOWN_RECORD, "site " + site.id + " has no record " + voids));
            } else {
                checkVoidable(voided, "/voids", errors);
            }
        }
        FieldErrors.unknownFields(body, FIELDS, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-record", "Invalid record", FieldErrors.summary(errors), errors);
        }
        if (newGoat) {
            subjects.ensureGoat(site, key);
        }
        WorkRecord r = base(site, type, kind, key, performedOn, performedBy);
        r.dutyId = duty == null ? null : duty.id();
        r.notes = notes;
        r.reference = reference;
        r.details = write(details);
        r.voidsId = voids;
        r.reason = reason;
        return r;
    }

    /** The duty a record fulfils: the one named, if its subject owes it, or the one its type and subject imply. */
    private Duty duty(RecordType type, String dutyId, Site site, ProductionSystem system, SubjectKind kind,
                      Map<String, String> classes, List<FieldError> errors) {
        List<Duty> owed = catalogue.all().stream()
                .filter(d -> type.duties() == null || type.duties().contains(d.id()))
                .filter(d -> DutyCatalogue.owes(d, kind, classes, system)).toList();
        if (dutyId != null) {
            Duty named = catalogue.duty(dutyId).orElse(null);
            if (named == null) {
                errors.add(FieldError.body("/duty", Rule.UNKNOWN_DUTY, "'" + dutyId + "' is not a duty; GET /duties lists them"));
                return null;
            }
            if (!owed.contains(named)) {
                errors.add(FieldError.body("/duty", Rule.DUTY_MISMATCH, "a " + type.code() + " record of "
                        + (kind.equals(SubjectKind.SITE) ? "the site" : "this " + kind.words()) + " on a "
                        + system.code() + " site cannot fulfil " + dutyId + (owed.isEmpty() ? "; it fulfils no duty"
                        : "; it can fulfil " + owed.stream().map(Duty::id).toList())));
                return null;
            }
            return named;
        }
        if (owed.size() > 1) {
            errors.add(FieldError.body("/duty", Rule.AMBIGUOUS_DUTY, "name the duty this " + type.code()
                    + " record fulfils: one of " + owed.stream().map(Duty::id).toList()));
            return null;
        }
        return owed.isEmpty() ? null : owed.get(0);
    }

    private JsonNode soilResults(JsonNode node, List<FieldError> errors) {
        ObjectNode out = json.createObjectNode();
        if (node == null || node.isNull()) {
            errors.add(FieldError.body("/results", Rule.REQUIRED, "a soil test (5.16.5) gives its results: "
                    + String.join(", ", SOIL_RESULTS.keySet())));
            return out;
        }
        if (!node.isObject()) {
            errors.add(FieldError.body("/results", Rule.WRONG_TYPE, "results is an object"));
            return out;
        }
        SOIL_RESULTS.forEach((name, range) -> {
            JsonNode v = node.get(name);
            String pointer = "/results/" + name;
            if (v == null || v.isNull()) {
                errors.add(FieldError.body(pointer, Rule.REQUIRED, "5.16.5: a soil test covers major nutrients, pH and "
                        + "organic matter; " + name + " is missing"));
            } else if (!v.isNumber()) {
                errors.add(FieldError.body(pointer, Rule.WRONG_TYPE, name + " must be a number"));
            } else if (v.decimalValue().compareTo(range[0]) < 0 || v.decimalValue().compareTo(range[1]) > 0) {
                errors.add(FieldError.body(pointer, Rule.OUT_OF_RANGE, name + " must be between " + range[0] + " and "
                        + range[1] + " (" + unit(name) + ")"));
            } else {
                out.put(name, v.decimalValue());
            }
        });
        FieldErrors.unknownFields(node, "/results", List.copyOf(SOIL_RESULTS.keySet()), errors);
        return out;
    }

    static String unit(String result) {
        return switch (result) {
            case "ph" -> "pH";
            case "organicMatter" -> "% of dry mass";
            default -> "mg/kg of dry soil";
        };
    }

    private JsonNode participants(JsonNode node, List<FieldError> errors) {
        ArrayNode out = json.createArrayNode();
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            errors.add(FieldError.body("/participants", Rule.REQUIRED, "name who took part in the monitoring (11.2.4: "
                    + "herders and the local authority)"));
            return out;
        }
        if (!node.isArray()) {
            errors.add(FieldError.body("/participants", Rule.WRONG_TYPE, "participants is a list of {name, role}"));
            return out;
        }
        if (node.size() > 100) {
            errors.add(FieldError.body("/participants", Rule.TOO_MANY, "at most 100 participants"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String base = "/participants/" + i;
            if (!p.isObject()) {
                errors.add(FieldError.body(base, Rule.WRONG_TYPE, "a participant is {name, role}"));
                continue;
            }
            String name = Json.text(p.get("name"), base + "/name", true, 200, errors);
            String role = Json.text(p.get("role"), base + "/role", true, 40, errors);
            if (role != null && !ROLES.contains(role)) {
                errors.add(FieldError.body(base + "/role", Rule.UNKNOWN_ROLE, "'" + role + "' is not a role; expected one "
                        + "of " + ROLES));
                role = null;
            }
            FieldErrors.unknownFields(p, base, List.of("name", "role"), errors);
            if (name != null && role != null) {
                out.addObject().put("name", name).put("role", role);
            }
        }
        return out;
    }

    private static void checkVoidable(WorkRecord voided, String pointer, List<FieldError> errors) {
        if (voided.type.equals(RecordType.VOID.code())) {
            errors.add(FieldError.body(pointer, Rule.CANNOT_VOID_A_VOID, "record " + voided.id + " is itself a void; "
                    + "add the voided record again instead"));
        } else if (voidedBy(voided.id) != null) {
            errors.add(FieldError.body(pointer, Rule.ALREADY_VOIDED, "record " + voided.id + " was already voided by "
                    + voidedBy(voided.id)));
        }
    }

    private WorkRecord base(Site site, RecordType type, String kind, String key, LocalDate performedOn, String by) {
        WorkRecord r = new WorkRecord();
        r.id = UUID.randomUUID();
        r.organisationId = site.organisationId;
        r.siteId = site.id;
        r.type = type.code();
        r.subjectKind = kind;
        r.subjectKey = key;
        r.performedOn = performedOn;
        r.performedBy = by;
        r.details = "{}";
        r.retention = type.retention().code();
        // Kept from the day it is recorded (or done, if later: never, as records of the future are refused).
        r.retainUntil = type.retention().endsAfter(later(performedOn, farmCalendar.today())).orElse(null);
        r.recordedAt = farmCalendar.now();
        return r;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String kinds(List<String> kinds) {
        return String.join(" or ", kinds.stream().map(k -> k.equals("site") ? "the site" : "a " + k).toList());
    }

    // ---- reading --------------------------------------------------------------------------------------------

    public WorkRecord find(Site site, UUID id) {
        WorkRecord r = WorkRecord.findById(id);
        if (r == null || !r.siteId.equals(site.id)) {
            throw Problems.notFound("unknown-record", "Unknown record", "Site " + site.id + " has no record " + id + ".");
        }
        return r;
    }

    public RecordView get(UUID siteId, UUID id) {
        return view(find(sites.find(siteId), id));
    }

    static UUID voidedBy(UUID id) {
        WorkRecord v = WorkRecord.<WorkRecord>find("voidsId", id).firstResult();
        return v == null ? null : v.id;
    }

    /** Filters of a listing; null fields do not filter. */
    public record Filter(String type, String subjectKind, String subject, String duty, LocalDate from, LocalDate to,
                         boolean withVoided) {
    }

    public Page<RecordView> list(UUID siteId, Filter f, Paging paging) {
        Site site = sites.find(siteId);
        StringBuilder where = new StringBuilder("organisationId = :organisation and siteId = :site");
        Map<String, Object> params = new TreeMap<>(Map.of("organisation", site.organisationId, "site", site.id));
        add(where, params, "type", f.type());
        add(where, params, "subjectKind", f.subjectKind());
        add(where, params, "subjectKey", f.subject());
        add(where, params, "dutyId", f.duty());
        if (f.from() != null) {
            where.append(" and performedOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and performedOn <= :to");
            params.put("to", f.to());
        }
        if (!f.withVoided()) {
            where.append(" and type <> 'void' and id not in (select v.voidsId from WorkRecord v "
                    + "where v.organisationId = :organisation and v.voidsId is not null)");
        }
        var query = WorkRecord.<WorkRecord>find(where + " order by performedOn desc, recordedAt desc, id", params);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(this::view).toList(), paging,
                total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    RecordView view(WorkRecord r) {
        JsonNode details = read(r.details);
        RecordView.DutyRef duty = r.dutyId == null ? null : catalogue.duty(r.dutyId)
                .map(d -> new RecordView.DutyRef(d.id(), d.title(), DutyCatalogue.clauses(d)))
                .orElse(new RecordView.DutyRef(r.dutyId, null, null));
        JsonNode participants = details.get("participants");
        RecordView.Participation participation = null;
        if (participants != null) {
            boolean herders = false;
            boolean authority = false;
            for (JsonNode p : participants) {
                herders |= "herder".equals(p.path("role").asText());
                authority |= "local-authority".equals(p.path("role").asText());
            }
            participation = new RecordView.Participation(herders, authority, herders && authority);
        }
        Retention retention = Retention.fromCode(r.retention);
        return new RecordView(r.id, r.organisationId, r.siteId, r.type, new RecordView.Subject(r.subjectKind,
                r.subjectKey), duty, r.performedOn, r.performedBy, r.notes, r.reference, details.get("results"),
                participants, participation, r.voidsId, r.reason, voidedBy(r.id),
                new RecordView.Retention(retention.code(), retention.clause(), r.retainUntil), r.recordedAt);
    }

    private IdempotencyService.Stored stored(WorkRecord r) {
        return new IdempotencyService.Stored(201, "/sites/" + r.siteId + "/records/" + r.id, write(view(r)));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String s) {
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
