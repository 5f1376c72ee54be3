package org.pashm.app.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Tally;

/**
 * A report as JSON: stored with the assessment (jsonb) and returned as it was stored. Everything here comes from
 * core's {@link Report}; nothing is recomputed when it is read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportBody(
        String standard,
        String edition,
        String productionSystem,
        LocalDate assessedOn,
        Overall overall,
        String decisionRule,
        TallyView total,
        List<SectionView> sections,
        List<SectionNoteView> notApplicable,
        List<ConflictView> conflicts,
        List<FreedomView> freedoms,
        List<ClauseView> clauses,
        List<FindingView> findings,
        Map<String, String> modules) {

    public record Overall(String result, boolean conformant, String explanation) {
    }

    /** How many findings have each outcome, and the group's outcome. */
    public record TallyView(String outcome, int conforms, int nonconformities, int observations, int notAssessed,
                            int notApplicable) {
        static TallyView of(Tally t) {
            return new TallyView(t.outcome().code(), t.conforms(), t.nonconformities(), t.observations(),
                    t.notAssessed(), t.notApplicable());
        }
    }

    public record SectionView(String number, String title, TallyView tally) {
    }

    /** A section of the standard that does not apply to the site, said once instead of a finding per rule. */
    public record SectionNoteView(String number, String title, String reason) {
    }

    /** A known conflict of the draft between two clauses that both applied, explained once. */
    public record ConflictView(List<String> clauses, String explanation) {
    }

    public record FreedomView(String code, String title, TallyView tally) {
    }

    public record ClauseView(String number, String title, String strength, TallyView tally) {
    }

    public record SubjectView(String kind, String id) {
    }

    public record FactView(String name, String value) {
    }

    public record FindingView(String clause, String rule, SubjectView subject, String strength, String outcome,
                              String statement, List<FactView> facts, String explanation) {
        static FindingView of(Finding f) {
            List<FactView> facts = new java.util.ArrayList<>(f.facts().size());
            for (Fact fact : f.facts()) {
                facts.add(new FactView(fact.name(), fact.value()));
            }
            return new FindingView(f.clause().toString(), f.rule(), new SubjectView(f.subject().kind().name(),
                    f.subject().id()), lower(f.strength().name()), f.outcome().code(), f.statement(), facts,
                    f.explanation());
        }
    }

    public static ReportBody of(Report r) {
        return new ReportBody(r.standard().id(), r.standard().edition(), r.system().code(), r.assessedOn(),
                new Overall(r.overall().code(), r.overall().conformant(), r.overall().explanation()),
                r.decisionRule(), TallyView.of(r.total()),
                r.sections().stream().map(s -> new SectionView(s.number().toString(), s.title(), TallyView.of(s.tally())))
                        .toList(),
                r.notApplicable().stream().map(n -> new SectionNoteView(n.number().toString(), n.title(), n.reason()))
                        .toList(),
                r.conflicts().stream().map(c -> new ConflictView(List.of(c.clause().toString(), c.other().toString()),
                        c.explanation())).toList(),
                r.freedoms().stream().map(f -> new FreedomView(f.freedom().code(), f.freedom().title(),
                        TallyView.of(f.tally()))).toList(),
                r.clauses().stream().map(c -> new ClauseView(c.number().toString(), c.title(), lower(c.strength().name()),
                        TallyView.of(c.tally()))).toList(),
                r.findings().stream().map(FindingView::of).toList(),
                new java.util.TreeMap<>(r.modules()));
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
