package org.pashm.core.iso22786;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * The harvest rule both production systems share (5.20.1, 6.20.1): cashmere is harvested in the moult, which the
 * draft gives as a window of the year that varies with the year and the place. A harvest inside the window conforms
 * unless the goats were found not to be moulting; one outside it conforms only while they were attested moulting.
 * Each section module gives its window, its words for it and the draft's reason the moult varies.
 */
public final class Iso22786Harvest {

    private Iso22786Harvest() {
    }

    static final Sentence IN_WINDOW_NOT_MOULTING = Sentence.of("iso-22786/harvest/in-window-not-moulting",
            "harvested on {day}, within {window}, but the goats were found not to be moulting.", "day", "window");
    static final Sentence IN_THE_MOULT = Sentence.of("iso-22786/harvest/in-the-moult",
            "harvested on {day}, within the moult of {window}.", "day", "window");
    static final Sentence OUTSIDE_BUT_MOULTING = Sentence.of("iso-22786/harvest/outside-but-moulting",
            "harvested on {day}, outside {window}, while the goats were moulting ({why}).", "day", "window", "why");
    static final Sentence OUTSIDE_THE_MOULT = Sentence.of("iso-22786/harvest/outside-the-moult",
            "harvested on {day}, outside the moult of {window}, and the goats were not attested to be moulting.",
            "day", "window");

    /** The sentences of {@link #inTheMoult}, for core's bundles. */
    public static final List<Sentence> SENTENCES = List.of(IN_WINDOW_NOT_MOULTING, IN_THE_MOULT, OUTSIDE_BUT_MOULTING,
            OUTSIDE_THE_MOULT);

    /**
     * @param date        the day the harvest began
     * @param moulting    the auditor's attestation that the goats were moulting when harvested
     * @param window      the window in words ("mid-April to mid-June"), a text of the module's bundles
     * @param whyItVaries why a harvest outside the window can still be in the moult, in the draft's words
     */
    public static Rule.Draft inTheMoult(String statement, SubjectKind session, EvidenceCode date,
                                        EvidenceCode moulting, MonthDay opens, MonthDay closes, Sentence window,
                                        Sentence whyItVaries) {
        Message windowWords = window.message();
        Message why = whyItVaries.message();
        return Rules.custom("moulting-season", statement, Method.MEASUREMENT, session, Set.of(date, moulting), e -> {
            LocalDate day = e.date(date);
            if (day == null) {
                return Rules.notObserved(date);
            }
            Boolean attested = e.attested(moulting);
            List<Fact> facts = attested == null ? List.of(Fact.of(date, day))
                    : List.of(Fact.of(date, day), Fact.of(moulting, attested));
            MonthDay on = MonthDay.from(day);
            if (!on.isBefore(opens) && !on.isAfter(closes)) {
                return Boolean.FALSE.equals(attested)
                        ? Verdict.notMet(facts, IN_WINDOW_NOT_MOULTING.with(day, windowWords))
                        : Verdict.met(facts, IN_THE_MOULT.with(day, windowWords));
            }
            return Boolean.TRUE.equals(attested)
                    ? Verdict.met(facts, OUTSIDE_BUT_MOULTING.with(day, windowWords, why))
                    : Verdict.notMet(facts, OUTSIDE_THE_MOULT.with(day, windowWords));
        }).says(IN_WINDOW_NOT_MOULTING, IN_THE_MOULT, OUTSIDE_BUT_MOULTING, OUTSIDE_THE_MOULT, window, whyItVaries);
    }
}
