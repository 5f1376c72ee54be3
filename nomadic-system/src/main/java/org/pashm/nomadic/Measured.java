package org.pashm.nomadic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * A limit the draft sets but the module first checked only by attestation ("dung ... dried daily"): judged from the
 * measurement when it is given, and from the auditor's attestation only when the measurement cannot judge (not, or
 * not fully, observed). One rule, so the sentence gives one finding, and a household that measures is judged by its
 * measurement.
 */
final class Measured {

    private Measured() {
    }

    /**
     * @param measured  the limit on the measured values, whose id and statement the rule keeps
     * @param measures  the codes the measured limit reads
     * @param attested  the attestation the rule falls back on
     */
    static Rule.Draft orAttested(Rule.Draft measured, List<EvidenceCode> measures, EvidenceCode attested,
                                 SubjectKind kind) {
        Rule.Draft attestation = Rules.attested(measured.id(), attested);
        Set<EvidenceCode> reads = new LinkedHashSet<>(measures);
        reads.add(attested);
        return Rules.custom(measured.id(), measured.statement() + " (else attested: " + lower(attested.label()) + ")",
                Method.MEASUREMENT, kind, reads, e -> {
                    Verdict byMeasurement = measured.judge().judge(e);
                    return byMeasurement.status() == Verdict.Status.MISSING && e.attested(attested) != null
                            ? attestation.judge().judge(e)
                            : byMeasurement;
                });
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
