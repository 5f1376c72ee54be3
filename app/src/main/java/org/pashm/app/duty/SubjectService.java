package org.pashm.app.duty;

import org.pashm.core.evidence.English;
import org.pashm.app.problem.JsonPointers;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.Received;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.pashm.app.persistence.DatabaseErrors;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.site.SiteService;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;

/**
 * The registry of duty subjects: what of a site the standard's duties are owed for, besides the site itself. Its
 * classes are choices of the vocabulary (the evidence codes a duty names as {@code subjectClassCode}), checked
 * against it, so that "housing-bucks" here is the same word an auditor's evidence uses.
 */
@ApplicationScoped
public class SubjectService {

    private static final TypeReference<TreeMap<String, String>> CLASSES = new TypeReference<>() {
    };

    @Inject
    Registry registry;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    DutyCatalogue catalogue;

    @Inject
    SiteService sites;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    DatabaseErrors databaseErrors;

    /** The kinds that can be registered: every kind a duty is owed for, but the site (always a subject). */
    public List<String> registrableKinds() {
        return catalogue.subjectKinds().stream().filter(k -> !k.equals(SubjectKind.SITE.name())).sorted().toList();
    }

    /**
     * Registers a subject of the site; runs in the caller's transaction. The body's problems and those only the
     * vocabulary tells (a kind no duty is owed for, classes it does not have) are one answer.
     */
    public SubjectView register(UUID siteId, Received<SubjectRequest> received) {
        Site site = sites.find(siteId);
        Map<String, String> classes = new TreeMap<>();
        SubjectRequest request = received.check((r, errors) -> classes.putAll(vocabulary(r, errors)));
        return store(site, request, classes);
    }

    /** Registers a subject the platform names itself (a goat group's), checked against the vocabulary alone. */
    public SubjectView register(UUID siteId, SubjectRequest request) {
        Site site = sites.find(siteId);
        FieldErrors errors = new FieldErrors();
        Map<String, String> classes = vocabulary(request, errors);
        errors.throwIfAny("invalid-subject", "Invalid subject");
        return store(site, request, classes);
    }

    /** The request's kind and classes checked against the vocabulary; the good classes. */
    private Map<String, String> vocabulary(SubjectRequest request, FieldErrors errors) {
        String kind = request.kind();
        if (kind != null && !errors.has("/kind") && !registrableKinds().contains(kind)) {
            errors.add("/kind", Rule.UNKNOWN_SUBJECT_KIND, "'" + kind + "' is not a kind of subject any duty is owed "
                    + "for; expected one of " + registrableKinds());
        }
        if (errors.has("/kind")) {
            kind = null; // the classes are then checked alone
        }
        // A class refused while binding is null here, and already reported.
        Map<String, String> bound = new TreeMap<>(request.classesOrNone());
        bound.values().removeIf(java.util.Objects::isNull);
        return checkClasses(bound, kind, errors);
    }

    private SubjectView store(Site site, SubjectRequest request, Map<String, String> classes) {
        String kind = request.kind();
        if (find(site.id, kind, request.id(), false) != null) {
            throw Problems.conflict("subject-exists", "Subject already registered", "Site " + site.id + " already has a "
                    + SubjectKind.of(kind).words() + " '" + request.id() + "'.");
        }
        DutySubject s = new DutySubject();
        s.id = UUID.randomUUID();
        s.organisationId = site.organisationId;
        s.siteId = site.id;
        s.kind = kind;
        s.key = request.id();
        s.name = request.name();
        s.classes = write(classes);
        s.registeredAt = farmCalendar.now();
        s.persist();
        databaseErrors.flush();
        return view(s, site);
    }

    /**
     * Checks a subject's classes ({@code evidence code -> choice}) against the vocabulary, adding a problem under
     * {@code /classes/...} for each bad entry; returns the good ones. For a subject of {@code kind}, or of a kind not
     * known (null), whose codes are then checked alone.
     */
    public Map<String, String> checkClasses(Map<String, String> given, String kind, FieldErrors errors) {
        Map<String, String> classes = new TreeMap<>();
        given.forEach((name, value) -> {
            String pointer = "/classes/" + JsonPointers.escape(name);
            if (errors.has(pointer)) {
                return; // refused while binding (too long), and reported
            }
            EvidenceCode code = registry.vocabulary().code(name).orElse(null);
            if (code == null || code.type() != ValueType.CHOICE) {
                errors.add(pointer, Rule.UNKNOWN_CODE, "'" + name + "' is not a choice code of the vocabulary "
                        + "(GET /vocabulary lists them)");
            } else if (kind != null && !code.takes(SubjectKind.of(kind))) {
                errors.add(pointer, Rule.SUBJECT_KIND_NOT_TAKEN, name + " describes " + code.subjectKinds()
                        + ", not " + English.a(SubjectKind.of(kind).words()));
            } else if (!code.choices().contains(value)) {
                errors.add(pointer, Rule.UNKNOWN_CHOICE, "'" + value + "' is not a choice of " + name
                        + "; expected one of " + code.choices());
            } else {
                classes.put(name, value);
            }
        });
        return classes;
    }

    public Page<SubjectView> list(UUID siteId, String kind, boolean withRetired, Paging paging) {
        Site site = sites.find(siteId);
        if (kind != null && !registrableKinds().contains(kind)) {
            throw Problems.badParameter("kind", Rule.UNKNOWN_SUBJECT_KIND, "'" + kind + "' is not a kind of registered "
                    + "subject; expected one of " + registrableKinds());
        }
        StringBuilder where = new StringBuilder("organisationId = :organisation and siteId = :site");
        Map<String, Object> params = new TreeMap<>(Map.of("organisation", site.organisationId, "site", site.id));
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (!withRetired) {
            where.append(" and retiredOn is null");
        }
        var query = DutySubject.<DutySubject>find(where + " order by kind, key", params);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(s -> view(s, site)).toList(),
                paging, total);
    }

    public SubjectView get(UUID siteId, String kind, String key) {
        Site site = sites.find(siteId);
        return view(require(site, kind, key), site);
    }

    /** Retires a subject: from {@code on} (today when not given) no duty is owed for it; its records stay. */
    @Transactional
    public SubjectView retire(UUID siteId, String kind, String key, RetirementRequest request) {
        Site site = sites.find(siteId);
        DutySubject s = require(site, kind, key);
        if (s.retiredOn != null) {
            throw Problems.conflict("subject-retired", "Subject already retired", "The " + SubjectKind.of(kind).words()
                    + " '" + key + "' was retired on " + s.retiredOn + ".");
        }
        s.retiredOn = request == null || request.on() == null ? farmCalendar.today() : request.on();
        return view(s, site);
    }

    /**
     * Registers a goat under observation on its first record (a harvest injury), so that a farm need not register
     * every goat in advance: goats as such belong to the traceability registry, this only makes it a duty subject.
     */
    public void ensureGoat(Site site, String key) {
        em.createNativeQuery("""
                        insert into duty_subject (id, organisation_id, site_id, kind, key, classes)
                        values (?1, ?2, ?3, 'goat', ?4, cast('{}' as jsonb))
                        on conflict (organisation_id, site_id, kind, key) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, site.organisationId).setParameter(3, site.id)
                .setParameter(4, key).executeUpdate();
    }

    /** The subject, or null. */
    public DutySubject find(UUID site, String kind, String key, boolean onlyActive) {
        DutySubject s = DutySubject.<DutySubject>find("siteId = ?1 and kind = ?2 and key = ?3", site, kind, key)
                .firstResult();
        return s == null || (onlyActive && s.retiredOn != null) ? null : s;
    }

    private DutySubject require(Site site, String kind, String key) {
        DutySubject s = find(site.id, kind, key, false);
        if (s == null) {
            throw Problems.notFound("unknown-subject", "Unknown subject", "Site " + site.id + " has no registered "
                    + kind + " '" + key + "'.");
        }
        return s;
    }

    public Map<String, String> classesOf(DutySubject s) {
        try {
            return s == null ? Map.of() : json.readValue(s.classes, CLASSES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The duties a subject of this kind and these classes owes on the site. */
    public List<Duty> owes(Site site, SubjectKind kind, Map<String, String> classes) {
        ProductionSystem system = ProductionSystem.fromCode(site.productionSystem);
        return catalogue.all().stream().filter(d -> DutyCatalogue.owes(d, kind, classes, system)).toList();
    }

    SubjectView view(DutySubject s, Site site) {
        Map<String, String> classes = classesOf(s);
        List<String> owes = s.retiredOn != null ? List.of()
                : owes(site, SubjectKind.of(s.kind), classes).stream().map(Duty::id).toList();
        return new SubjectView(s.siteId, s.kind, s.key, s.name, classes, owes, s.registeredAt, s.retiredOn);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
