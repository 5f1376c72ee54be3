package org.pashm.app.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;

/** The catalogue as JSON: records mapped from core's model, so that core stays free of Jackson. */
final class CatalogueViews {

    private CatalogueViews() {
    }

    record ModuleView(String name, String version) {
        static ModuleView of(ModuleInfo m) {
            return new ModuleView(m.name(), m.version());
        }
    }

    record SectionView(String number, String title) {
        static SectionView of(Heading h) {
            return new SectionView(h.number().toString(), h.title());
        }
    }

    record StandardView(String id, String edition, String title, LocalDate editionDate, String decisionRule,
                        int clauses, List<SectionView> sections, List<ModuleView> modules, String href) {
        static StandardView of(Standard s, Registry registry) {
            return new StandardView(s.ref().id(), s.ref().edition(), s.title(), s.editionDate(),
                    s.decisionRule().description(), registry.clauses(s.ref()).size(),
                    registry.headings(s.ref()).stream().filter(h -> h.number().depth() == 1).map(SectionView::of).toList(),
                    registry.moduleVersions(s.ref()).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> new ModuleView(e.getKey(), e.getValue())).toList(),
                    "/standards/" + s.ref().id() + "/" + s.ref().edition() + "/clauses");
        }
    }

    record RuleView(String id, String statement, String strength, String method, String subjectKind,
                    List<String> reads) {
        static RuleView of(Rule r) {
            return new RuleView(r.id(), r.statement(), lower(r.strength().name()), r.method().code(),
                    r.subjectKind().name(), r.reads().stream().sorted().toList());
        }
    }

    record FreedomView(String code, String title, String areaOfIntervention) {
        static FreedomView of(Freedom f) {
            return new FreedomView(f.code(), f.title(), f.areaOfIntervention());
        }
    }

    record ClauseView(String standard, String edition, String number, String section, String title, String summary,
                      String strength, List<String> appliesTo, List<FreedomView> freedoms, String evaluatedBy,
                      String module, List<RuleView> rules) {
        static ClauseView of(Clause c, Registry registry) {
            return new ClauseView(c.standard().id(), c.standard().edition(), c.number().toString(),
                    c.section().toString(), c.title(), c.summary(), lower(c.strength().name()),
                    c.appliesTo().stream().sorted().map(ProductionSystem::code).toList(),
                    c.freedoms().stream().sorted().map(FreedomView::of).toList(), c.method().code(),
                    registry.contributor(c).name(), c.rules().stream().map(RuleView::of).toList());
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
