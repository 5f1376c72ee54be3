package org.pashm.app.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Projection;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Sentence;
import org.pashm.text.Renderer;

/**
 * Projects a stored assessment onto another standard ("audit once, comply with many"): the findings are read from
 * the stored report, as the auditor's assessment recorded them, and drawn onto the other standard's requirements
 * through the crosswalk that standard declares towards the assessment's.
 */
@ApplicationScoped
public class ProjectionService {

    @Inject
    Registry registry;

    @Inject
    ObjectMapper json;

    @Inject
    Reports reports;

    private java.util.Map<String, String> modules(Assessment a) {
        try {
            return json.readValue(a.moduleVersions, json.getTypeFactory().constructMapType(java.util.TreeMap.class,
                    String.class, String.class));
        } catch (IOException e) {
            throw new IllegalStateException("stored module versions of " + a.id + " cannot be read", e);
        }
    }

    /** The projection of {@code a} onto {@code standard} (the newest edition when {@code edition} is null). */
    public ProjectionBody project(Assessment a, String standard, String edition, Renderer say) {
        StandardRef from = StandardRef.of(a.standardId, a.edition);
        Standard onto = target(standard, edition);
        Crosswalk crosswalk = registry.crosswalk(onto.ref(), from).orElseThrow(() -> Problems.badParameter("standard",
                Rule.NO_CROSSWALK, "No module maps the requirements of " + onto.ref() + " to " + from
                        + ", the standard of this assessment, so it cannot be projected onto it. Standards it can be "
                        + "projected onto: " + ontoOptions(from) + "."));
        Projection p = registry.project(crosswalk.from(), from, ProductionSystem.fromCode(a.productionSystem),
                a.assessedOn, findings(a));
        return ProjectionBody.of(a.id, p, registry, new ProjectionBody.ProjectedFrom(a.standardId, a.edition,
                a.overallResult, modules(a)), say);
    }

    private Standard target(String standard, String edition) {
        try {
            StandardRef.of(standard, edition == null ? "1" : edition); // refuses a malformed id or edition
            if (edition == null) {
                return registry.newestEdition(standard).orElseThrow(() -> Problems.badParameter("standard",
                        Rule.UNKNOWN_STANDARD, "No standard " + standard + " is registered; known: " + known() + "."));
            }
            StandardRef ref = StandardRef.of(standard, edition);
            return registry.standard(ref).orElseThrow(() -> Problems.badParameter(
                    registry.newestEdition(standard).isPresent() ? "edition" : "standard", Rule.UNKNOWN_STANDARD,
                    "No standard edition " + ref + " is registered; known: " + known() + "."));
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter(edition != null && e.getMessage().startsWith("edition") ? "edition"
                    : "standard", Rule.INVALID_VALUE, e.getMessage());
        }
    }

    private String known() {
        return registry.standards().stream().map(s -> s.ref().toString()).collect(Collectors.joining(", "));
    }

    private String ontoOptions(StandardRef from) {
        List<String> options = registry.crosswalks().stream().filter(x -> x.to().equals(from))
                .map(x -> x.from().toString()).toList();
        return options.isEmpty() ? "none" : String.join(", ", options);
    }

    /** The findings the assessment recorded: as data, or (a report stored in English) rebuilt from its JSON. */
    private List<Finding> findings(Assessment a) {
        if (Reports.isData(a)) {
            return reports.report(a).findings();
        }
        try {
            return findings(json.readValue(a.report, ReportBody.class));
        } catch (IOException e) {
            throw new IllegalStateException("stored report of " + a.id + " cannot be read", e);
        }
    }

    /**
     * The findings of a report stored in English, before findings were data: each says its stored English sentence,
     * which no other language can translate.
     */
    static List<Finding> findings(ReportBody report) {
        List<Finding> out = new ArrayList<>(report.findings().size());
        for (ReportBody.FindingView f : report.findings()) {
            Subject subject = f.subject().kind().equals(SubjectKind.SITE.name()) ? Subject.SITE
                    : Subject.of(SubjectKind.of(f.subject().kind()), f.subject().id());
            out.add(new Finding(ClauseNumber.of(f.clause()), f.rule(), subject,
                    Strength.valueOf(f.strength().toUpperCase(Locale.ROOT)), Outcome.fromCode(f.outcome()),
                    List.of(), Sentence.text("stored/" + f.clause() + "/" + f.rule(), f.explanation()).message()));
        }
        return out;
    }
}
