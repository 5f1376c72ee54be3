package org.pashm.core.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 */
public final class SubjectEvidence {

    private final Evidence evidence;
    private final Subject subject;
    private final EvaluationContext context;

    SubjectEvidence(Evidence evidence, Subject subject, EvaluationContext context) {
        this.evidence = evidence;
        this.subject = subject;
        this.context = context;
    }

    /** For tests of a single rule. */
    public static SubjectEvidence of(Evidence evidence, Subject subject, EvaluationContext context) {
        return new SubjectEvidence(evidence, subject, context);
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
        return subject.equals(Subject.SITE) ? this : new SubjectEvidence(evidence, Subject.SITE, context);
    }

    public Observation observation(EvidenceCode code) {
        return evidence.get(subject, code.code());
    }

    /** The quantity in the code's canonical unit, or null. */
    public BigDecimal quantity(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : ((Value.Quantity) o.value()).value();
    }

    public Long count(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : ((Value.Count) o.value()).value();
    }

    public Boolean attested(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : ((Value.Attestation) o.value()).value();
    }

    public LocalDate date(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : ((Value.Date) o.value()).value();
    }

    public String choice(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : ((Value.Choice) o.value()).value();
    }

    /** The value displayed for facts: "24 mg/m3", "yes". */
    public String display(EvidenceCode code) {
        Observation o = observation(code);
        return o == null ? null : o.value().display();
    }

    Boolean attestedHereOrOnSite(EvidenceCode code) {
        Boolean b = code.takes(subject.kind()) ? attested(code) : null;
        return b != null || !code.takes(Subject.SITE.kind()) ? b : site().attested(code);
    }

    String choiceHereOrOnSite(EvidenceCode code) {
        String c = code.takes(subject.kind()) ? choice(code) : null;
        return c != null || !code.takes(Subject.SITE.kind()) ? c : site().choice(code);
    }

    Long countHereOrOnSite(EvidenceCode code) {
        Long n = code.takes(subject.kind()) ? count(code) : null;
        return n != null || !code.takes(Subject.SITE.kind()) ? n : site().count(code);
    }
}
