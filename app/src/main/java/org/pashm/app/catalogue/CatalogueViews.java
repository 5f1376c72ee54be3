package org.pashm.app.catalogue;

import org.pashm.core.text.Keys;
import org.pashm.text.Renderer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.pashm.app.platform.Plugins;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Target;
import org.pashm.core.standard.Certification;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Standard;

/** The catalogue as JSON: records mapped from core's model, so that core stays free of Jackson. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    /** @param plugin the jar the module was loaded from, when it came from the plugins directory */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModuleView(String name, String version, String plugin) {
    }

    record SectionView(String number, String title) {
        static SectionView of(Heading h, Renderer say) {
            return new SectionView(h.number().toString(), say.text(Keys.title(h.standard(), h.number()), h.title()));
        }
    }

    /**
     * @param certification null when the standard does not certify
     * @param crosswalks    the standards this one's requirements are mapped to
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StandardView(String id, String edition, String title, LocalDate editionDate, String decisionRule,
                        int clauses, List<SectionView> sections, List<ModuleView> modules, String href,
                        CertificationView certification, List<CrosswalkLink> crosswalks) {
        static StandardView of(Standard s, Registry registry, Plugins plugins, Renderer say) {
            java.util.Map<String, String> versions = registry.moduleVersions(s.ref());
            List<ModuleView> modules = registry.modules().stream().filter(m -> versions.containsKey(m.name()))
                    .sorted(java.util.Comparator.comparing(ModuleInfo::name))
                    .map(m -> new ModuleView(m.name(), m.version(), plugins.jarOf(m))).toList();
            String base = "/standards/" + s.ref().id() + "/" + s.ref().edition();
            return new StandardView(s.ref().id(), s.ref().edition(), say.text(Keys.standardTitle(s.ref()), s.title()),
                    s.editionDate(), say.say(s.decisionRule().description()), registry.clauses(s.ref()).size(),
                    registry.headings(s.ref()).stream().filter(h -> h.number().depth() == 1)
                            .map(h -> SectionView.of(h, say)).toList(),
                    modules, base + "/clauses",
                    registry.certification(s.ref()).map(CertificationView::of).orElse(null),
                    registry.crosswalksFrom(s.ref()).stream().map(x -> new CrosswalkLink(x.to().id(), x.to().edition(),
                            x.correspondences().size(), base + "/crosswalks/" + x.to().id() + "/" + x.to().edition()))
                            .toList());
        }
    }

    /** That a standard certifies, for how long, and the duty that renews a certificate. */
    record CertificationView(String validity, String validityWords, String renewalDuty, String basis) {
        static CertificationView of(Certification c) {
            return new CertificationView(c.validity().toString(), c.validityWords(), c.renewalDuty(), c.basis());
        }
    }

    record CrosswalkLink(String toStandard, String toEdition, int requirementsMapped, String href) {
    }

    /** A crosswalk: how each requirement of one standard relates to the clauses of another. */
    record CrosswalkView(String fromStandard, String fromEdition, String toStandard, String toEdition,
                         List<String> declaredBy, List<LineView> requirements) {
        static CrosswalkView of(Crosswalk x, Registry registry) {
            List<LineView> lines = new java.util.ArrayList<>();
            for (Clause requirement : registry.clauses(x.from())) {
                lines.add(x.of(requirement.number()).map(c -> new LineView(requirement.number().toString(),
                        requirement.title(), c.relation().code(), c.relation().words(),
                        c.targets().stream().map(t -> TargetView.of(t, x.to(), registry)).toList(), c.rationale()))
                        .orElseGet(() -> new LineView(requirement.number().toString(), requirement.title(), null,
                                "not covered: an assessment against " + x.to() + " leaves it not assessed",
                                List.of(), null)));
            }
            return new CrosswalkView(x.from().id(), x.from().edition(), x.to().id(), x.to().edition(),
                    registry.declarers(x).stream().map(ModuleInfo::name).toList(), lines);
        }
    }

    /** @param relation null when nothing covers the requirement */
    record LineView(String requirement, String title, String relation, String meaning, List<TargetView> targets,
                    String rationale) {
    }

    /** @param rule null when the target is a whole clause or heading */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetView(String target, String clause, String rule, String title, String kind) {
        static TargetView of(Target t, org.pashm.core.standard.StandardRef to, Registry registry) {
            var clause = registry.clause(to, t.clause());
            String title = clause.map(Clause::title).orElseGet(() -> registry.heading(to, t.clause())
                    .map(Heading::title).orElse(null));
            return new TargetView(t.toString(), t.clause().toString(), t.rule(), title,
                    clause.isPresent() ? (t.rule() == null ? "clause" : "rule") : "heading");
        }
    }

    /**
     * How a wording of the draft was read (docs/reading-the-standard.md): absent for a plain "shall", "shall not" or
     * "should".
     */
    record ReadingView(String reading, String wording, String reason) {
        static ReadingView of(Wording w) {
            return w == null ? null : new ReadingView(w.anchor(), w.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), w.reason());
        }
    }

    /** Another clause of the draft that says something else about the same thing. */
    record ConflictView(String clause, String differs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleView(String id, String statement, String strength, String method, String subjectKind,
                    List<String> reads, ReadingView reading) {
        static RuleView of(Rule r, org.pashm.core.standard.StandardRef standard, Renderer say) {
            return new RuleView(r.id(), say.text(Keys.statement(standard, r.clause(), r.id()), r.statement()),
                    lower(r.strength().name()), r.method().code(),
                    r.subjectKind().name(), r.reads().stream().sorted().toList(), ReadingView.of(r.wording()));
        }
    }

    record FreedomView(String code, String title, String areaOfIntervention) {
        static FreedomView of(Freedom f, Renderer say) {
            return new FreedomView(f.code(), say.text(Keys.freedomTitle(f), f.title()),
                    say.text(Keys.freedomArea(f), f.areaOfIntervention()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClauseView(String standard, String edition, String number, String section, String title, String summary,
                      String strength, ReadingView reading, List<String> appliesTo, List<FreedomView> freedoms,
                      String evaluatedBy, String module, List<RuleView> rules, List<ConflictView> knownConflicts) {
        static ClauseView of(Clause c, Registry registry, Renderer say) {
            return new ClauseView(c.standard().id(), c.standard().edition(), c.number().toString(),
                    c.section().toString(), say.text(Keys.title(c.standard(), c.number()), c.title()),
                    say.text(Keys.summary(c.standard(), c.number()), c.summary()), lower(c.strength().name()),
                    ReadingView.of(c.wording()), c.appliesTo().stream().sorted().map(ProductionSystem::code).toList(),
                    c.freedoms().stream().sorted().map(f -> FreedomView.of(f, say)).toList(), c.method().code(),
                    registry.contributor(c).name(), c.rules().stream().map(r -> RuleView.of(r, c.standard(), say))
                            .toList(),
                    c.conflicts().isEmpty() ? null : c.conflicts().stream()
                            .map(k -> new ConflictView(k.other().toString(), say.text(Keys.conflict(c.standard(),
                                    c.number(), k.other()), k.differs()))).toList());
        }
    }

    record RangeView(BigDecimal min, BigDecimal max) {
    }

    record CodeView(String code, String type, String label, String description, String unit, RangeView plausible,
                    List<String> choices, List<String> subjectKinds, String module) {
        static CodeView of(EvidenceCode c, Registry registry) {
            return new CodeView(c.code(), c.type().code(), c.label(), c.description(), c.unit(),
                    c.plausible() == null ? null : new RangeView(c.plausible().min(), c.plausible().max()),
                    c.choices().isEmpty() ? null : c.choices(),
                    c.subjectKinds().stream().map(SubjectKind::name).sorted().toList(),
                    registry.owner(c.code()).map(ModuleInfo::name).orElse(null));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
