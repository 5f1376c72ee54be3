package org.pashm.app.assessment;

import org.pashm.core.text.Keys;
import org.pashm.text.Renderer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pashm.core.crosswalk.ProjectedFinding;
import org.pashm.core.crosswalk.Projection;
import org.pashm.core.crosswalk.Target;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;

/**
 * An assessment's findings projected onto another standard through that standard's crosswalk: computed when asked
 * from the stored report (never stored itself), under the other standard's decision rule. Each finding names the
 * requirement, the relation it was drawn through and the findings of the assessment it rests on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionBody(
        UUID assessment,
        String standard,
        String edition,
        ProjectedFrom projectedFrom,
        String productionSystem,
        LocalDate assessedOn,
        ReportBody.Overall overall,
        String decisionRule,
        ReportBody.TallyView total,
        List<ReportBody.SectionView> sections,
        List<ProjectedFindingView> findings,
        Map<String, String> modules,
        List<String> crosswalkDeclaredBy) {

    /** The assessment the findings come from, as stored. */
    public record ProjectedFrom(String standard, String edition, String result, Map<String, String> modules) {
    }

    /**
     * @param relation null when nothing covers the requirement
     * @param targets  what the requirement is mapped to in the assessment's standard; empty when nothing
     * @param sources  the assessment's findings under the targets, as stored
     */
    public record ProjectedFindingView(String requirement, String title, String strength, String outcome,
                                       String relation, List<String> targets, String rationale, String explanation,
                                       List<SourceView> sources) {
    }

    public record SourceView(String clause, String rule, ReportBody.SubjectView subject, String strength,
                             String outcome, String explanation) {
        static SourceView of(Finding f, Renderer say) {
            return new SourceView(f.clause().toString(), f.rule(), new ReportBody.SubjectView(f.subject().kind().name(),
                    f.subject().id()), lower(f.strength().name()), f.outcome().code(), say.explain(f));
        }
    }

    static ProjectionBody of(UUID assessment, Projection p, Registry registry, ProjectedFrom from, Renderer say) {
        List<ProjectedFindingView> findings = new java.util.ArrayList<>(p.findings().size());
        for (ProjectedFinding pf : p.findings()) {
            Finding f = pf.finding();
            String title = registry.clause(p.standard(), f.clause())
                    .map(c -> say.text(Keys.title(p.standard(), c.number()), c.title())).orElse(null);
            findings.add(new ProjectedFindingView(f.clause().toString(), title, lower(f.strength().name()),
                    f.outcome().code(), pf.relation() == null ? null : pf.relation().code(),
                    pf.targets().stream().map(Target::toString).toList(), pf.rationale(), say.explain(f),
                    pf.sources().stream().map(x -> SourceView.of(x, say)).toList()));
        }
        var crosswalk = registry.crosswalk(p.standard(), p.from()).orElseThrow();
        return new ProjectionBody(assessment, p.standard().id(), p.standard().edition(), from, p.system().code(),
                p.assessedOn(), new ReportBody.Overall(p.overall().code(), p.overall().conformant(),
                say.say(p.overall().explanation())), say.say(p.decisionRule()), ReportBody.TallyView.of(p.total()),
                p.sections().stream().map(s -> new ReportBody.SectionView(s.number().toString(),
                        say.text(Keys.title(p.standard(), s.number()), s.title()),
                        ReportBody.TallyView.of(s.tally()))).toList(),
                findings, new java.util.TreeMap<>(registry.moduleVersions(p.standard())),
                registry.declarers(crosswalk).stream().map(m -> m.name() + " " + m.version()).toList());
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
