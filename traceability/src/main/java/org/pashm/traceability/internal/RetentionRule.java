package org.pashm.traceability.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Periods;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.traceability.Retention;

/**
 * Whether a site still holds a kind of record for as long as clause 11 says, judged from two dates: the day from
 * which it holds every record of the kind ("held since"), and the day it made its first one ("begun").
 *
 * <p>Records held back to the first one conform whatever the retention. Otherwise records made before "held since"
 * may have been deleted, which conforms only when the retention of a record made the day before has ended on the
 * assessment day ({@link Retention#allowsDeletion}, the same test as the app's delete guard); never for permanent
 * records.
 */
final class RetentionRule {

    private RetentionRule() {
    }

    static final Sentence BACK_TO_FIRST = Sentence.of("traceability/retention/back-to-first",
            "{records} are held since {held}, back to the first one on {first}: none has been deleted.",
            "records", "held", "first");
    static final Sentence OLDER_MAY_GO = Sentence.of("traceability/retention/older-may-go",
            "{records} are held since {held}; those made before may be deleted, being older than {period} on "
                    + "{assessedOn}.", "records", "held", "period", "assessedOn");
    static final Sentence FIRST_UNKNOWN = Sentence.of("traceability/retention/first-unknown",
            "{records} are held only since {held} and the day the first one was made was not given, so whether older "
                    + "ones were deleted too early cannot be judged.", "records", "held");
    static final Sentence KEPT_PERMANENTLY = Sentence.of("traceability/retention/kept-permanently",
            "{records} are held only since {held} although the first was made on {first}; they are kept permanently.",
            "records", "held", "first");
    static final Sentence DELETED_TOO_EARLY = Sentence.of("traceability/retention/deleted-too-early",
            "{records} are held only since {held} although the first was made on {first}; those made on {missing} "
                    + "are kept until {keptUntil} ({period}).", "records", "held", "first", "missing", "keptUntil",
            "period");

    /**
     * @param records what is kept, in words for explanations ("the site's records")
     */
    static Rule.Draft heldFor(String id, Retention retention, EvidenceCode heldSince, EvidenceCode begun,
                              String records) {
        String statement = retention.period()
                .map(p -> records + " held for at least " + Periods.words(p) + " (or back to the first one)")
                .orElse(records + " held permanently, back to the first one");
        Sentence recordsText = Sentence.text("traceability/retention/" + heldSince.code() + "/records", records);
        Message what = recordsText.message();
        return Rules.custom(id, statement, Method.MEASUREMENT, SubjectKind.SITE, Set.of(heldSince, begun), e -> {
            LocalDate held = e.date(heldSince);
            if (held == null) {
                return Rules.notObserved(heldSince);
            }
            LocalDate first = e.date(begun);
            List<Fact> facts = first == null ? List.of(Fact.of(heldSince, held))
                    : List.of(Fact.of(heldSince, held), Fact.of(begun, first));
            if (first != null && !held.isAfter(first)) {
                return Verdict.met(facts, BACK_TO_FIRST.with(what, held, first));
            }
            Period period = retention.period().orElse(null);
            LocalDate lastMissing = held.minusDays(1);
            if (period != null && retention.allowsDeletion(lastMissing, e.assessedOn())) {
                return Verdict.met(facts, OLDER_MAY_GO.with(what, held, period, e.assessedOn()));
            }
            if (first == null) {
                return Verdict.missing(FIRST_UNKNOWN.with(what, held));
            }
            return Verdict.notMet(facts, period == null ? KEPT_PERMANENTLY.with(what, held, first)
                    : DELETED_TOO_EARLY.with(what, held, first, lastMissing, lastMissing.plus(period), period));
        }).says(BACK_TO_FIRST, OLDER_MAY_GO, FIRST_UNKNOWN, KEPT_PERMANENTLY, DELETED_TOO_EARLY, recordsText);
    }
}
