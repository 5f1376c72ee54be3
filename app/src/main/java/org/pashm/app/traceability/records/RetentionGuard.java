package org.pashm.app.traceability.records;

import java.time.LocalDate;
import java.util.Optional;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.problem.Problems;
import org.pashm.traceability.Retention;

/**
 * Refuses to delete a record before its retention (clause 11, {@link Retention}) ends: 409 with the clause and the
 * first day the record may go ({@code retentionEndsOn}), or {@code permanent: true}.
 */
public final class RetentionGuard {

    private RetentionGuard() {
    }

    public static void check(Retention retention, LocalDate recordedOn, LocalDate today, String what) {
        if (retention.allowsDeletion(recordedOn, today)) {
            return;
        }
        Optional<LocalDate> ends = retention.endsAfter(recordedOn);
        String clauses = String.join(" and ", retention.clauses().stream().map(Object::toString).toList());
        ProblemException p;
        if (ends.isEmpty()) {
            p = Problems.conflict("retention-not-ended", "Record kept permanently", what + " is kept permanently "
                    + "(ISO 22786 " + clauses + "); it cannot be deleted.").with("permanent", true);
        } else {
            p = Problems.conflict("retention-not-ended", "Retention not ended", what + " recorded on " + recordedOn
                    + " is kept at least " + retention.period().orElseThrow().getYears() + " years (ISO 22786 "
                    + clauses + "); it may be deleted from " + ends.get() + ".")
                    .with("retentionEndsOn", ends.get().toString());
        }
        throw p.with("clause", retention.clause()).with("retention", retention.code())
                .with("recordedOn", recordedOn.toString());
    }
}
