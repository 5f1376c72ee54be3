package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.Subject;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;

/**
 * Evaluates evidence against the clauses of one standard edition that apply to one production system. Built once
 * by the registry and reused: it holds no state between evaluations and is safe to share between threads.
 *
 * <p>Every rule is judged on every subject of its kind that the evidence describes. When the evidence describes
 * no subject of that kind the rule is "not assessed" (or "not applicable", when the evidence says why), never
 * "conforms".
 */
public final class Evaluator {

    private final Standard standard;
    private final ProductionSystem system;
    private final List<Clause> clauses;
    private final Map<ClauseNumber, String> sectionTitles;
    private final Map<String, String> modules;

    /**
     * @param clauses       the clauses that apply to {@code system}, in clause order
     * @param sectionTitles the title of each top-level section ("5" = "Housing production system")
     * @param modules       name and version of each module that contributed to the standard
     */
    public Evaluator(Standard standard, ProductionSystem system, List<Clause> clauses,
                     Map<ClauseNumber, String> sectionTitles, Map<String, String> modules) {
        this.standard = standard;
        this.system = system;
        this.clauses = List.copyOf(clauses);
        this.sectionTitles = Map.copyOf(sectionTitles);
        this.modules = Map.copyOf(modules);
    }

    public Standard standard() {
        return standard;
    }

    public ProductionSystem system() {
        return system;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public Report evaluate(Evidence evidence, LocalDate assessedOn) {
        EvaluationContext context = new EvaluationContext(system, assessedOn);
        Map<Subject, SubjectEvidence> views = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Report.ClauseSummary> clauseSummaries = new ArrayList<>(clauses.size());
        Map<ClauseNumber, Tally.Counter> sections = new LinkedHashMap<>();
        Map<Freedom, Tally.Counter> freedoms = new EnumMap<>(Freedom.class);
        Tally.Counter total = new Tally.Counter();

        for (Clause clause : clauses) {
            int first = findings.size();
            for (Rule rule : clause.rules()) {
                judge(rule, evidence, context, views, findings);
            }
            List<Finding> own = findings.subList(first, findings.size());
            if (own.isEmpty()) {
                continue;
            }
            clauseSummaries.add(new Report.ClauseSummary(clause.number(), clause.title(), clause.strength(),
                    Tally.of(own)));
            Tally.Counter section = sections.computeIfAbsent(clause.section(), s -> new Tally.Counter());
            for (Finding f : own) {
                section.add(f);
                total.add(f);
                for (Freedom freedom : clause.freedoms()) {
                    freedoms.computeIfAbsent(freedom, x -> new Tally.Counter()).add(f);
                }
            }
        }

        List<Report.SectionSummary> sectionSummaries = new ArrayList<>(sections.size());
        sections.forEach((number, counter) -> sectionSummaries.add(
                new Report.SectionSummary(number, sectionTitles.getOrDefault(number, "Clause " + number), counter.tally())));
        List<Report.FreedomSummary> freedomSummaries = new ArrayList<>(freedoms.size());
        freedoms.forEach((freedom, counter) -> freedomSummaries.add(new Report.FreedomSummary(freedom, counter.tally())));

        return new Report(standard.ref(), system, assessedOn, findings, clauseSummaries, sectionSummaries,
                freedomSummaries, total.tally(), standard.decisionRule().decide(findings),
                standard.decisionRule().description(), modules);
    }

    private static void judge(Rule rule, Evidence evidence, EvaluationContext context,
                              Map<Subject, SubjectEvidence> views, List<Finding> findings) {
        List<Subject> subjects = evidence.subjects(rule.subjectKind());
        if (subjects.isEmpty()) {
            Subject none = Subject.none(rule.subjectKind());
            String reason = rule.applicability() == null ? null
                    : rule.applicability().notApplicableBecause(new SubjectEvidence(evidence, none, context));
            Verdict verdict = reason != null
                    ? Verdict.notApplicable("not applicable (" + reason + ").")
                    : Verdict.missing("the evidence describes no " + rule.subjectKind().words() + ", so this cannot be judged.");
            findings.add(finding(rule, none, verdict));
            return;
        }
        for (Subject subject : subjects) {
            SubjectEvidence view = views.computeIfAbsent(subject, s -> new SubjectEvidence(evidence, s, context));
            String reason = rule.applicability() == null ? null : rule.applicability().notApplicableBecause(view);
            Verdict verdict = reason != null
                    ? Verdict.notApplicable("not applicable (" + reason + ").")
                    : rule.judge().judge(view);
            findings.add(finding(rule, subject, verdict));
        }
    }

    private static Finding finding(Rule rule, Subject subject, Verdict verdict) {
        return new Finding(rule.clause(), rule.id(), subject, rule.strength(), verdict.outcome(rule.strength()),
                rule.statement(), verdict.facts(), subject.display() + ": " + verdict.explanation());
    }
}
