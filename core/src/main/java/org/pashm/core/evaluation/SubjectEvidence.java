package org.pashm.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Observation;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.Value;
import org.pashm.core.standard.ProductionSystem;

/**
 * The evidence a rule sees while judging one subject: that subject's observations, the site's, and the
 * assessment's context. Accessors return null when the code was not observed, which a rule turns into
 * {@link Verdict#missing}; a wrongly typed access is a programming error and throws.
 *
 * <p>One view is made per subject per evaluation and shared by every rule that judges the subject: it holds the
 * subject's observations directly (a lookup is one map access by code) and renders each value and the subject's
 * name at most once.
 */
public final class SubjectEvidence {

    private final Subject subject;
    private final Map<String, Observation> codes;
    private final EvaluationContext context;
    private final SubjectEvidence site;

    private SubjectEvidence(Subject subject, Map<String, Observation> codes, EvaluationContext context,
                            SubjectEvidence site) {
        this.subject = subject;
        this.codes = codes;
        this.context = context;
        this.site = site == null ? this : site;
    }

    /** For tests of a single rule, and for the engine: the view of {@code subject}, with the site's beside it. */
    public static SubjectEvidence of(Evidence evidence, Subject subject, EvaluationContext context) {
        SubjectEvidence site = new SubjectEvidence(Subject.SITE, evidence.of(Subject.SITE), context, null);
        return subject.equals(Subject.SITE) ? site : new SubjectEvidence(subject, evidence.of(subject), context, site);
    }

    /** Another subject's view that shares this one's site view. */
    SubjectEvidence sibling(Evidence evidence, Subject other) {
        return other.equals(Subject.SITE) ? site : new SubjectEvidence(other, evidence.of(other), context, site);
    }

    public Subject subject() {
        return subject;
    }

    public LocalDate assessedOn() {
        return context.assessedOn();
    }

    public ProductionSystem system() {
        return context.system();
    }

    /** The site-level evidence of the same assessment. */
    public SubjectEvidence site() {
        return site;
    }

    public Observation observation(EvidenceCode code) {
        return codes.get(code.code());
    }

    /**
     * The day {@code code} was observed on this subject: the day its observation gives, or else the day of the
     * assessment; null when it was not observed.
     */
    public LocalDate observedOn(EvidenceCode code) {
        Observation o = codes.get(code.code());
        if (o == null) {
            return null;
        }
        return o.observedOn() != null ? o.observedOn() : context.assessedOn();
    }

    /** The quantity in the code's canonical unit, or null. */
    public BigDecimal quantity(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : ((Value.Quantity) o.value()).value();
    }

    public Long count(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : ((Value.Count) o.value()).value();
    }

    public Boolean attested(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : ((Value.Attestation) o.value()).value();
    }

    public LocalDate date(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : ((Value.Date) o.value()).value();
    }

    public String choice(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : ((Value.Choice) o.value()).value();
    }

    /** The value observed for {@code code}, as given (in the code's canonical unit), or null. */
    public Value value(EvidenceCode code) {
        Observation o = codes.get(code.code());
        return o == null ? null : o.value();
    }

    // A code observed here takes this kind of subject (validation saw to it), so looking here first and then on
    // the site needs no check of the code's subject kinds.

    Boolean attestedHereOrOnSite(EvidenceCode code) {
        Boolean b = attested(code);
        return b != null || site == this ? b : site.attested(code);
    }

    String choiceHereOrOnSite(EvidenceCode code) {
        String c = choice(code);
        return c != null || site == this ? c : site.choice(code);
    }

    Long countHereOrOnSite(EvidenceCode code) {
        Long n = count(code);
        return n != null || site == this ? n : site.count(code);
    }
}
