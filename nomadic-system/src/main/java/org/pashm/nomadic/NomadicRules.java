package org.pashm.nomadic;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * Rule shapes clause 6 needs that core's {@link Rules} does not offer: a count that must be exactly a number (three
 * legs tied), a date within a window of the calendar (the moulting season), and a rule that waits for the observation
 * saying what its subject is (a feeder's type) before it judges. Built from {@link Rules#custom}; judges stay cheap.
 */
final class NomadicRules {

    private NomadicRules() {
    }

    /** The count shall be exactly {@code n}. */
    static Rule.Draft exactly(String id, EvidenceCode count, long n) {
        String shown = Long.toString(n);
        return Rules.custom(id, count.label() + " exactly " + shown, Method.MEASUREMENT, kindOf(count), Set.of(count),
                e -> {
                    Long v = e.count(count);
                    if (v == null) {
                        return Rules.notObserved(count);
                    }
                    List<Fact> facts = List.of(new Fact(count.code(), Long.toString(v)));
                    return v == n
                            ? Verdict.met(facts, count.label() + " is " + v + ", as required.")
                            : Verdict.notMet(facts, count.label() + " is " + v + "; it shall be " + shown + ".");
                });
    }

    /** The count shall lie within {@code min..max}, both included (a comb of 12 to 14 teeth). */
    static Rule.Draft countBetween(String id, EvidenceCode count, long min, long max) {
        String range = min + " to " + max;
        return Rules.custom(id, count.label() + " from " + range, Method.MEASUREMENT, kindOf(count), Set.of(count),
                e -> {
                    Long v = e.count(count);
                    if (v == null) {
                        return Rules.notObserved(count);
                    }
                    List<Fact> facts = List.of(new Fact(count.code(), Long.toString(v)));
                    return v >= min && v <= max
                            ? Verdict.met(facts, count.label() + " is " + v + ", within " + range + ".")
                            : Verdict.notMet(facts, count.label() + " is " + v + ", outside " + range + ".");
                });
    }

    /**
     * The date shall fall within {@code opens..closes} (both included) of its own year: a harvest in the moulting
     * season, a castration at the end of May or early June.
     */
    static Rule.Draft withinWindow(String id, EvidenceCode date, MonthDay opens, MonthDay closes) {
        String window = words(opens) + " to " + words(closes);
        return Rules.custom(id, date.label() + " from " + window, Method.MEASUREMENT, kindOf(date), Set.of(date),
                e -> {
                    LocalDate d = e.date(date);
                    if (d == null) {
                        return Rules.notObserved(date);
                    }
                    MonthDay day = MonthDay.from(d);
                    List<Fact> facts = List.of(new Fact(date.code(), d.toString()));
                    return day.isBefore(opens) || day.isAfter(closes)
                            ? Verdict.notMet(facts, date.label() + " was " + d + ", outside " + window + ".")
                            : Verdict.met(facts, date.label() + " was " + d + ", within " + window + ".");
                });
    }

    /**
     * Judges {@code draft} only once {@code gate} (what the subject is) has been observed on the subject; without it
     * the finding is "not assessed", so an untyped feeder is not measured against every type's limits.
     */
    static Rule.Draft needs(EvidenceCode gate, Rule.Draft draft) {
        Set<String> reads = new LinkedHashSet<>(draft.reads());
        reads.add(gate.code());
        Rule.Judge inner = draft.judge();
        return new Rule.Draft(draft.id(), draft.statement(), draft.strength(), draft.method(), draft.subjectKind(),
                reads, draft.applicability(), e -> e.observation(gate) == null ? Rules.notObserved(gate) : inner.judge(e));
    }

    /** "15 March". */
    static String words(MonthDay day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static SubjectKind kindOf(EvidenceCode code) {
        if (code.subjectKinds().size() != 1) {
            throw new IllegalArgumentException(code.code() + " is observed on several kinds of subject");
        }
        return code.subjectKinds().iterator().next();
    }
}
