package org.pashm.app.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Tally;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.text.Keys;
import org.pashm.text.Renderer;

/**
 * A report as JSON, in one language: rendered when it is read from the report stored as data ({@link ReportData}).
 * The verdicts, tallies and facts are the stored ones; only the words are put together here.
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

    /**
     * @param name  the evidence code, or the name of a derived figure
     * @param label what it is called, in the report's language
     * @param value the value in words ("24 mg/m³")
     */
    public record FactView(String name, String label, String value) {
    }

    public record FindingView(String clause, String rule, SubjectView subject, String strength, String outcome,
                              String statement, List<FactView> facts, String explanation) {
        static FindingView of(StandardRef standard, Finding f, Renderer say, Titles titles) {
            List<FactView> facts = new java.util.ArrayList<>(f.facts().size());
            for (Fact fact : f.facts()) {
                facts.add(new FactView(fact.name(), say.factName(fact), say.factValue(fact)));
            }
            return new FindingView(f.clause().toString(), f.rule(), new SubjectView(f.subject().kind().name(),
                    f.subject().id()), lower(f.strength().name()), f.outcome().code(),
                    say.text(Keys.statement(standard, f.clause(), f.rule()), titles.statement(f.clause(), f.rule())),
                    facts, say.explain(f));
        }
    }

    /** The English titles and statements of the registry, for texts a bundle lacks (a plugin without bundles). */
    public interface Titles {
        String title(ClauseNumber number);

        String statement(ClauseNumber clause, String rule);
    }

    /** The report in the language {@code say} speaks; titles and sentences come from the bundles, by key. */
    public static ReportBody of(Report r, Renderer say, Titles titles) {
        StandardRef ref = r.standard();
        return new ReportBody(ref.id(), ref.edition(), r.system().code(), r.assessedOn(),
                new Overall(r.overall().code(), r.overall().conformant(), say.say(r.overall().explanation())),
                say.say(r.decisionRule()), TallyView.of(r.total()),
                r.sections().stream().map(s -> new SectionView(s.number().toString(),
                        say.text(Keys.title(ref, s.number()), titles.title(s.number())), TallyView.of(s.tally())))
                        .toList(),
                r.notApplicable().stream().map(n -> new SectionNoteView(n.number().toString(),
                        say.text(Keys.title(ref, n.number()), titles.title(n.number())), say.say(n.reason())))
                        .toList(),
                r.conflicts().stream().map(c -> new ConflictView(List.of(c.clause().toString(), c.other().toString()),
                        say.say(c.explanation()))).toList(),
                r.freedoms().stream().map(f -> new FreedomView(f.freedom().code(),
                        say.text(Keys.freedomTitle(f.freedom()), f.freedom().title()), TallyView.of(f.tally())))
                        .toList(),
                r.clauses().stream().map(c -> new ClauseView(c.number().toString(),
                        say.text(Keys.title(ref, c.number()), titles.title(c.number())), lower(c.strength().name()),
                        TallyView.of(c.tally()))).toList(),
                r.findings().stream().map(f -> FindingView.of(ref, f, say, titles)).toList(),
                new java.util.TreeMap<>(r.modules()));
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
