package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
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
    /** Each clause's freedoms as an array, so that summing tallies per freedom allocates nothing. */
    private final Freedom[][] clauseFreedoms;
    /** The kinds of subject the rules judge, and for each rule of each clause the index of its kind. */
    private final SubjectKind[] kinds;
    private final int[][] ruleKinds;

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
        this.clauseFreedoms = new Freedom[this.clauses.size()][];
        this.ruleKinds = new int[this.clauses.size()][];
        List<SubjectKind> seen = new ArrayList<>();
        for (int i = 0; i < this.clauses.size(); i++) {
            Clause clause = this.clauses.get(i);
            this.clauseFreedoms[i] = clause.freedoms().stream().sorted().toArray(Freedom[]::new);
            this.ruleKinds[i] = new int[clause.rules().size()];
            for (int r = 0; r < clause.rules().size(); r++) {
                SubjectKind kind = clause.rules().get(r).subjectKind();
                int index = seen.indexOf(kind);
                if (index < 0) {
                    index = seen.size();
                    seen.add(kind);
                }
                this.ruleKinds[i][r] = index;
            }
        }
        this.kinds = seen.toArray(SubjectKind[]::new);
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
        SubjectEvidence site = SubjectEvidence.of(evidence, Subject.SITE, context);
        // One view per subject, grouped by the kinds the rules judge: rules then walk lists, with no lookups.
        SubjectEvidence[][] views = new SubjectEvidence[kinds.length][];
        for (int k = 0; k < kinds.length; k++) {
            List<Subject> subjects = evidence.subjects(kinds[k]);
            views[k] = new SubjectEvidence[subjects.size()];
            for (int i = 0; i < subjects.size(); i++) {
                views[k][i] = site.sibling(evidence, subjects.get(i));
            }
        }
        List<Finding> findings = new ArrayList<>(clauses.size() * 4);
        List<Report.ClauseSummary> clauseSummaries = new ArrayList<>(clauses.size());
        Map<ClauseNumber, Tally.Counter> sections = new LinkedHashMap<>();
        Tally.Counter[] freedoms = new Tally.Counter[Freedom.values().length];
        Tally.Counter total = new Tally.Counter();

        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            int first = findings.size();
            List<Rule> rules = clause.rules();
            for (int r = 0; r < rules.size(); r++) {
                judge(rules.get(r), views[ruleKinds[c][r]], evidence, site, findings);
            }
            if (findings.size() == first) {
                continue;
            }
            Tally.Counter own = new Tally.Counter();
            for (int i = first; i < findings.size(); i++) {
                own.add(findings.get(i));
            }
            clauseSummaries.add(new Report.ClauseSummary(clause.number(), clause.title(), clause.strength(), own.tally()));
            sections.computeIfAbsent(clause.section(), s -> new Tally.Counter()).addAll(own);
            total.addAll(own);
            for (Freedom freedom : clauseFreedoms[c]) {
                Tally.Counter f = freedoms[freedom.ordinal()];
                if (f == null) {
                    f = new Tally.Counter();
                    freedoms[freedom.ordinal()] = f;
                }
                f.addAll(own);
            }
        }

        List<Report.SectionSummary> sectionSummaries = new ArrayList<>(sections.size());
        sections.forEach((number, counter) -> sectionSummaries.add(
                new Report.SectionSummary(number, sectionTitles.getOrDefault(number, "Clause " + number), counter.tally())));
        List<Report.FreedomSummary> freedomSummaries = new ArrayList<>(freedoms.length);
        for (Freedom freedom : Freedom.values()) {
            if (freedoms[freedom.ordinal()] != null) {
                freedomSummaries.add(new Report.FreedomSummary(freedom, freedoms[freedom.ordinal()].tally()));
            }
        }
        return new Report(standard.ref(), system, assessedOn, findings, clauseSummaries, sectionSummaries,
                freedomSummaries, total.tally(), standard.decisionRule().decide(findings),
                standard.decisionRule().description(), modules);
    }

    private static void judge(Rule rule, SubjectEvidence[] subjects, Evidence evidence, SubjectEvidence site,
                              List<Finding> findings) {
        Applicability applicability = rule.applicability();
        if (subjects.length == 0) {
            SubjectEvidence none = site.sibling(evidence, Subject.none(rule.subjectKind()));
            String reason = applicability == null ? null : applicability.notApplicableBecause(none);
            Verdict verdict = reason != null
                    ? Verdict.notApplicable("not applicable (" + reason + ").")
                    : Verdict.missing("the evidence describes no " + rule.subjectKind().words() + ", so this cannot be judged.");
            findings.add(finding(rule, none, verdict));
            return;
        }
        for (SubjectEvidence view : subjects) {
            String reason = applicability == null ? null : applicability.notApplicableBecause(view);
            Verdict verdict = reason != null
                    ? Verdict.notApplicable("not applicable (" + reason + ").")
                    : rule.judge().judge(view);
            findings.add(finding(rule, view, verdict));
        }
    }

    private static Finding finding(Rule rule, SubjectEvidence view, Verdict verdict) {
        return new Finding(rule.clause(), rule.id(), view.subject(), rule.strength(), verdict.outcome(rule.strength()),
                rule.statement(), verdict.facts(), verdict.explanation());
    }
}
