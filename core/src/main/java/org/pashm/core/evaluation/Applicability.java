package org.pashm.core.evaluation;

import org.pashm.core.text.Message;
import org.pashm.core.text.Terms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pashm.core.evidence.EvidenceCode;

/**
 * Decides whether a rule applies to a subject at all: the shearing rules do not apply to a combing session; the
 * transport rules do not apply to a farm that moves no goats by vehicle. When the evidence that decides it is
 * missing the rule applies, and is judged (or found not assessed) on its own evidence.
 *
 * @param reads the codes the condition looks at
 * @param test  returns null when the rule applies, otherwise the reason it does not
 */
public record Applicability(Set<String> reads, Function<SubjectEvidence, Message> test) {

    public Applicability {
        reads = Set.copyOf(reads);
    }

    /** The reason the rule does not apply to this subject, or null when it applies. */
    public Message notApplicableBecause(SubjectEvidence evidence) {
        return test.apply(evidence);
    }

    public Applicability and(Applicability other) {
        Set<String> both = new HashSet<>(reads);
        both.addAll(other.reads);
        return new Applicability(both, e -> {
            Message reason = notApplicableBecause(e);
            return reason != null ? reason : other.notApplicableBecause(e);
        });
    }

    /** Applies unless the subject (or else the site) has {@code code} attested "no". */
    public static Applicability whenAttested(EvidenceCode code) {
        Message reason = Sentences.ATTESTED_AS_NO.with(Terms.label(code));
        return new Applicability(Set.of(code.code()), e -> {
            Boolean b = e.attestedHereOrOnSite(code);
            return Boolean.FALSE.equals(b) ? reason : null;
        });
    }

    /** Applies unless the subject (or else the site) has {@code code} attested "yes". */
    public static Applicability unlessAttested(EvidenceCode code) {
        Message reason = Sentences.ATTESTED_AS_YES.with(Terms.label(code));
        return new Applicability(Set.of(code.code()), e -> {
            Boolean b = e.attestedHereOrOnSite(code);
            return Boolean.TRUE.equals(b) ? reason : null;
        });
    }

    /** Applies when the subject's (or else the site's) choice for {@code code} is one of {@code choices}. */
    public static Applicability whenChoice(EvidenceCode code, String... choices) {
        List<String> accepted = List.of(choices);
        // The reason for each choice that excludes the rule, worded once ("harvest method is shearing").
        Map<String, Message> reasons = new HashMap<>();
        Message label = Terms.label(code);
        for (String c : code.choices()) {
            if (!accepted.contains(c)) {
                reasons.put(c, Sentences.CHOICE_IS.with(label, Terms.choice(code, c)));
            }
        }
        return new Applicability(Set.of(code.code()), e -> {
            String c = e.choiceHereOrOnSite(code);
            if (c == null) {
                return null;
            }
            Message reason = reasons.get(c);
            return reason != null || accepted.contains(c) ? reason : Sentences.CHOICE_IS.with(label, c);
        });
    }

    /**
     * Applies unless every one of {@code codes} is attested "no" (on the subject, or else the site): "the farm
     * transports goats by vehicle or receives them".
     *
     * @param reason the words of the "not applicable" finding, a text of the declaring module's bundles
     */
    public static Applicability whenAnyAttested(Message reason, EvidenceCode... codes) {
        Set<String> reads = new java.util.LinkedHashSet<>();
        for (EvidenceCode c : codes) {
            reads.add(c.code());
        }
        EvidenceCode[] list = codes.clone();
        return new Applicability(reads, e -> {
            for (EvidenceCode c : list) {
                if (!Boolean.FALSE.equals(e.attestedHereOrOnSite(c))) {
                    return null;
                }
            }
            return reason;
        });
    }

    /**
     * Applies to a measurement of {@code code} taken in {@code season} (on the day the observation gives, else the
     * day of the assessment): a summer limit judges what was measured in summer. Without the measurement the rule
     * does not apply; the season's own record (the summer's highest temperature, say) is judged by its own rule.
     */
    public static Applicability measuredIn(Season season, EvidenceCode code) {
        Message label = Terms.label(code);
        Message none = Sentences.NOT_MEASURED_IN.with(label, season.term());
        return new Applicability(Set.of(code.code()), e -> {
            java.time.LocalDate day = e.observedOn(code);
            if (day == null) {
                return none;
            }
            Season taken = Season.of(day);
            return taken == season ? null
                    : Sentences.MEASURED_IN_OTHER.with(label, day, taken.term(), season.term());
        });
    }

    /** Applies unless the subject's (or else the site's) count for {@code code} is zero. */
    public static Applicability whenAny(EvidenceCode code) {
        Message reason = Sentences.COUNTED_NONE.with(Terms.label(code));
        return new Applicability(Set.of(code.code()), e -> {
            Long n = e.countHereOrOnSite(code);
            return n != null && n == 0 ? reason : null;
        });
    }
}
