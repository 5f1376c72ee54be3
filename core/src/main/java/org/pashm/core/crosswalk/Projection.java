package org.pashm.core.crosswalk;

import org.pashm.core.evaluation.Sentences;
import org.pashm.core.evidence.Value;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Tally;
import org.pashm.core.evidence.Subject;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;

/**
 * The findings of an assessment against one standard ({@code from}), projected onto another ({@code standard})
 * through the crosswalk that the other declares towards it: one finding per requirement of the other standard that
 * applies to the site's production system, each with the findings it rests on, and the overall result under the
 * other standard's own decision rule.
 *
 * <p>How a requirement's finding is drawn: the findings of the assessment under its targets are its sources. The
 * normative ones decide (advice decides only when the targets hold nothing else); they are "not met" when any is a
 * nonconformity (or, for advice, an observation), else "unknown" when any was not assessed, else "met" when any
 * conforms, else "not applicable". The {@link Relation} then says what that shows: met shows conformity only for
 * {@link Relation#EQUAL} and {@link Relation#SUBSET}; not met shows a nonconformity only for {@link Relation#EQUAL}
 * and {@link Relation#SUPERSET}; not applicable carries over only for {@link Relation#EQUAL}. Anything else, and a
 * requirement no crosswalk line covers or whose targets do not apply to the site's production system, is
 * "not assessed", never "conforms".
 */
public record Projection(StandardRef standard, StandardRef from, ProductionSystem system, LocalDate assessedOn,
                         List<ProjectedFinding> findings, List<Report.SectionSummary> sections, Tally total,
                         OverallResult overall, Message decisionRule) {

    /** The rule id of every projected finding: it was drawn through a crosswalk, not judged by a rule. */
    public static final String RULE = "crosswalk";

    public Projection {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(from, "from");
        findings = List.copyOf(findings);
        sections = List.copyOf(sections);
    }

    /**
     * Projects {@code sources}, the findings of an assessment against {@code crosswalk.to()}, onto {@code onto}.
     *
     * @param requirements every clause of {@code onto}, in clause order (those that do not apply to {@code system}
     *                     are left out of the projection)
     * @param headings     the headings of {@code onto}, for the section titles
     * @param sourceClauses every clause of {@code crosswalk.to()}, to tell targets that do not apply to
     *                     {@code system} from targets with no findings
     */
    public static Projection of(Standard onto, List<Clause> requirements, List<Heading> headings, Crosswalk crosswalk,
                                List<Clause> sourceClauses, ProductionSystem system, LocalDate assessedOn,
                                List<Finding> sources) {
        if (!crosswalk.from().equals(onto.ref())) {
            throw new IllegalArgumentException("the crosswalk starts from " + crosswalk.from() + ", not " + onto.ref());
        }
        StandardRef from = crosswalk.to();
        List<ProjectedFinding> projected = new ArrayList<>();
        for (Clause requirement : requirements) {
            if (!requirement.appliesTo(system)) {
                continue;
            }
            projected.add(crosswalk.of(requirement.number())
                    .map(c -> project(requirement, c, from, sourceClauses, system, sources))
                    .orElseGet(() -> uncovered(requirement, from, onto.ref())));
        }
        List<Finding> plain = projected.stream().map(ProjectedFinding::finding).toList();
        Map<ClauseNumber, List<Finding>> bySection = new LinkedHashMap<>();
        for (Finding f : plain) {
            bySection.computeIfAbsent(f.clause().section(), s -> new ArrayList<>()).add(f);
        }
        List<Report.SectionSummary> sections = new ArrayList<>();
        bySection.forEach((number, list) -> sections.add(new Report.SectionSummary(number, headings.stream()
                .filter(h -> h.number().equals(number)).map(Heading::title).findFirst().orElse("Clause " + number),
                Tally.of(list))));
        return new Projection(onto.ref(), from, system, assessedOn, projected, sections, Tally.of(plain),
                onto.decisionRule().decide(plain), onto.decisionRule().description());
    }

    private static final Sentence UNCOVERED = Sentence.of("crosswalk/uncovered",
            "not assessed: no clause of {from} covers this requirement; assess it against {onto} directly.",
            "from", "onto");
    private static final Sentence NOT_FOR_SYSTEM = Sentence.of("crosswalk/not-for-system",
            "not assessed: the clauses of {from} that cover it ({targets}) do not apply to a {system} site; assess it "
                    + "against {onto} directly.", "from", "targets", "system", "onto");
    private static final Sentence NO_FINDINGS = Sentence.of("crosswalk/no-findings",
            "not assessed: the assessment has no finding under {targets}.", "targets");
    private static final Sentence CONFORMS = Sentence.of("crosswalk/conforms",
            "conforms: it {relation}, and the findings there that decide it conform ({counts}).", "relation", "counts");
    private static final Sentence MET_IN_PART = Sentence.of("crosswalk/met-in-part",
            "not assessed: it {relation}; the findings there conform, but they do not show that the rest of it is "
                    + "met: assess that against {onto} directly.", "relation", "onto");
    private static final Sentence NOT_MET = Sentence.of("crosswalk/not-met",
            "{outcome}: it {relation}; {failed}{beyond, plural, =0 {} other { and # more}} {count, plural, one {is} "
                    + "other {are}} not met there.", "outcome", "relation", "failed", "beyond", "count");
    private static final Sentence NOT_MET_BEYOND = Sentence.of("crosswalk/not-met-beyond",
            "not assessed: it {relation}; {failed}{beyond, plural, =0 {} other { and # more}} {count, plural, one {is} "
                    + "other {are}} not met, which may concern what lies beyond this requirement: an auditor must "
                    + "judge.", "relation", "failed", "beyond", "count");
    private static final Sentence UNKNOWN = Sentence.of("crosswalk/unknown",
            "not assessed: {unknown}{beyond, plural, =0 {} other { and # more}} {count, plural, one {was} other "
                    + "{were}} not assessed in the assessment against {from}.", "unknown", "beyond", "count", "from");
    private static final Sentence NONE_APPLIES = Sentence.of("crosswalk/none-applies",
            "not applicable: it {relation}, and none of them applies to the site.", "relation");
    private static final Sentence TARGETS_DO_NOT_APPLY = Sentence.of("crosswalk/targets-do-not-apply",
            "not assessed: {where} do not apply to the site, which does not show whether this requirement does.",
            "where");
    private static final Sentence COUNT = Sentence.of("crosswalk/count", "{count} {outcome}", "count", "outcome");
    private static final Sentence SOURCE = Sentence.of("crosswalk/source", "{clause} {rule} ({subject})",
            "clause", "rule", "subject");

    /** Every sentence a projection says, for core's bundles. */
    public static final List<Sentence> SENTENCES = List.of(UNCOVERED, NOT_FOR_SYSTEM, NO_FINDINGS, CONFORMS,
            MET_IN_PART, NOT_MET, NOT_MET_BEYOND, UNKNOWN, NONE_APPLIES, TARGETS_DO_NOT_APPLY, COUNT, SOURCE);

    private static final int LISTED = 5;

    private static ProjectedFinding uncovered(Clause requirement, StandardRef from, StandardRef onto) {
        Finding f = finding(requirement, Outcome.NOT_ASSESSED, List.of(),
                UNCOVERED.with(from.toString(), onto.toString()));
        return new ProjectedFinding(f, null, List.of(), null, List.of());
    }

    private enum State { MET, NOT_MET, UNKNOWN, NOT_APPLICABLE }

    private static ProjectedFinding project(Clause requirement, Correspondence c, StandardRef from,
                                            List<Clause> sourceClauses, ProductionSystem system, List<Finding> all) {
        String targets = c.targets().stream().map(Target::toString).collect(Collectors.joining(", "));
        String where = from + " " + targets;
        List<Finding> sources = all.stream().filter(f -> c.targets().stream().anyMatch(t -> t.covers(f))).toList();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("relation", new Value.Choice(c.relation().code()), RELATION));
        facts.add(new Fact("targets", new Value.Choice(where), TARGETS));
        boolean anyApplies = sourceClauses.stream().anyMatch(sc -> sc.appliesTo(system)
                && c.targets().stream().anyMatch(t -> t.covers(sc.number())));
        if (!anyApplies) {
            return new ProjectedFinding(finding(requirement, Outcome.NOT_ASSESSED, facts,
                    NOT_FOR_SYSTEM.with(from.toString(), targets, system.term(), requirement.standard().toString())),
                    c.relation(), c.targets(), c.rationale(), List.of());
        }
        if (sources.isEmpty()) {
            return new ProjectedFinding(finding(requirement, Outcome.NOT_ASSESSED, facts, NO_FINDINGS.with(targets)),
                    c.relation(), c.targets(), c.rationale(), List.of());
        }
        List<Finding> normative = sources.stream().filter(Finding::isNormative).toList();
        List<Finding> decisive = normative.isEmpty() ? sources : normative;
        List<Finding> notMet = decisive.stream()
                .filter(f -> f.outcome() == Outcome.NONCONFORMITY || f.outcome() == Outcome.OBSERVATION).toList();
        List<Finding> unknown = decisive.stream().filter(f -> f.outcome() == Outcome.NOT_ASSESSED).toList();
        State state = !notMet.isEmpty() ? State.NOT_MET : !unknown.isEmpty() ? State.UNKNOWN
                : decisive.stream().anyMatch(f -> f.outcome() == Outcome.CONFORMS) ? State.MET : State.NOT_APPLICABLE;
        facts.add(new Fact("sources", new Value.Count(sources.size()), SOURCES));
        Relation r = c.relation();
        Message relation = r.says(where);
        Outcome outcome;
        Message says;
        switch (state) {
            case MET -> {
                if (r.metWhenTargetsMet()) {
                    outcome = Outcome.CONFORMS;
                    says = CONFORMS.with(relation, count(decisive));
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    says = MET_IN_PART.with(relation, requirement.standard().toString());
                }
            }
            case NOT_MET -> {
                if (r.notMetWhenTargetsNotMet()) {
                    outcome = requirement.strength().isNormative() ? Outcome.NONCONFORMITY : Outcome.OBSERVATION;
                    says = NOT_MET.with(outcome.term(), relation, list(notMet), beyond(notMet), (long) notMet.size());
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    says = NOT_MET_BEYOND.with(relation, list(notMet), beyond(notMet), (long) notMet.size());
                }
            }
            case UNKNOWN -> {
                outcome = Outcome.NOT_ASSESSED;
                says = UNKNOWN.with(list(unknown), beyond(unknown), (long) unknown.size(), from.toString());
            }
            default -> {
                if (r == Relation.EQUAL) {
                    outcome = Outcome.NOT_APPLICABLE;
                    says = NONE_APPLIES.with(relation);
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    says = TARGETS_DO_NOT_APPLY.with(where);
                }
            }
        }
        return new ProjectedFinding(finding(requirement, outcome, facts, says), r, c.targets(), c.rationale(), sources);
    }

    private static final Message RELATION = Terms.text("crosswalk/fact/relation", "relation");
    private static final Message TARGETS = Terms.text("crosswalk/fact/targets", "targets");
    private static final Message SOURCES = Terms.text("crosswalk/fact/sources", "sources");

    private static Finding finding(Clause requirement, Outcome outcome, List<Fact> facts, Message says) {
        Strength strength = requirement.strength();
        return new Finding(requirement.number(), RULE, Subject.SITE, strength, outcome, facts, says);
    }

    private static List<Message> count(List<Finding> sources) {
        List<Message> counts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = sources.stream().filter(f -> f.outcome() == o).count();
            if (n > 0) {
                counts.add(COUNT.with(n, o.term()));
            }
        }
        return counts;
    }

    /** "5.3.5 grazing-shelter (the site)", at most five; {@link #beyond} says how many more. */
    private static List<Message> list(List<Finding> findings) {
        return findings.stream().limit(LISTED)
                .map(f -> SOURCE.with(f.clause().toString(), f.rule(), Sentences.subject(f.subject()))).toList();
    }

    private static long beyond(List<Finding> findings) {
        return Math.max(findings.size() - LISTED, 0);
    }
}
