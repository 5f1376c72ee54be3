package org.pashm.app.record;

import org.pashm.core.evidence.English;
import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.pashm.app.persistence.DatabaseErrors;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.LinkedHashMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.duty.DutyCatalogue;
import org.pashm.app.duty.DutySubject;
import org.pashm.app.duty.SubjectService;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.site.SiteService;
import org.pashm.app.organisation.Organisation;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.record.Participants;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.record.Retention;

/**
 * Keeps the records of a farm: work done at a site ({@code POST /sites/{id}/records}) and the documents of clause 11
 * an organisation keeps ({@code POST /organisations/{id}/records}), one table and one retention model. Records are
 * append-only (the database refuses updates, and deletes before their retention ends): a wrong record is voided by
 * a new one, either a replacement that names it in {@code voids}, or a bare void.
 */
@ApplicationScoped
public class RecordService {

    @Inject
    SiteService sites;

    @Inject
    SubjectService subjects;

    @Inject
    DutyCatalogue catalogue;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    ObjectMapper json;

    @Inject
    DatabaseErrors databaseErrors;

    @Inject
    RecordKinds kinds;

    /**
     * Adds a record (or a replacement that voids an earlier one); runs in the caller's transaction. The request's
     * own problems and those only the site's stored subjects, duties and records reveal are answered together.
     */
    public RecordView add(UUID siteId, Received<RecordRequest> received) {
        Site site = sites.find(siteId);
        Resolved[] resolved = new Resolved[1];
        RecordRequest request = received.check((q, errors) -> resolved[0] = resolve(site, q, errors));
        WorkRecord r = record(site, request, resolved[0]);
        r.persist();
        databaseErrors.flush();
        return view(r);
    }

    /**
     * Keeps a document of the organisation, or of one of its sites, of a kind an organisation keeps; runs in the
     * caller's transaction. Its retention counts from the day it says it was made, which may be that of a paper
     * record entered later.
     */
    public RecordView keep(UUID organisationId, Received<OrganisationRecordRequest> received) {
        Organisation organisation = organisation(organisationId);
        OrganisationRecordRequest request = received.check((q, errors) -> check(organisation, q, errors));
        RecordKind kind = kinds.kind(request.type()).orElseThrow();
        WorkRecord r = new WorkRecord();
        r.id = UUID.randomUUID();
        r.organisationId = organisation.id;
        r.siteId = request.site();
        r.type = kind.code();
        r.subjectKind = r.siteId == null ? SubjectKind.ORGANISATION.name() : SubjectKind.SITE.name();
        r.subjectKey = r.subjectKind;
        r.performedOn = request.recordedOn();
        r.recordedOn = request.recordedOn();
        r.title = request.title().strip();
        r.content = request.content();
        r.details = "{}";
        r.retention = kind.retention().code();
        r.retainUntil = kind.retention().endsAfter(r.recordedOn).orElse(null);
        r.recordedAt = farmCalendar.now();
        r.persist();
        databaseErrors.flush();
        return view(r, null);
    }

    /** The rules of a document that need the loaded kinds and the organisation's sites. */
    private void check(Organisation organisation, OrganisationRecordRequest q, FieldErrors errors) {
        if (q.type() != null && !errors.has("/type")) {
            RecordKind kind = kinds.kind(q.type()).orElse(null);
            if (kind == null || !kind.subjectKinds().contains(SubjectKind.ORGANISATION)) {
                errors.add("/type", Rule.UNKNOWN_KIND, "'" + q.type() + "' is not a kind of record an organisation "
                        + "keeps; expected one of " + keptByOrganisations() + (kind == null ? ""
                        : " (record " + kind.code() + " at a site with POST /sites/{id}/records)"));
            }
        }
        // The latest date anywhere on Earth: a household far east of the platform's zone may date today's record.
        if (q.recordedOn() != null && q.recordedOn().isAfter(farmCalendar.latestDateOnEarth())) {
            errors.add("/recordedOn", Rule.IN_THE_FUTURE, "recordedOn " + q.recordedOn() + " is in the future");
        }
        if (q.site() != null) {
            Site s = Site.findById(q.site());
            if (s == null || !s.organisationId.equals(organisation.id)) {
                errors.add("/site", Rule.UNKNOWN_SITE, "there is no site " + q.site() + " of this organisation");
            }
        }
    }

    /** The codes of the kinds of record an organisation keeps, about itself or a site. */
    public List<String> keptByOrganisations() {
        return kinds.all().stream().filter(k -> k.subjectKinds().contains(SubjectKind.ORGANISATION))
                .map(RecordKind::code).toList();
    }

    private static Organisation organisation(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id
                    + ".");
        }
        return o;
    }

    /** Voids a record with a bare void record; runs in the caller's transaction. */
    public RecordView voidRecord(UUID siteId, UUID recordId, Received<VoidRequest> received) {
        Site site = sites.find(siteId);
        WorkRecord voided = find(site, recordId);
        VoidRequest request = received.check((q, errors) -> checkVoidable(voided, "", errors));
        // A void is kept as long as the record it voids.
        Retention kept = kinds.retention(voided.retention);
        WorkRecord r = base(site, RecordKinds.VOID, kept, voided.subjectKind, voided.subjectKey, farmCalendar.today(),
                request.performedBy());
        r.voidsId = voided.id;
        r.reason = request.reason();
        r.retainUntil = voided.retainUntil == null ? null
                : later(voided.retainUntil, kept.endsAfter(farmCalendar.today()).orElse(null));
        r.persist();
        databaseErrors.flush();
        return view(r);
    }

    /** What a record's checks found out: its kind, its subject, and the duty it fulfils. */
    private record Resolved(RecordKind type, String subjectKind, String subjectKey, Duty duty, boolean newGoat) {
    }

    /**
     * The checks that need the site's stored subjects, duties and records. Members the request's own checks refused
     * are null or reported ({@link FieldErrors#has}), and are not checked again.
     */
    private Resolved resolve(Site site, RecordRequest request, FieldErrors errors) {
        ProductionSystem system = ProductionSystem.fromCode(site.productionSystem);
        RecordKind type = request.type() == null ? null : kinds.kind(request.type()).orElse(null);
        // The subject: the site unless named; a registered subject of the site otherwise.
        RecordRequest.Subject subject = request.subject();
        boolean subjectRefused = errors.has("/subject") || errors.has("/subject/kind") || errors.has("/subject/id")
                || subject != null && subject.kind() == null;
        String kind = subject == null ? SubjectKind.SITE.name() : subject.kind();
        String key = subject == null || "site".equals(kind) ? "site" : subject.id();
        DutySubject registered = null;
        boolean newGoat = false;
        LocalDate performedOn = request.performedOn();
        if (performedOn != null && performedOn.isAfter(farmCalendar.today())) {
            errors.add("/performedOn", Rule.IN_THE_FUTURE, "performedOn " + performedOn + " is after today ("
                    + farmCalendar.today() + "): record work once it is done");
        }
        if (subjectRefused) {
            // Said already.
        } else if (kind.equals(SubjectKind.ORGANISATION.name())) {
            errors.add("/subject/kind", Rule.SUBJECT_KIND_NOT_TAKEN, "a record of a site is about the site or one "
                    + "of its subjects; keep a record about the organisation as a whole with POST "
                    + "/organisations/" + site.organisationId + "/records");
        } else if (type != null && !type.subjectKinds().isEmpty()
                && type.subjectKinds().stream().noneMatch(k -> k.name().equals(kind))) {
            errors.add(subject == null ? "/subject" : "/subject/kind", Rule.SUBJECT_KIND_NOT_TAKEN, English.a(type.code())
                    + " record is about " + kinds(type.subjectKinds()) + ", not "
                    + (kind.equals("site") ? "the site" : English.a(kind)));
        } else if (!kind.equals("site")) {
            registered = subjects.find(site.id, kind, key, false);
            if (registered == null && kind.equals("goat")) {
                newGoat = true;
            } else if (registered == null) {
                errors.add("/subject", Rule.UNKNOWN_SUBJECT, "site " + site.id + " has no registered " + kind + " '"
                        + key + "'; register it with POST /sites/" + site.id + "/subjects");
            } else if (registered.retiredOn != null && performedOn != null
                    && !performedOn.isBefore(registered.retiredOn)) {
                errors.add("/subject", Rule.RETIRED_SUBJECT, "the " + kind + " '" + key + "' was retired on "
                        + registered.retiredOn);
            }
        }
        Duty duty = null;
        // The duty follows from the kind and the subject; when either was refused there is none to find.
        if (type != null && !subjectRefused && !errors.has("/subject") && !errors.has("/subject/kind")
                && !errors.has("/duty")) {
            duty = duty(type, request.duty(), site, system, SubjectKind.of(kind), subjects.classesOf(registered),
                    errors);
        }
        if (request.voids() != null && !errors.has("/voids")) {
            WorkRecord voided = WorkRecord.findById(request.voids());
            if (voided == null || !site.id.equals(voided.siteId)) {
                errors.add("/voids", Rule.UNKNOWN_RECORD, "site " + site.id + " has no record " + request.voids());
            } else {
                checkVoidable(voided, "/voids", errors);
            }
        }
        return new Resolved(type, kind, key, duty, newGoat);
    }

    /** The record a request found valid makes. */
    private WorkRecord record(Site site, RecordRequest request, Resolved resolved) {
        RecordKind type = resolved.type();
        if (resolved.newGoat()) {
            subjects.ensureGoat(site, resolved.subjectKey());
        }
        Map<String, Object> results = null;
        if (request.results() != null) {
            // In the kind's order, each value as its field's type (checked by RecordRequestCheck).
            results = new LinkedHashMap<>();
            for (RecordField f : type.fields()) {
                Object v = request.results().get(f.name());
                if (v != null) {
                    results.put(f.name(), f.type() == RecordField.Type.NUMBER ? RecordRequestCheck.number(v) : v);
                }
            }
        }
        RecordDetails details = new RecordDetails(results, request.participants());
        WorkRecord r = base(site, type.code(), type.retention(), resolved.subjectKind(), resolved.subjectKey(),
                request.performedOn(), request.performedBy());
        r.dutyId = resolved.duty() == null ? null : resolved.duty().id();
        r.notes = request.notes();
        r.reference = request.reference();
        r.details = write(details);
        r.voidsId = request.voids();
        r.reason = request.reason();
        return r;
    }

    /** The duty a record fulfils: the one named, if its subject owes it, or the one its type and subject imply. */
    private Duty duty(RecordKind type, String dutyId, Site site, ProductionSystem system, SubjectKind kind,
                      Map<String, String> classes, FieldErrors errors) {
        List<Duty> owed = catalogue.all().stream()
                .filter(d -> type.namesItsDuty() || type.duties().contains(d.id()))
                .filter(d -> DutyCatalogue.owes(d, kind, classes, system)).toList();
        if (dutyId != null) {
            Duty named = catalogue.duty(dutyId).orElse(null);
            if (named == null) {
                errors.add("/duty", Rule.UNKNOWN_DUTY, "'" + dutyId + "' is not a duty; GET /duties lists them");
                return null;
            }
            if (!owed.contains(named)) {
                errors.add("/duty", Rule.DUTY_MISMATCH, English.a(type.code()) + " record of "
                        + (kind.equals(SubjectKind.SITE) ? "the site" : "this " + kind.words()) + " on a "
                        + system.code() + " site cannot fulfil " + dutyId + (owed.isEmpty() ? "; it fulfils no duty"
                        : "; it can fulfil " + owed.stream().map(Duty::id).toList()));
                return null;
            }
            return named;
        }
        if (owed.size() > 1) {
            errors.add("/duty", Rule.AMBIGUOUS_DUTY, "name the duty this " + type.code()
                    + " record fulfils: one of " + owed.stream().map(Duty::id).toList());
            return null;
        }
        return owed.isEmpty() ? null : owed.get(0);
    }

    private static void checkVoidable(WorkRecord voided, String pointer, FieldErrors errors) {
        if (voided.type.equals(RecordKinds.VOID)) {
            errors.add(pointer, Rule.CANNOT_VOID_A_VOID, "record " + voided.id + " is itself a void; "
                    + "add the voided record again instead");
        } else if (voidedBy(voided.id) != null) {
            errors.add(pointer, Rule.ALREADY_VOIDED, "record " + voided.id + " was already voided by "
                    + voidedBy(voided.id));
        }
    }

    private WorkRecord base(Site site, String type, Retention retention, String kind, String key,
                            LocalDate performedOn, String by) {
        WorkRecord r = new WorkRecord();
        r.id = UUID.randomUUID();
        r.organisationId = site.organisationId;
        r.siteId = site.id;
        r.type = type;
        r.subjectKind = kind;
        r.subjectKey = key;
        r.performedOn = performedOn;
        r.performedBy = by;
        r.details = "{}";
        r.retention = retention.code();
        // Made today, and kept from today: work done earlier and recorded late is kept from the day it is recorded.
        r.recordedOn = farmCalendar.today();
        r.retainUntil = retention.endsAfter(r.recordedOn).orElse(null);
        r.recordedAt = farmCalendar.now();
        return r;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String kinds(java.util.Set<SubjectKind> kinds) {
        return String.join(" or ", kinds.stream().map(SubjectKind::name).sorted()
                .map(k -> k.equals("site") ? "the site" : English.a(k)).toList());
    }

    // ---- reading --------------------------------------------------------------------------------------------

    public WorkRecord find(Site site, UUID id) {
        WorkRecord r = WorkRecord.findById(id);
        if (r == null || !site.id.equals(r.siteId)) {
            throw Problems.notFound("unknown-record", "Unknown record", "Site " + site.id + " has no record " + id + ".");
        }
        return r;
    }

    public RecordView get(UUID siteId, UUID id) {
        return view(find(sites.find(siteId), id));
    }

    /** A record of any site of any organisation, or of an organisation; the caller checks it may see it. */
    public WorkRecord find(UUID id) {
        WorkRecord r = WorkRecord.findById(id);
        if (r == null) {
            throw Problems.notFound("unknown-record", "Unknown record", "There is no record " + id + ".");
        }
        return r;
    }

    public RecordView get(WorkRecord r) {
        return view(r);
    }

    /**
     * Deletes a record once its retention has ended (409 {@code retention-not-ended} before, with the day it ends),
     * and once no void points at it (409 {@code record-voided}: the void goes first, as it is kept at least as long).
     */
    @jakarta.transaction.Transactional
    public void delete(UUID id) {
        WorkRecord r = find(id);
        Retention retention = kinds.retention(r.retention);
        RetentionGuard.check(retention.code(), List.of(retention.clause().toString()), retention.period(),
                r.recordedOn, r.retainUntil, farmCalendar.today(), "This " + r.type.replace('-', ' '));
        UUID voidedBy = voidedBy(r.id);
        if (voidedBy != null) {
            throw Problems.conflict("record-voided", "Record voided", "Record " + r.id + " is voided by record "
                    + voidedBy + ", which is kept at least as long: delete the void first.").with("voidedBy",
                    voidedBy.toString());
        }
        r.delete();
        databaseErrors.flush();
    }

    static UUID voidedBy(UUID id) {
        WorkRecord v = WorkRecord.<WorkRecord>find("voidsId", id).firstResult();
        return v == null ? null : v.id;
    }

    /** Filters of a listing; null fields do not filter. */
    public record Filter(String type, String subjectKind, String subject, String duty, LocalDate from, LocalDate to,
                         boolean withVoided) {
    }

    /** A site's records. */
    public Page<RecordView> list(UUID siteId, Filter f, Paging paging) {
        Site site = sites.find(siteId);
        return list(site.organisationId, site.id, f, paging);
    }

    /** Every record of an organisation, of its sites and of itself, of one type or all. */
    public Page<RecordView> listOfOrganisation(UUID organisationId, String type, Paging paging) {
        organisation(organisationId);
        return list(organisationId, null, new Filter(type, null, null, null, null, null, true), paging);
    }

    private Page<RecordView> list(UUID organisation, UUID siteId, Filter f, Paging paging) {
        StringBuilder where = new StringBuilder("organisationId = :organisation");
        Map<String, Object> params = new TreeMap<>(Map.of("organisation", organisation));
        add(where, params, "siteId", siteId);
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
        List<WorkRecord> page = query.page(paging.page(), paging.size()).list();
        // Which of the page's records were voided, in one statement rather than one per record.
        Map<UUID, UUID> voidedBy = new java.util.HashMap<>();
        if (!page.isEmpty()) {
            WorkRecord.<WorkRecord>find("voidsId in ?1", page.stream().map(r -> r.id).toList()).list()
                    .forEach(v -> voidedBy.put(v.voidsId, v.id));
        }
        return Page.of(page.stream().map(r -> view(r, voidedBy.get(r.id))).toList(), paging, total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    RecordView view(WorkRecord r) {
        return view(r, voidedBy(r.id));
    }

    private RecordView view(WorkRecord r, UUID voidedBy) {
        RecordDetails details = read(r.details);
        RecordView.DutyRef duty = r.dutyId == null ? null : catalogue.duty(r.dutyId)
                .map(d -> new RecordView.DutyRef(d.id(), d.title(), DutyCatalogue.clauses(d)))
                .orElse(new RecordView.DutyRef(r.dutyId, null, null));
        List<RecordRequest.Participant> participants = details.participants();
        RecordView.Participation participation = null;
        Participants expected = kinds.kind(r.type).map(RecordKind::participants).orElse(null);
        if (participants != null && expected != null) {
            java.util.Set<String> roles = new java.util.HashSet<>();
            participants.forEach(p -> roles.add(p.role()));
            List<String> missing = expected.expected().stream().filter(role -> !roles.contains(role)).toList();
            participation = new RecordView.Participation(expected.clause().toString(), expected.expected(), missing,
                    missing.isEmpty());
        }
        Retention retention = kinds.retention(r.retention);
        return new RecordView(r.id, r.organisationId, r.siteId, r.type, new RecordView.Subject(r.subjectKind,
                r.subjectKey), duty, r.performedOn, r.performedBy, r.title, r.content, r.notes, r.reference,
                details.results(), participants, participation, r.voidsId, r.reason, voidedBy,
                new RecordView.Retention(retention.code(), retention.clause().toString(), r.retainUntil,
                        r.retainUntil == null), r.recordedOn, r.recordedAt);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RecordDetails read(String s) {
        if (s == null) {
            return RecordDetails.NONE;
        }
        try {
            // Numbers as they were written (14.50 stays 14.50), not as doubles.
            return json.readerFor(RecordDetails.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
