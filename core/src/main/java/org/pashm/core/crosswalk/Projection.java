package org.pashm.core.crosswalk;

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
                         OverallResult overall, String decisionRule) {

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

    private static ProjectedFinding uncovered(Clause requirement, StandardRef from, StandardRef onto) {
        Finding f = finding(requirement, Outcome.NOT_ASSESSED, "not covered by " + from,
                List.of(new Fact("crosswalk", "no clause of " + from + " covers this requirement")),
                "not assessed: no clause of " + from + " covers this requirement; assess it against " + onto
                        + " directly.");
        return new ProjectedFinding(f, null, List.of(), null, List.of());
    }

    private enum State { MET, NOT_MET, UNKNOWN, NOT_APPLICABLE }

    private static ProjectedFinding project(Clause requirement, Correspondence c, StandardRef from,
                                            List<Clause> sourceClauses, ProductionSystem system, List<Finding> all) {
        String targets = c.targets().stream().map(Target::toString).collect(Collectors.joining(", "));
        String statement = c.relation().words().replace("the target clauses", from + " " + targets);
        List<Finding> sources = all.stream().filter(f -> c.targets().stream().anyMatch(t -> t.covers(f))).toList();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("relation", c.relation().code()));
        facts.add(new Fact("targets", from + " " + targets));
        boolean anyApplies = sourceClauses.stream().anyMatch(sc -> sc.appliesTo(system)
                && c.targets().stream().anyMatch(t -> t.covers(sc.number())));
        if (!anyApplies) {
            return new ProjectedFinding(finding(requirement, Outcome.NOT_ASSESSED, statement, facts,
                    "not assessed: the clauses of " + from + " that cover it (" + targets + ") do not apply to a "
                            + system.code() + " site; assess it against " + requirement.standard() + " directly."),
                    c.relation(), c.targets(), c.rationale(), List.of());
        }
        if (sources.isEmpty()) {
            return new ProjectedFinding(finding(requirement, Outcome.NOT_ASSESSED, statement, facts,
                    "not assessed: the assessment has no finding under " + targets + "."),
                    c.relation(), c.targets(), c.rationale(), List.of());
        }
        List<Finding> normative = sources.stream().filter(Finding::isNormative).toList();
        List<Finding> decisive = normative.isEmpty() ? sources : normative;
        List<Finding> notMet = decisive.stream()
                .filter(f -> f.outcome() == Outcome.NONCONFORMITY || f.outcome() == Outcome.OBSERVATION).toList();
        List<Finding> unknown = decisive.stream().filter(f -> f.outcome() == Outcome.NOT_ASSESSED).toList();
        State state = !notMet.isEmpty() ? State.NOT_MET : !unknown.isEmpty() ? State.UNKNOWN
                : decisive.stream().anyMatch(f -> f.outcome() == Outcome.CONFORMS) ? State.MET : State.NOT_APPLICABLE;
        facts.add(new Fact("sources", count(sources)));
        Relation r = c.relation();
        String where = from + " " + targets;
        Outcome outcome;
        String sentence;
        switch (state) {
            case MET -> {
                if (r.metWhenTargetsMet()) {
                    outcome = Outcome.CONFORMS;
                    sentence = "conforms: it " + r.words().replace("the target clauses", where)
                            + ", and the findings there that decide it conform (" + count(decisive) + ").";
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    sentence = "not assessed: it " + r.words().replace("the target clauses", where)
                            + "; the findings there conform, but they do not show that the rest of it is met: "
                            + "assess that against " + requirement.standard() + " directly.";
                }
            }
            case NOT_MET -> {
                String failed = list(notMet);
                if (r.notMetWhenTargetsNotMet()) {
                    outcome = requirement.strength().isNormative() ? Outcome.NONCONFORMITY : Outcome.OBSERVATION;
                    sentence = (outcome == Outcome.NONCONFORMITY ? "nonconformity" : "observation") + ": it "
                            + r.words().replace("the target clauses", where) + "; " + failed
                            + (notMet.size() == 1 ? " is" : " are") + " not met there.";
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    sentence = "not assessed: it " + r.words().replace("the target clauses", where) + "; " + failed
                            + (notMet.size() == 1 ? " is" : " are") + " not met, which may concern what lies beyond "
                            + "this requirement: an auditor must judge.";
                }
            }
            case UNKNOWN -> {
                outcome = Outcome.NOT_ASSESSED;
                sentence = "not assessed: " + list(unknown) + (unknown.size() == 1 ? " was" : " were")
                        + " not assessed in the assessment against " + from + ".";
            }
            default -> {
                if (r == Relation.EQUAL) {
                    outcome = Outcome.NOT_APPLICABLE;
                    sentence = "not applicable: it " + r.words().replace("the target clauses", where)
                            + ", and none of them applies to the site.";
                } else {
                    outcome = Outcome.NOT_ASSESSED;
                    sentence = "not assessed: " + where + " do not apply to the site, which does not show whether "
                            + "this requirement does.";
                }
            }
        }
        return new ProjectedFinding(finding(requirement, outcome, statement, facts, sentence), r, c.targets(),
                c.rationale(), sources);
    }

    private static Finding finding(Clause requirement, Outcome outcome, String statement, List<Fact> facts,
                                   String sentence) {
        Strength strength = requirement.strength();
        return new Finding(requirement.number(), RULE, Subject.SITE, strength, outcome, statement, facts, sentence);
    }

    private static String count(List<Finding> sources) {
        Map<Outcome, Long> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            long n = sources.stream().filter(f -> f.outcome() == o).count();
            if (n > 0) {
                counts.put(o, n);
            }
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
    }

    private static String subject(Subject s) {
        if (s.equals(Subject.SITE)) {
            return "the site";
        }
        return s.isNone() ? "no " + s.kind().words() + " described" : s.kind().words() + " " + s.id();
    }

    /** "5.3.5 grazing-shelter (the site)", at most five, then "and 3 more". */
    private static String list(List<Finding> findings) {
        String shown = findings.stream().limit(5).map(f -> f.clause() + " " + f.rule() + " (" + subject(f.subject())
                + ")").collect(Collectors.joining(", "));
        return findings.size() > 5 ? shown + " and " + (findings.size() - 5) + " more" : shown;
    }
}
