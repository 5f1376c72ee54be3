package org.pashm.app.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.pashm.app.persistence.DatabaseErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.Received;
import org.pashm.app.site.Site;
import org.pashm.core.evaluation.Evaluator;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.Observation;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Value;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * Submits, corrects and reads assessments. A submission is validated against the vocabulary before anything is
 * evaluated; a valid one is evaluated by the registry and stored, with its observations and report, in the one
 * transaction of the creation that submits it ({@code idempotency/Creations}). Nothing of an invalid submission is
 * stored.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Registry registry;

    @Inject
    Reports reports;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    org.pashm.app.security.Caller caller;

    /** A validated, evaluated submission, ready to be stored. */
    record Evaluated(Site site, Standard standard, Submission submission, List<Observation> observations,
                     Report report) {
    }

    /**
     * Checks what the body could not tell (the site, the standard) and evaluates; throws a 400 problem listing every
     * mistake, the body's own and these, in one answer. Touches no table but reads.
     */
    Evaluated evaluate(Received<? extends SubmissionRequest> received, UUID siteFromPath, Assessment corrected) {
        Site[] site = new Site[1];
        Standard[] standard = new Standard[1];
        SubmissionRequest request = received.check((r, errors) -> {
            site[0] = site(r, siteFromPath, corrected, errors);
            standard[0] = standard(r, corrected, errors);
            if (site[0] != null && standard[0] != null) {
                unread(r, standard[0], ProductionSystem.fromCode(site[0].productionSystem), errors);
            }
        });
        Submission s = request.submission();
        // Checked when the body was bound (EvidenceChecks); validated again for the observations in canonical units.
        Vocabulary.Validation validation = registry.vocabulary().validate(s.observations());
        FieldErrors errors = new FieldErrors();
        EvidenceChecks.report(validation, errors);
        errors.throwIfAny("invalid-assessment", "Invalid assessment");
        ProductionSystem system = ProductionSystem.fromCode(site[0].productionSystem);
        Report report = registry.evaluate(standard[0].ref(), system, s.assessedOn(), validation.observations());
        return new Evaluated(site[0], standard[0], s, validation.observations(), report);
    }

    /**
     * Refuses evidence that no rule applying to the site reads (housing codes on a nomadic site, one standard's codes
     * in an assessment against another): stored, it would never be judged, and the client would believe it counted.
     * Observations already refused for their code are not named again.
     */
    private void unread(SubmissionRequest r, Standard standard, ProductionSystem system, FieldErrors errors) {
        if (r.observations() == null) {
            return;
        }
        Evaluator evaluator = registry.evaluator(standard.ref(), system);
        for (int i = 0; i < r.observations().size(); i++) {
            var o = r.observations().get(i);
            String pointer = "/observations/" + i + "/code";
            if (o == null || o.code() == null || errors.has(pointer) || errors.has("/observations/" + i)
                    || registry.vocabulary().code(o.code()).isEmpty()) {
                continue;
            }
            String why = evaluator.unreadBecause(o.code());
            if (why != null) {
                errors.add(pointer, Rule.NOT_READ_FOR_SITE, why + ", so it would never be judged; leave it out or "
                        + "assess the site against the clauses that read it");
            }
        }
    }

    private Site site(SubmissionRequest s, UUID siteFromPath, Assessment corrected, FieldErrors errors) {
        if (errors.has("/site")) {
            return null; // refused as it was bound
        }
        UUID wanted = corrected != null ? corrected.siteId : siteFromPath != null ? siteFromPath : s.site();
        if (wanted == null) {
            errors.add("/site", Rule.REQUIRED, "site is required: the id of the farm or household assessed");
            return null;
        }
        if (s.site() != null && !s.site().equals(wanted)) {
            errors.add("/site", Rule.SITE_MISMATCH, corrected != null
                    ? "a correction keeps the site of the assessment it corrects (" + wanted + ")"
                    : "the body names site " + s.site() + " but the path names " + wanted);
            return null;
        }
        Site site = Site.findById(wanted);
        // A site of an organisation the caller is not assigned to is, to the caller, a site that does not exist.
        if (site == null || !caller.mayAssess(site.organisationId)) {
            errors.add("/site", Rule.UNKNOWN_SITE, "there is no site " + wanted);
            return null;
        }
        return site;
    }

    private Standard standard(SubmissionRequest s, Assessment corrected, FieldErrors errors) {
        if (errors.has("/standard") || errors.has("/edition")) {
            return null; // refused as it was bound
        }
        if (s.standard() == null) {
            if (corrected != null) {
                return registry.standard(StandardRef.of(corrected.standardId, corrected.edition)).orElseThrow();
            }
            return registry.newestEdition(Iso22786.DIS_2025.id()).orElseThrow();
        }
        Standard found;
        try {
            found = s.edition() == null ? registry.newestEdition(s.standard()).orElse(null)
                    : registry.standard(StandardRef.of(s.standard(), s.edition())).orElse(null);
        } catch (IllegalArgumentException e) {
            found = null;
        }
        if (found == null) {
            errors.add(s.edition() == null ? "/standard" : "/edition", Rule.UNKNOWN_STANDARD,
                    "no standard " + s.standard() + (s.edition() == null ? "" : "/" + s.edition())
                            + " is registered; GET /standards lists them");
        }
        return found;
    }

    // ---- submission -----------------------------------------------------------------------------------------

    /**
     * Submits a new assessment (version 1 of a new lineage). Runs in the caller's transaction, which stores the new
     * version or nothing.
     *
     * @param asSent the body exactly as received: stored as the submission
     */
    public Assessment submit(Received<? extends SubmissionRequest> submission, UUID siteFromPath, String asSent) {
        Evaluated e = evaluate(submission, siteFromPath, null);
        UUID id = UUID.randomUUID();
        return store(id, id, 1, null, null, e, asSent);
    }

    /** Submits a correction: a new version that supersedes the current version {@code id}. */
    public Assessment correct(UUID id, Received<CorrectionRequest> submission, String asSent) {
        Assessment previous = find(id);
        if (!caller.mayAssess(previous.organisationId)) {
            throw Problems.notFound("unknown-assessment", "Unknown assessment", "There is no assessment " + id + ".");
        }
        UUID newer = supersededBy(id);
        if (newer != null) {
            throw Problems.conflict("already-superseded", "Already corrected", "Assessment " + id
                    + " was already superseded by " + newer + "; correct the current version instead.");
        }
        Evaluated e = evaluate(submission, null, previous);
        try {
            return store(UUID.randomUUID(), previous.lineageId, previous.version + 1, previous.id,
                    e.submission().reason(), e, asSent);
        } catch (jakarta.persistence.PersistenceException ex) {
            // assessment_superseded_once: another correction of the same version won the race.
            throw DatabaseErrors.translated(ex);
        }
    }

    private Assessment store(UUID id, UUID lineage, int version, UUID supersedes, String reason, Evaluated e,
                             String submission) {
        Assessment a = new Assessment();
        a.id = id;
        a.organisationId = e.site().organisationId;
        a.siteId = e.site().id;
        a.lineageId = lineage;
        a.version = version;
        a.supersedesId = supersedes;
        a.correctionReason = reason;
        a.standardId = e.standard().ref().id();
        a.edition = e.standard().ref().edition();
        a.productionSystem = e.site().productionSystem;
        a.assessedOn = e.submission().assessedOn();
        a.assessor = e.submission().assessor();
        a.description = e.submission().description();
        a.overallResult = e.report().overall().code();
        a.conformant = e.report().overall().conformant();
        a.submittedAt = farmCalendar.now();
        a.submission = submission;
        a.observations = canonical(e.observations());
        a.reportFormat = Reports.DATA;
        a.report = reports.stored(e.report());
        a.moduleVersions = write(new TreeMap<>(e.report().modules()));
        // One INSERT, the documents passed as text and cast to json: the row is immutable, so the entity is only
        // ever read, and the documents are stored as written.
        em.createNativeQuery("""
                        insert into assessment (id, organisation_id, site_id, lineage_id, version, supersedes_id,
                            correction_reason, standard_id, edition, production_system, assessed_on, assessor,
                            description, overall_result, conformant, submitted_at, submission, observations, report,
                            module_versions, report_format)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                            cast(?17 as json), cast(?18 as json), ?19, cast(?20 as json), ?21)""")
                .setParameter(1, a.id).setParameter(2, a.organisationId).setParameter(3, a.siteId)
                .setParameter(4, a.lineageId).setParameter(5, a.version).setParameter(6, a.supersedesId)
                .setParameter(7, a.correctionReason).setParameter(8, a.standardId).setParameter(9, a.edition)
                .setParameter(10, a.productionSystem).setParameter(11, a.assessedOn).setParameter(12, a.assessor)
                .setParameter(13, a.description).setParameter(14, a.overallResult).setParameter(15, a.conformant)
                .setParameter(16, a.submittedAt).setParameter(17, a.submission).setParameter(18, a.observations)
                .setParameter(19, a.report).setParameter(20, a.moduleVersions).setParameter(21, a.reportFormat)
                .executeUpdate();
        return a;
    }

    /** The observations in canonical units, written in the submission format so they can be evaluated again. */
    String canonical(List<Observation> observations) {
        java.io.StringWriter out = new java.io.StringWriter(observations.size() * 120);
        try (com.fasterxml.jackson.core.JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (Observation o : observations) {
                g.writeStartObject();
                g.writeStringField("code", o.code());
                if (!o.subject().equals(org.pashm.core.evidence.Subject.SITE)) {
                    g.writeObjectFieldStart("subject");
                    g.writeStringField("kind", o.subject().kind().name());
                    g.writeStringField("id", o.subject().id());
                    g.writeEndObject();
                }
                Value v = o.value();
                if (v instanceof Value.Quantity q) {
                    g.writeNumberField("value", q.value());
                    g.writeStringField("unit", q.unit());
                } else if (v instanceof Value.Count c) {
                    g.writeNumberField("value", c.value());
                } else if (v instanceof Value.Attestation b) {
                    g.writeBooleanField("value", b.value());
                } else {
                    g.writeStringField("value", v.display());
                }
                if (o.observedOn() != null) {
                    g.writeStringField("observedOn", o.observedOn().toString());
                }
                if (o.reference() != null) {
                    g.writeStringField("reference", o.reference());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The assessment if the caller may read it (a member of the site's organisation); otherwise, as if missing. */
    public Assessment find(UUID id) {
        Assessment a = Assessment.findById(id);
        if (a == null || !caller.isMemberOf(a.organisationId)) {
            throw Problems.notFound("unknown-assessment", "Unknown assessment", "There is no assessment " + id + ".");
        }
        return a;
    }

    /** The version that supersedes {@code id}, or null when it is current. */
    public UUID supersededBy(UUID id) {
        List<UUID> newer = em.createQuery("select a.id from Assessment a where a.supersedesId = :id", UUID.class)
                .setParameter("id", id).getResultList();
        return newer.isEmpty() ? null : newer.get(0);
    }

    /** The assessment without its report. */
    public AssessmentView view(UUID id) {
        Assessment a = find(id);
        return AssessmentView.of(a, supersededBy(id), null);
    }

    /** Filters of a listing; null fields do not filter. */
    public record Filter(UUID organisation, UUID site, UUID lineage, String standard, String edition, String result,
                         LocalDate from, LocalDate to, boolean allVersions) {
    }

    public org.pashm.app.web.Page<AssessmentView.Summary> list(Filter f, org.pashm.app.web.Paging paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new TreeMap<>();
        java.util.Set<UUID> readable = caller.readable();
        if (readable != null) {
            // Only the organisations the caller acts for; an empty set matches nothing.
            add(where, params, "a.organisationId in :readable", "readable",
                    readable.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : readable);
        }
        add(where, params, "a.organisationId = :organisation", "organisation", f.organisation());
        add(where, params, "a.siteId = :site", "site", f.site());
        add(where, params, "a.lineageId = :lineage", "lineage", f.lineage());
        add(where, params, "a.standardId = :standard", "standard", f.standard());
        add(where, params, "a.edition = :edition", "edition", f.edition());
        add(where, params, "a.overallResult = :result", "result", f.result());
        add(where, params, "a.assessedOn >= :from", "from", f.from());
        add(where, params, "a.assessedOn <= :to", "to", f.to());
        if (!f.allVersions()) {
            where.append(" and not exists (select 1 from Assessment n where n.supersedesId = a.id)");
        }
        var count = em.createQuery("select count(a) from Assessment a" + where, Long.class);
        var rows = em.createQuery("select new org.pashm.app.assessment.AssessmentView$Summary(a.id, a.lineageId, "
                + "a.version, a.supersedesId, (select n.id from Assessment n where n.supersedesId = a.id), "
                + "a.organisationId, a.siteId, a.standardId, a.edition, a.productionSystem, a.assessedOn, a.assessor, "
                + "a.submittedAt, a.overallResult, a.conformant) from Assessment a" + where
                + " order by a.assessedOn desc, a.submittedAt desc, a.id", AssessmentView.Summary.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<AssessmentView.Summary> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        return org.pashm.app.web.Page.of(items, paging, total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    // ---- reproduction ---------------------------------------------------------------------------------------

    /** Whether the stored report is what the loaded modules produce again from the stored observations. */
    public record Reproduction(UUID assessment, boolean reproduced, boolean sameModuleVersions,
                               Map<String, String> storedModules, Map<String, String> loadedModules,
                               List<String> differences) {
    }

    public Reproduction reproduce(UUID id) {
        Assessment a = find(id);
        try {
            // The stored observations are in the submission's format (see canonical), so they bind as submitted.
            List<RawObservation> raw = json.readValue(a.observations,
                    new TypeReference<List<SubmissionRequest.ObservationRequest>>() { }).stream()
                    .map(SubmissionRequest.ObservationRequest::raw).toList();
            Vocabulary.Validation v = registry.vocabulary().validate(raw);
            StandardRef ref = StandardRef.of(a.standardId, a.edition);
            Map<String, String> storedModules = json.readValue(a.moduleVersions,
                    json.getTypeFactory().constructMapType(TreeMap.class, String.class, String.class));
            Map<String, String> loaded = new TreeMap<>(registry.moduleVersions(ref));
            if (!v.isValid() || registry.standard(ref).isEmpty()) {
                return new Reproduction(id, false, storedModules.equals(loaded), storedModules, loaded,
                        List.of("the stored observations no longer pass the vocabulary: " + v.problems()));
            }
            Report again = registry.evaluate(ref, ProductionSystem.fromCode(a.productionSystem), a.assessedOn,
                    v.observations());
            if (!Reports.isData(a)) {
                return new Reproduction(id, false, storedModules.equals(loaded), storedModules, loaded,
                        List.of("the report was stored in English before reports were data, so it cannot be compared "
                                + "finding by finding"));
            }
            Map<String, Object> stored = document(a.report);
            Map<String, Object> fresh = document(reports.stored(again));
            List<String> differences = fresh.keySet().stream()
                    .filter(member -> !fresh.get(member).equals(stored.get(member))).toList();
            return new Reproduction(id, differences.isEmpty(), storedModules.equals(loaded), storedModules, loaded,
                    differences);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored assessment " + id + " cannot be read", e);
        }
    }

    /** A stored JSON document's members, as plain maps, lists and scalars that compare by value. */
    private Map<String, Object> document(String text) throws java.io.IOException {
        return json.readValue(text, json.getTypeFactory().constructMapType(java.util.LinkedHashMap.class,
                String.class, Object.class));
    }
}
