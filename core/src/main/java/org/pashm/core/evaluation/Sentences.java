package org.pashm.core.evaluation;

import java.util.List;
import org.pashm.core.text.Sentence;

/**
 * The sentences core's rule shapes ({@link Rules}), the {@link Evaluator} and {@link Applicability} say, each with
 * its key and its English template (ICU MessageFormat). Arguments: {@code label} is the evidence code's label,
 * {@code value} what was observed (rounded beside the limit it is compared with), {@code limit} the figure the rule
 * gives; a {@code bound} is one of atMost, atLeast, above, below (ICU select keywords).
 */
public final class Sentences {

    private Sentences() {
    }

    private static final String BOUND_MET = "{bound, select, atMost {within the limit of} atLeast {meeting the "
            + "minimum of} above {more than} other {less than}}";
    private static final String BOUND_NOT_MET = "{bound, select, atMost {above the limit of} atLeast {below the "
            + "minimum of} above {not more than} other {not less than}}";

    public static final Sentence LIMIT_MET = Sentence.of("rule/limit/met",
            "{label} is {value}, " + BOUND_MET + " {limit}.", "label", "value", "bound", "limit");
    public static final Sentence LIMIT_NOT_MET = Sentence.of("rule/limit/not-met",
            "{label} is {value}, " + BOUND_NOT_MET + " {limit}.", "label", "value", "bound", "limit");
    public static final Sentence RANGE_WITHIN = Sentence.of("rule/range/within",
            "{label} is {value}, within {min} to {max}.", "label", "value", "min", "max");
    public static final Sentence RANGE_OUTSIDE = Sentence.of("rule/range/outside",
            "{label} is {value}, outside {min} to {max}.", "label", "value", "min", "max");
    public static final Sentence AS_REQUIRED = Sentence.of("rule/value/as-required",
            "{label} is {value}, as required.", "label", "value");
    public static final Sentence FIGURE_ROUNDED_MET = Sentence.of("rule/figure/rounded-met",
            "{label} is {value}, which is {figure} to the figure's last place.", "label", "value", "figure");
    public static final Sentence FIGURE_NOT_MET = Sentence.of("rule/figure/not-met",
            "{label} is {value}, not {figure}.", "label", "value", "figure");
    public static final Sentence FIGURE_ROUNDS_NOT_MET = Sentence.of("rule/figure/rounds-not-met",
            "{label} is {value}, which rounds to {rounded}, not {figure}.", "label", "value", "rounded", "figure");
    public static final Sentence EXACTLY_NOT_MET = Sentence.of("rule/exactly/not-met",
            "{label} is {value}; it shall be {required}.", "label", "value", "required");
    public static final Sentence NOT_OBSERVED = Sentence.of("rule/value/not-observed",
            "{label} was not observed, so this cannot be judged.", "label");

    public static final Sentence ATTESTED_YES = Sentence.of("rule/attestation/yes",
            "attested: {statement}.", "statement");
    public static final Sentence ATTESTED_NO = Sentence.of("rule/attestation/no",
            "attested as not so: {statement}.", "statement");
    public static final Sentence ATTESTATION_MISSING = Sentence.of("rule/attestation/missing",
            "no attestation was given that {statement}.", "statement");
    public static final Sentence PRACTICE_FOUND = Sentence.of("rule/practice/found",
            "the auditor found that {practice}, which is not allowed.", "practice");
    public static final Sentence PRACTICE_NOT_FOUND = Sentence.of("rule/practice/not-found",
            "the auditor found no case where {practice}.", "practice");
    public static final Sentence PRACTICE_UNSTATED = Sentence.of("rule/practice/unstated",
            "the auditor did not state whether {practice}.", "practice");

    public static final Sentence CHOICE_NOT_ONE_OF = Sentence.of("rule/choice/not-one-of",
            "{label} is {value}; it shall be one of {allowed}.", "label", "value", "allowed");
    public static final Sentence CHOICE_NOT_ALLOWED = Sentence.of("rule/choice/not-allowed",
            "{label} is {value}; that is not allowed.", "label", "value");

    public static final Sentence DATE_WITHIN = Sentence.of("rule/date/within",
            "{label} was on {date}, within {period} of the assessment on {assessedOn}.",
            "label", "date", "period", "assessedOn");
    public static final Sentence DATE_TOO_OLD = Sentence.of("rule/date/too-old",
            "{label} was on {date}, more than {period} before the assessment on {assessedOn}.",
            "label", "date", "period", "assessedOn");
    public static final Sentence WINDOW_WITHIN = Sentence.of("rule/window/within",
            "{label} was {date}, within {opens} to {closes}.", "label", "date", "opens", "closes");
    public static final Sentence WINDOW_OUTSIDE = Sentence.of("rule/window/outside",
            "{label} was {date}, outside {opens} to {closes}.", "label", "date", "opens", "closes");

    private static final String GOATS = "{heads, plural, =0 {no goats} one {# goat} other {# goats}}";
    public static final Sentence SHARE_MET = Sentence.of("rule/share/met",
            "{area} for " + GOATS + " ({perGoat} per goat on average) meets the {required} their categories need.",
            "area", "heads", "perGoat", "required");
    public static final Sentence SHARE_NOT_MET = Sentence.of("rule/share/not-met",
            "{area} for " + GOATS + " ({perGoat} per goat on average) is less than the {required} their categories "
                    + "need.", "area", "heads", "perGoat", "required");
    public static final Sentence SHARE_WITHIN_UPPER = Sentence.of("rule/share/within-upper",
            "{area} for " + GOATS + " ({perGoat} per goat on average) is within the {required} that the upper "
                    + "figures of their categories give.", "area", "heads", "perGoat", "required");
    public static final Sentence SHARE_ABOVE_UPPER = Sentence.of("rule/share/above-upper",
            "{area} for " + GOATS + " ({perGoat} per goat on average) is more than the {required} that the upper "
                    + "figures of their categories give.", "area", "heads", "perGoat", "required");
    public static final Sentence NO_HEADCOUNT = Sentence.of("rule/share/no-headcount",
            "no headcount was given, so the share per goat cannot be judged.");
    public static final Sentence REQUIRED = Sentence.of("fact/required", "required {label}", "label");
    public static final Sentence LARGEST_PLANNED = Sentence.of("fact/largest-planned", "largest planned {label}",
            "label");

    public static final Sentence RATIO_MET = Sentence.of("rule/ratio/met",
            "{ratio} is {value} ({top} to {bottom}), " + BOUND_MET + " {limit}.",
            "ratio", "value", "top", "bottom", "bound", "limit");
    public static final Sentence RATIO_NOT_MET = Sentence.of("rule/ratio/not-met",
            "{ratio} is {value} ({top} to {bottom}), " + BOUND_NOT_MET + " {limit}.",
            "ratio", "value", "top", "bottom", "bound", "limit");
    public static final Sentence RATIO_ZERO = Sentence.of("rule/ratio/zero",
            "{label} is zero, so the {ratio} cannot be judged.", "label", "ratio");

    public static final Sentence LIST_ALL = Sentence.of("rule/list/all",
            "{has} all {count} items: {items}.", "has", "count", "items");
    public static final Sentence LIST_LACKING = Sentence.of("rule/list/lacking", "{lacks}: {items}.", "lacks", "items");
    public static final Sentence LIST_UNSTATED = Sentence.of("rule/list/unstated",
            "it was not stated whether {has}: {items}.", "has", "items");

    public static final Sentence NONE_DESCRIBED = Sentence.of("finding/none-described",
            "the evidence describes no {kind}, so this cannot be judged.", "kind");
    public static final Sentence NOT_APPLICABLE = Sentence.of("finding/not-applicable",
            "not applicable ({reason}).", "reason");
    /** A finding in full: the subject, then what was found. */
    public static final Sentence EXPLANATION = Sentence.of("finding/explanation", "{subject}: {sentence}",
            "subject", "sentence");
    public static final Sentence SUBJECT = Sentence.of("finding/subject", "{kind} {id}", "kind", "id");
    public static final Sentence THE_SITE = Sentence.text("finding/the-site", "the site");
    public static final Sentence NO_SUBJECT = Sentence.of("finding/no-subject", "no {kind} described", "kind");

    public static final Sentence ATTESTED_AS_NO = Sentence.of("applicability/attested-no", "{label}: no", "label");
    public static final Sentence ATTESTED_AS_YES = Sentence.of("applicability/attested-yes", "{label}: yes", "label");
    public static final Sentence CHOICE_IS = Sentence.of("applicability/choice-is", "{label} is {choice}",
            "label", "choice");
    public static final Sentence COUNTED_NONE = Sentence.of("applicability/none", "{label}: none", "label");
    public static final Sentence NOT_MEASURED_IN = Sentence.of("applicability/not-measured-in",
            "no {label} was measured in {season}", "label", "season");
    public static final Sentence MEASURED_IN_OTHER = Sentence.of("applicability/measured-in-other",
            "{label} was measured on {date}, in {taken}, not in {season}", "label", "date", "taken", "season");

    public static final Sentence SECTION_NOT_FOR_SYSTEM = Sentence.of("report/section-not-for-system",
            "clause {section} ({title}) is for {systems} sites; this site is {system}.",
            "section", "title", "systems", "system");
    public static final Sentence CONFLICT = Sentence.of("report/conflict",
            "The draft contradicts itself: {differs}. Pashm checks both clauses, as the draft has both, so a finding "
                    + "of {clause} and one of {other} can differ on the same thing.", "differs", "clause", "other");

    /** A subject as a finding names it: "shelter shed-B", "the site", "no shelter described". */
    public static org.pashm.core.text.Message subject(org.pashm.core.evidence.Subject subject) {
        if (subject.equals(org.pashm.core.evidence.Subject.SITE)) {
            return THE_SITE.message();
        }
        org.pashm.core.text.Message kind = org.pashm.core.text.Terms.kind(subject.kind());
        return subject.isNone() ? NO_SUBJECT.with(kind) : SUBJECT.with(kind, subject.id());
    }

    /** Every sentence above, for core's bundle. */
    public static final List<Sentence> ALL = List.of(LIMIT_MET, LIMIT_NOT_MET, RANGE_WITHIN, RANGE_OUTSIDE,
            AS_REQUIRED, FIGURE_ROUNDED_MET, FIGURE_NOT_MET, FIGURE_ROUNDS_NOT_MET, EXACTLY_NOT_MET, NOT_OBSERVED,
            ATTESTED_YES, ATTESTED_NO, ATTESTATION_MISSING, PRACTICE_FOUND, PRACTICE_NOT_FOUND, PRACTICE_UNSTATED,
            CHOICE_NOT_ONE_OF, CHOICE_NOT_ALLOWED, DATE_WITHIN, DATE_TOO_OLD, WINDOW_WITHIN, WINDOW_OUTSIDE,
            SHARE_MET, SHARE_NOT_MET, SHARE_WITHIN_UPPER, SHARE_ABOVE_UPPER, NO_HEADCOUNT, REQUIRED, LARGEST_PLANNED,
            RATIO_MET, RATIO_NOT_MET, RATIO_ZERO, LIST_ALL, LIST_LACKING, LIST_UNSTATED, NONE_DESCRIBED,
            NOT_APPLICABLE, EXPLANATION, SUBJECT, THE_SITE, NO_SUBJECT, ATTESTED_AS_NO, ATTESTED_AS_YES, CHOICE_IS, COUNTED_NONE,
            NOT_MEASURED_IN, MEASURED_IN_OTHER, SECTION_NOT_FOR_SYSTEM, CONFLICT);
}
