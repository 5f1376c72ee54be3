package org.pashm.app.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.problem.Problems;
import org.pashm.core.standard.ClauseNumber;

/**
 * Refuses to delete what is kept before its retention (clause 11, a bag's 5.26.3.2) ends: 409 with the clause and
 * the first day it may go ({@code retentionEndsOn}), or {@code permanent: true}.
 */
public final class RetentionGuard {

    private RetentionGuard() {
    }

    /** A bag's data, kept as traceability's {@link org.pashm.traceability.Retention} says, from its harvest day. */
    public static void check(org.pashm.traceability.Retention retention, LocalDate recordedOn, LocalDate today,
                             String what) {
        check(retention.code(), retention.clauses().stream().map(ClauseNumber::toString).toList(),
                retention.period().orElse(null), recordedOn, retention.endsAfter(recordedOn).orElse(null), today,
                what);
    }

    /**
     * @param period     the minimum time kept; null when kept permanently
     * @param endsOn     the first day it may be deleted; null when never
     */
    public static void check(String code, List<String> clauses, Period period, LocalDate recordedOn,
                             LocalDate endsOn, LocalDate today, String what) {
        if (endsOn != null && !today.isBefore(endsOn)) {
            return;
        }
        String cited = String.join(" and ", clauses);
        ProblemException p;
        if (endsOn == null) {
            p = Problems.conflict("retention-not-ended", "Record kept permanently", what + " is kept permanently "
                    + "(ISO 22786 " + cited + "); it cannot be deleted.").with("permanent", true);
        } else {
            p = Problems.conflict("retention-not-ended", "Retention not ended", what + " recorded on " + recordedOn
                    + " is kept at least " + org.pashm.core.evaluation.Periods.words(period) + " (ISO 22786 " + cited
                    + "); it may be deleted from " + endsOn + ".").with("retentionEndsOn", endsOn.toString());
        }
        throw p.with("clause", clauses.get(0)).with("retention", code).with("recordedOn", recordedOn.toString());
    }
}
