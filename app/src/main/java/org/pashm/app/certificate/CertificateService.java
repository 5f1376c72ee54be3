package org.pashm.app.certificate;

import org.pashm.app.web.Received;
import org.pashm.app.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pashm.app.assessment.Assessment;
import org.pashm.app.assessment.AssessmentService;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.duty.Duty;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.StandardRef;

/**
 * Issues certificates from conformant assessments and withdraws them. A certificate can be issued only from the
 * current version of an assessment whose standard certifies (its module says so, and for how long), whose overall
 * result is conformant under that standard's decision rule, and whose lineage holds no certificate still in force;
 * it expires the standard's validity after the day it is issued. Certificates and withdrawals are only ever added.
 */
@ApplicationScoped
public class CertificateService {

    @Inject
    org.pashm.app.security.Caller caller;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Registry registry;

    @Inject
    AssessmentService assessments;

    @Inject
    EntityManager em;

    @Inject
    DatabaseErrors databaseErrors;


    /**
     * Issues a certificate; runs in the caller's transaction. The body's problems and those only the stored
     * assessment tells (none such, a day of issue before it or too long after it) are one answer.
     */
    public CertificateView issue(Received<CertificateRequest> received) {
        Certificate c = validated(received);
        c.persist();
        databaseErrors.flush();
        return view(c, null);
    }

    private Certificate validated(Received<CertificateRequest> received) {
        Assessment[] assessed = new Assessment[1];
        Certification[] certifies = new Certification[1];
        LocalDate[] issued = new LocalDate[1];
        CertificateRequest request = received.check((r, errors) -> {
            LocalDate issuedOn = r.issuedOn();
            boolean dayRefused = errors.has("/issuedOn"); // not a date: no rule of the day applies
            if (!dayRefused && issuedOn != null && issuedOn.isAfter(farmCalendar.latestDateOnEarth())) {
                errors.add("/issuedOn", Rule.IN_THE_FUTURE, "issuedOn " + issuedOn + " is in the future");
                dayRefused = true;
            }
            Assessment a = null;
            if (r.assessment() != null && !errors.has("/assessment")) {
                a = Assessment.findById(r.assessment());
                // Certified by an auditor assigned to the organisation (or an administrator); to others it is unknown.
                if (a != null && !caller.mayAssess(a.organisationId)) {
                    a = null;
                }
                if (a == null) {
                    errors.add("/assessment", Rule.UNKNOWN_ASSESSMENT, "there is no assessment " + r.assessment());
                }
            }
            LocalDate day = issuedOn == null ? farmCalendar.today() : issuedOn;
            issued[0] = day;
            assessed[0] = a;
            if (a != null) {
                StandardRef ref = StandardRef.of(a.standardId, a.edition);
                Certification certification = registry.certification(ref).orElse(null);
                certifies[0] = certification;
                if (certification == null || dayRefused) {
                    return;
                }
                if (day.isBefore(a.assessedOn)) {
                    errors.add("/issuedOn", Rule.BEFORE_ASSESSMENT, "issuedOn " + day + " is before the "
                            + "assessment it certifies (" + a.assessedOn + ")");
                } else if (!day.isBefore(certification.expiresOn(a.assessedOn))) {
                    errors.add("/issuedOn", Rule.ASSESSMENT_TOO_OLD, "the assessment of " + a.assessedOn
                            + " is " + certification.validityWords() + " or more before issuedOn " + day
                            + ": a certificate would outlast its evidence; assess the site again");
                }
            }
        });
        Assessment a = assessed[0];
        Certification certification = certifies[0];
        LocalDate day = issued[0];
        String issuedBy = request.issuedBy();
        StandardRef ref = StandardRef.of(a.standardId, a.edition);
        if (certification == null) {
            throw state(Rule.NOT_CERTIFYING, "Standard does not certify", ref + " does not certify: no module declares "
                    + "how long its certificates last. Standards that certify: " + certifying() + ".");
        }
        UUID newer = assessments.supersededBy(a.id);
        if (newer != null) {
            throw state(Rule.SUPERSEDED, "Assessment corrected", "Assessment " + a.id + " was corrected by " + newer
                    + "; certify the current version.");
        }
        if (!a.conformant) {
            throw state(Rule.NOT_CONFORMANT, "Assessment not conformant", "Assessment " + a.id + " is '"
                    + a.overallResult + "' under " + ref + "'s decision rule; only a conformant assessment can be "
                    + "certified.");
        }
        Certificate earlier = Certificate.find("assessmentId", a.id).firstResult();
        if (earlier != null) {
            throw state(Rule.ALREADY_CERTIFIED, "Already certified", "Assessment " + a.id + " already had certificate "
                    + earlier.id + ", since withdrawn; a new certificate needs a new assessment or a correction.");
        }
        Optional<Certificate> inForce = inForce(a.lineageId);
        if (inForce.isPresent()) {
            throw state(Rule.ALREADY_CERTIFIED, "Already certified", "Assessment " + a.id + " (or an earlier version of "
                    + "it) already has certificate " + inForce.get().id + ", not withdrawn; withdraw it first.");
        }
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.organisationId = a.organisationId;
        c.siteId = a.siteId;
        c.assessmentId = a.id;
        c.standardId = a.standardId;
        c.edition = a.edition;
        c.issuedOn = day;
        c.expiresOn = certification.expiresOn(day);
        c.validity = certification.validity().toString();
        c.issuedBy = issuedBy;
        c.issuedAt = farmCalendar.now();
        return c;
    }

    /** 409 for an assessment that cannot be certified; the problem's type and the error's rule share the code. */
    private static RuntimeException state(Rule rule, String title, String detail) {
        return Problems.invalid(409, rule.code(), title, detail, List.of(FieldError.body("/assessment", rule, detail)));
    }

    private String certifying() {
        String list = registry.standards().stream().filter(s -> registry.certification(s.ref()).isPresent())
                .map(s -> s.ref().toString()).collect(Collectors.joining(", "));
        return list.isEmpty() ? "none" : list;
    }

    private Optional<Certificate> inForce(UUID lineage) {
        return em.createQuery("""
                        select c from Certificate c, Assessment a
                        where c.assessmentId = a.id and a.lineageId = :lineage
                          and not exists (select 1 from CertificateWithdrawal w where w.certificateId = c.id)""",
                Certificate.class).setParameter("lineage", lineage).getResultStream().findFirst();
    }

    // ---- withdrawal -----------------------------------------------------------------------------------------

    /**
     * Withdraws certificate {@code id}; runs in the caller's transaction. The body's problems and a day before the
     * stored certificate's issue are one answer.
     */
    public CertificateView withdraw(UUID id, Received<WithdrawalRequest> received) {
        Certificate c = find(id);
        LocalDate[] withdrawn = new LocalDate[1];
        WithdrawalRequest request = received.check((r, errors) -> {
            if (errors.has("/withdrawnOn")) {
                return; // not a date, and reported
            }
            LocalDate day = r.withdrawnOn() == null ? farmCalendar.today() : r.withdrawnOn();
            withdrawn[0] = day;
            if (day.isAfter(farmCalendar.latestDateOnEarth())) {
                errors.add("/withdrawnOn", Rule.IN_THE_FUTURE, "withdrawnOn " + day + " is in the future");
            } else if (day.isBefore(c.issuedOn)) {
                errors.add("/withdrawnOn", Rule.BEFORE_ISSUE, "withdrawnOn " + day + " is before the "
                        + "certificate was issued (" + c.issuedOn + ")");
            }
        });
        LocalDate day = withdrawn[0];
        if (withdrawal(id) != null) {
            throw Problems.conflict("already-withdrawn", "Already withdrawn", "Certificate " + id
                    + " was already withdrawn.");
        }
        CertificateWithdrawal w = new CertificateWithdrawal();
        w.id = UUID.randomUUID();
        w.organisationId = c.organisationId;
        w.certificateId = c.id;
        w.withdrawnOn = day;
        w.reason = request.reason();
        w.withdrawnAt = farmCalendar.now();
        w.persist();
        databaseErrors.flush();
        return view(c, w);
    }

    // ---- reading --------------------------------------------------------------------------------------------

    public Certificate find(UUID id) {
        Certificate c = Certificate.findById(id);
        if (c == null) {
            throw Problems.notFound("unknown-certificate", "Unknown certificate", "There is no certificate " + id + ".");
        }
        return c;
    }

    CertificateWithdrawal withdrawal(UUID certificate) {
        return em.createQuery("select w from CertificateWithdrawal w where w.certificateId = :c",
                CertificateWithdrawal.class).setParameter("c", certificate).getResultStream().findFirst().orElse(null);
    }

    public CertificateView view(UUID id) {
        Certificate c = find(id);
        return view(c, withdrawal(id));
    }

    CertificateView view(Certificate c, CertificateWithdrawal w) {
        LocalDate today = farmCalendar.today();
        String status = w != null ? "withdrawn" : today.isBefore(c.expiresOn) ? "valid" : "expired";
        StandardRef ref = StandardRef.of(c.standardId, c.edition);
        CertificateView.Renewal renewal = registry.certification(ref).map(cert -> {
            String recurrence = registry.duties().stream().filter(d -> d.standard().equals(ref)
                    && d.id().equals(cert.renewalDuty())).map(Duty::recurrence).map(r -> r.words()).findFirst()
                    .orElse(null);
            return new CertificateView.Renewal(cert.renewalDuty(), c.expiresOn, recurrence);
        }).orElse(null);
        return new CertificateView(c.id, c.organisationId, c.siteId, c.assessmentId,
                assessments.supersededBy(c.assessmentId) == null, c.standardId, c.edition, c.issuedOn, c.expiresOn,
                c.validity, c.issuedBy, c.issuedAt, status,
                w == null ? null : new CertificateView.Withdrawal(w.withdrawnOn, w.reason, w.withdrawnAt),
                w == null ? renewal : null,
                new CertificateView.Links("/certificates/" + c.id, "/assessments/" + c.assessmentId,
                        "/sites/" + c.siteId, "/certificates/" + c.id + "/withdrawal"));
    }

    /** Filters of a listing; null fields do not filter. */
    public record Filter(UUID organisation, UUID site, String standard, String edition, String status,
                         LocalDate expiresBefore) {
    }

    public Page<CertificateView> list(Filter f, Paging paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new TreeMap<>();
        java.util.Set<UUID> readable = caller.readable();
        if (readable != null) {
            add(where, params, "c.organisationId in :readable", "readable",
                    readable.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : readable);
        }
        add(where, params, "c.organisationId = :organisation", "organisation", f.organisation());
        add(where, params, "c.siteId = :site", "site", f.site());
        add(where, params, "c.standardId = :standard", "standard", f.standard());
        add(where, params, "c.edition = :edition", "edition", f.edition());
        add(where, params, "c.expiresOn < :expiresBefore", "expiresBefore", f.expiresBefore());
        String withdrawn = "exists (select 1 from CertificateWithdrawal w where w.certificateId = c.id)";
        if (f.status() != null) {
            switch (f.status()) {
                case "withdrawn" -> where.append(" and ").append(withdrawn);
                case "valid" -> add(where, params, "not " + withdrawn + " and c.expiresOn > :today", "today",
                        farmCalendar.today());
                case "expired" -> add(where, params, "not " + withdrawn + " and c.expiresOn <= :today", "today",
                        farmCalendar.today());
                default -> throw new IllegalArgumentException(f.status());
            }
        }
        var count = em.createQuery("select count(c) from Certificate c" + where, Long.class);
        var rows = em.createQuery("select c from Certificate c" + where + " order by c.expiresOn, c.issuedAt, c.id",
                Certificate.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Certificate> found = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Map<UUID, CertificateWithdrawal> withdrawals = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select w from CertificateWithdrawal w where w.certificateId in :ids",
                    CertificateWithdrawal.class).setParameter("ids", found.stream().map(c -> c.id).toList())
                    .getResultList().forEach(w -> withdrawals.put(w.certificateId, w));
        }
        return Page.of(found.stream().map(c -> view(c, withdrawals.get(c.id))).toList(), paging, total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
