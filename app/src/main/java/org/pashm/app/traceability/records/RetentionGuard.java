package org.pashm.app.traceability.records;

import java.time.LocalDate;
import java.util.Optional;
import org.pashm.app.traceability.web.TraceProblem;
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
        TraceProblem p;
        if (ends.isEmpty()) {
            p = new TraceProblem("retention-not-ended", "Record kept permanently", 409, what + " is kept permanently "
                    + "(ISO 22786 " + clauses + "); it cannot be deleted.", null).with("permanent", true);
        } else {
            p = new TraceProblem("retention-not-ended", "Retention not ended", 409, what + " recorded on " + recordedOn
                    + " is kept at least " + retention.period().orElseThrow().getYears() + " years (ISO 22786 "
                    + clauses + "); it may be deleted from " + ends.get() + ".", null)
                    .with("retentionEndsOn", ends.get().toString());
        }
        throw p.with("clause", retention.clause()).with("retention", retention.code())
                .with("recordedOn", recordedOn.toString()).exception();
    }
}
