package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.KnownConflict;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.text.Keys;
import org.pashm.core.text.Message;
import org.pashm.core.text.Terms;

/**
 * Evaluates evidence against the clauses of one standard edition that apply to one production system. Built once
 * by the registry and reused: it holds no state between evaluations and is safe to share between threads.
 *
 * <p>Every rule is judged on every subject of its kind that the evidence describes. When the evidence describes
 * no subject of that kind the rule is "not assessed" (or "not applicable", when the evidence says why), never
 * "conforms".
 */
public final class Evaluator {

    /** Not-applicable verdicts kept per reason, up to this many reasons (a rule may word its reason freely). */
    private static final int CACHED_REASONS = 1024;

    private final Standard standard;
    private final ProductionSystem system;
    private final List<Clause> clauses;
    private final Map<String, String> modules;
    /** Each clause's freedoms as an array, so that summing tallies per freedom allocates nothing. */
    private final Freedom[][] clauseFreedoms;
    /** The sections in the order they first appear, and each clause's index among them. */
    private final ClauseNumber[] sections;
    private final String[] sectionTitles;
    private final int[] clauseSections;
    /** The kinds of subject the rules judge, and for each rule of each clause the index of its kind. */
    private final SubjectKind[] kinds;
    private final int[][] ruleKinds;
    /** For each kind: the subject a finding names when the evidence describes none, and that finding's verdict. */
    private final Subject[] noneSubjects;
    private final Verdict[] noneDescribed;
    /** "Not applicable (reason)." verdicts by reason, so that a reason's sentence is written once. */
    private final Map<Message, Verdict> notApplicable = new ConcurrentHashMap<>();
    /** The evidence codes some rule that applies here reads (its judge or its applicability). */
    private final Set<String> read = new HashSet<>();
    /** For each code no rule here reads, the clauses for the other production system that read it. */
    private final Map<String, List<ClauseNumber>> readElsewhere = new HashMap<>();
    /** The sections none of whose clauses apply here, said once in every report. */
    private final List<Report.SectionNote> sectionsNotApplicable;
    /** The known conflicts of the draft between two clauses that both apply here, each pair once. */
    private final int[][] conflictPairs;
    private final Report.ConflictNote[] conflictNotes;

    /**
     * @param all           every clause of the standard, in clause order; those that apply to {@code system} are
     *                      evaluated, the others tell which evidence belongs to the other system and which sections
     *                      do not apply
     * @param sectionTitles the title of each top-level section ("5" = "Housing production system")
     * @param modules       name and version of each module that contributed to the standard
     */
    public Evaluator(Standard standard, ProductionSystem system, List<Clause> all,
                     Map<ClauseNumber, String> sectionTitles, Map<String, String> modules) {
        this.standard = standard;
        this.system = system;
        this.clauses = all.stream().filter(c -> c.appliesTo(system)).toList();
        for (Clause c : this.clauses) {
            c.rules().forEach(r -> read.addAll(r.reads()));
        }
        // The systems some clause of each section applies to: a section none of whose clauses applies is said once.
        Map<ClauseNumber, Set<ProductionSystem>> systemsBySection = new LinkedHashMap<>();
        for (Clause c : all) {
            if (!c.appliesTo(system)) {
                for (Rule r : c.rules()) {
                    for (String code : r.reads()) {
                        if (!read.contains(code)) {
                            List<ClauseNumber> by = readElsewhere.computeIfAbsent(code, k -> new ArrayList<>());
                            if (!by.contains(c.number())) {
                                by.add(c.number());
                            }
                        }
                    }
                }
            }
            systemsBySection.computeIfAbsent(c.section(), k -> EnumSet.noneOf(ProductionSystem.class))
                    .addAll(c.appliesTo());
        }
        List<Report.SectionNote> notHere = new ArrayList<>();
        systemsBySection.forEach((section, systems) -> {
            if (!systems.contains(system) && !systems.isEmpty()) {
                String title = sectionTitles.getOrDefault(section, "Clause " + section);
                notHere.add(new Report.SectionNote(section, title, Sentences.SECTION_NOT_FOR_SYSTEM.with(
                        section.toString(), Terms.title(standard.ref(), section, title),
                        systems.stream().sorted().map(ProductionSystem::term).toList(), system.term())));
            }
        });
        this.sectionsNotApplicable = List.copyOf(notHere);
        List<int[]> pairs = new ArrayList<>();
        List<Report.ConflictNote> notes = new ArrayList<>();
        for (int i = 0; i < this.clauses.size(); i++) {
            Clause c = this.clauses.get(i);
            for (KnownConflict k : c.conflicts()) {
                int j = indexOf(k.other());
                // Each pair once, from the clause that comes first, and only when both apply to this system.
                if (j > i) {
                    pairs.add(new int[] {i, j});
                    notes.add(new Report.ConflictNote(c.number(), k.other(), Sentences.CONFLICT.with(
                            Terms.text(Keys.conflict(c.standard(), c.number(), k.other()), k.differs()),
                            c.number().toString(), k.other().toString())));
                }
            }
        }
        this.conflictPairs = pairs.toArray(int[][]::new);
        this.conflictNotes = notes.toArray(Report.ConflictNote[]::new);
        this.modules = Map.copyOf(modules);
        this.clauseFreedoms = new Freedom[this.clauses.size()][];
        this.clauseSections = new int[this.clauses.size()];
        this.ruleKinds = new int[this.clauses.size()][];
        List<ClauseNumber> sectionsSeen = new ArrayList<>();
        List<SubjectKind> seen = new ArrayList<>();
        for (int i = 0; i < this.clauses.size(); i++) {
            Clause clause = this.clauses.get(i);
            this.clauseFreedoms[i] = clause.freedoms().stream().sorted().toArray(Freedom[]::new);
            int section = sectionsSeen.indexOf(clause.section());
            if (section < 0) {
                section = sectionsSeen.size();
                sectionsSeen.add(clause.section());
            }
            this.clauseSections[i] = section;
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
        this.sections = sectionsSeen.toArray(ClauseNumber[]::new);
        this.sectionTitles = sectionsSeen.stream()
                .map(n -> sectionTitles.getOrDefault(n, "Clause " + n)).toArray(String[]::new);
        this.kinds = seen.toArray(SubjectKind[]::new);
        this.noneSubjects = seen.stream().map(Subject::none).toArray(Subject[]::new);
        this.noneDescribed = seen.stream()
                .map(k -> Verdict.missing(Sentences.NONE_DESCRIBED.with(Terms.kind(k))))
                .toArray(Verdict[]::new);
    }

    private int indexOf(ClauseNumber number) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why no rule that applies to this production system reads {@code code}, or null when some rule does: evidence
     * that would be stored and never judged is refused, not silently dropped.
     */
    public String unreadBecause(String code) {
        if (read.contains(code)) {
            return null;
        }
        List<ClauseNumber> by = readElsewhere.get(code);
        if (by == null) {
            return code + " is read by no clause of " + standard.ref() + " that applies to a " + system.code()
                    + " site";
        }
        String clausesWords = by.size() == 1 ? "clause " + by.get(0) + ", which does not"
                : "clauses " + by.stream().map(ClauseNumber::toString).reduce((a, b) -> a + ", " + b).orElseThrow()
                        + ", which do not";
        return code + " is read only by " + clausesWords + " apply to a " + system.code() + " site";
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
        SubjectEvidence[] none = new SubjectEvidence[kinds.length];
        List<Finding> findings = new ArrayList<>(clauses.size() * 4);
        List<Report.ClauseSummary> clauseSummaries = new ArrayList<>(clauses.size());
        Tally.Counter[] sectionCounters = new Tally.Counter[sections.length];
        Tally.Counter[] freedoms = new Tally.Counter[Freedom.values().length];
        Tally.Counter total = new Tally.Counter();
        Tally.Counter own = new Tally.Counter();
        // Whether a clause applied to some subject (had a finding that is not "not applicable").
        boolean[] applied = new boolean[clauses.size()];

        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            int first = findings.size();
            List<Rule> rules = clause.rules();
            for (int r = 0; r < rules.size(); r++) {
                int k = ruleKinds[c][r];
                SubjectEvidence[] subjects = views[k];
                if (subjects.length == 0) {
                    if (none[k] == null) {
                        none[k] = site.sibling(evidence, noneSubjects[k]);
                    }
                    judge(rules.get(r), none[k], noneDescribed[k], findings);
                } else {
                    for (SubjectEvidence view : subjects) {
                        judge(rules.get(r), view, null, findings);
                    }
                }
            }
            if (findings.size() == first) {
                continue;
            }
            own.clear();
            for (int i = first; i < findings.size(); i++) {
                own.add(findings.get(i));
            }
            Tally ownTally = own.tally();
            applied[c] = ownTally.notApplicable() < findings.size() - first;
            clauseSummaries.add(new Report.ClauseSummary(clause.number(), clause.title(), clause.strength(), ownTally));
            Tally.Counter section = sectionCounters[clauseSections[c]];
            if (section == null) {
                section = new Tally.Counter();
                sectionCounters[clauseSections[c]] = section;
            }
            section.addAll(own);
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

        List<Report.ConflictNote> conflicts = new ArrayList<>(0);
        for (int p = 0; p < conflictPairs.length; p++) {
            if (applied[conflictPairs[p][0]] && applied[conflictPairs[p][1]]) {
                conflicts.add(conflictNotes[p]);
            }
        }
        List<Report.SectionSummary> sectionSummaries = new ArrayList<>(sections.length);
        for (int s = 0; s < sections.length; s++) {
            if (sectionCounters[s] != null) {
                sectionSummaries.add(new Report.SectionSummary(sections[s], sectionTitles[s], sectionCounters[s].tally()));
            }
        }
        List<Report.FreedomSummary> freedomSummaries = new ArrayList<>(freedoms.length);
        for (Freedom freedom : Freedom.values()) {
            if (freedoms[freedom.ordinal()] != null) {
                freedomSummaries.add(new Report.FreedomSummary(freedom, freedoms[freedom.ordinal()].tally()));
            }
        }
        return new Report(standard.ref(), system, assessedOn, findings, clauseSummaries, sectionSummaries,
                sectionsNotApplicable, conflicts, freedomSummaries, total.tally(), standard.decisionRule().decide(findings),
                standard.decisionRule().description(), modules);
    }

    /**
     * Judges one subject, or, when {@code noneDescribed} is given, the absence of any subject of the rule's kind
     * (which is "not assessed" unless the rule's applicability says it does not apply).
     */
    private void judge(Rule rule, SubjectEvidence view, Verdict noneDescribed, List<Finding> findings) {
        Applicability applicability = rule.applicability();
        Message reason = applicability == null ? null : applicability.notApplicableBecause(view);
        Verdict verdict;
        if (reason != null) {
            verdict = notApplicable(reason);
        } else if (noneDescribed != null) {
            verdict = noneDescribed;
        } else {
            verdict = rule.judge().judge(view);
        }
        findings.add(new Finding(rule.clause(), rule.id(), view.subject(), rule.strength(),
                verdict.outcome(rule.strength()), verdict.facts(), verdict.says()));
    }

    private Verdict notApplicable(Message reason) {
        Verdict verdict = notApplicable.get(reason);
        if (verdict == null) {
            verdict = Verdict.notApplicable(Sentences.NOT_APPLICABLE.with(reason));
            if (notApplicable.size() < CACHED_REASONS) {
                notApplicable.putIfAbsent(reason, verdict);
            }
        }
        return verdict;
    }
}
