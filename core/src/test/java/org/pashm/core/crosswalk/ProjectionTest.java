package org.pashm.core.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pashm.core.crosswalk.SupplierCodeFixture.CODE;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.internal.Iso22786General;
import org.pashm.core.registry.Registry;
import org.pashm.core.registry.RegistryTestSupport;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.evidence.Value;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

/**
 * Projecting an ISO 22786 assessment onto another standard: what each relation lets a finding of the assessment
 * show, which findings a projected finding rests on, and what is left "not assessed".
 */
class ProjectionTest {

    static final Registry REGISTRY = Registry.of(List.of(new Iso22786General(), RegistryTestSupport.fixture(),
            new SupplierCodeFixture()));
    static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    static Finding iso(String clause, String rule, String shelter, Strength strength, Outcome outcome) {
        Subject subject = shelter == null ? Subject.SITE : Subject.of(SubjectKind.SHELTER, shelter);
        return new Finding(ClauseNumber.of(clause), rule, subject, strength, outcome, List.of(),
                Sentence.text("t/found-" + outcome.code(), "found " + outcome.code() + ".").message());
    }

    /** How a projected finding names a source: "5.3.3 ammonia (shelter shed-B)", as data. */
    static Message source(String clause, String rule, String shelter) {
        return Sentence.of("crosswalk/source", "", "clause", "rule", "subject").with(clause, rule,
                org.pashm.core.evaluation.Sentences.SUBJECT.with(Terms.kind(SubjectKind.SHELTER), shelter));
    }

    static Finding iso(String clause, String rule, Outcome outcome) {
        return iso(clause, rule, "shed-A", Strength.REQUIREMENT, outcome);
    }

    static Projection project(ProductionSystem system, Finding... findings) {
        return REGISTRY.project(CODE, DIS_2025, system, DAY, List.of(findings));
    }

    static ProjectedFinding of(Projection p, String requirement) {
        return p.findings().stream().filter(f -> f.finding().clause().toString().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError("no projected finding of " + requirement));
    }

    /** One ISO finding under a target with each relation: what the projected requirement's outcome is. */
    static Stream<Arguments> relations() {
        // requirement, its relation to its target, the ISO finding there, what it shows for the requirement
        List<Arguments> cases = new ArrayList<>();
        Object[][] table = {
                {"1.1", "equal", "5.3.3", "ammonia", Outcome.CONFORMS, Outcome.CONFORMS},
                {"1.1", "equal", "5.3.3", "ammonia", Outcome.NONCONFORMITY, Outcome.NONCONFORMITY},
                {"1.1", "equal", "5.3.3", "ammonia", Outcome.NOT_ASSESSED, Outcome.NOT_ASSESSED},
                {"1.1", "equal", "5.3.3", "ammonia", Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE},
                {"1.2", "subset", "5.3.2", "summer", Outcome.CONFORMS, Outcome.CONFORMS},
                {"1.2", "subset", "5.3.2", "summer", Outcome.NONCONFORMITY, Outcome.NOT_ASSESSED},
                {"1.2", "subset", "5.3.2", "summer", Outcome.NOT_ASSESSED, Outcome.NOT_ASSESSED},
                {"1.2", "subset", "5.3.2", "summer", Outcome.NOT_APPLICABLE, Outcome.NOT_ASSESSED},
                {"1.3", "superset", "5.25.7", "injuries", Outcome.CONFORMS, Outcome.NOT_ASSESSED},
                {"1.3", "superset", "5.25.7", "injuries", Outcome.NONCONFORMITY, Outcome.NONCONFORMITY},
                {"1.3", "superset", "5.25.7", "injuries", Outcome.NOT_ASSESSED, Outcome.NOT_ASSESSED},
                {"1.3", "superset", "5.25.7", "injuries", Outcome.NOT_APPLICABLE, Outcome.NOT_ASSESSED},
                {"1.4", "intersect", "5.3.3", "ammonia", Outcome.CONFORMS, Outcome.NOT_ASSESSED},
                {"1.4", "intersect", "5.3.3", "ammonia", Outcome.NONCONFORMITY, Outcome.NOT_ASSESSED},
                {"1.4", "intersect", "5.3.3", "ammonia", Outcome.NOT_ASSESSED, Outcome.NOT_ASSESSED},
                {"1.4", "intersect", "5.3.3", "ammonia", Outcome.NOT_APPLICABLE, Outcome.NOT_ASSESSED},
        };
        for (Object[] row : table) {
            cases.add(Arguments.of(row));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}: ISO {2} {3} {4} gives {5}")
    @MethodSource("relations")
    void eachRelationShowsOnlyWhatItCan(String requirement, String relation, String clause, String rule,
                                        Outcome iso, Outcome expected) {
        Finding source = iso(clause, rule, iso);
        ProjectedFinding p = of(project(ProductionSystem.HOUSING, source), requirement);
        assertThat(p.relation().code()).isEqualTo(relation);
        assertThat(p.finding().outcome()).as(p.finding().says().key()).isEqualTo(expected);
        assertThat(p.sources()).containsExactly(source);
        assertThat(p.finding().subject()).isEqualTo(Subject.SITE);
        assertThat(p.finding().rule()).isEqualTo(Projection.RULE);
        assertThat(p.finding().facts()).extracting(f -> f.name() + "=" + f.value())
                .contains("relation=" + new Value.Choice(relation));
    }

    @Test
    void aRuleTargetTakesOnlyThatRulesFindingsAndAHeadingTargetEveryClauseBelowIt() {
        Finding optimal = iso("5.3.2", "optimal", "shed-A", Strength.ADVICE, Outcome.OBSERVATION);
        Finding summer = iso("5.3.2", "summer", Outcome.CONFORMS);
        Finding ammonia = iso("5.3.3", "ammonia", Outcome.CONFORMS);
        Projection p = project(ProductionSystem.HOUSING, optimal, summer, ammonia);
        assertThat(of(p, "1.2").sources()).containsExactly(summer);
        assertThat(of(p, "1.2").finding().outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(of(p, "1.4").sources()).containsExactly(optimal, summer, ammonia);
    }

    @Test
    void normativeFindingsDecideAndAdviceDecidesOnlyWhenItIsAllThereIs() {
        // 1.4 intersects clause 5: the advice not followed (an observation) does not make the normative findings fail.
        Projection p = project(ProductionSystem.HOUSING,
                iso("5.3.2", "optimal", "shed-A", Strength.ADVICE, Outcome.OBSERVATION),
                iso("5.3.2", "summer", Outcome.CONFORMS));
        assertThat(of(p, "1.4").finding().says().key()).isEqualTo("crosswalk/met-in-part");
        // An advice finding alone decides: not followed, it is "not met", and 1.1 (a requirement) is a nonconformity.
        Finding adviceOnly = iso("5.3.3", "ammonia", "shed-A", Strength.ADVICE, Outcome.OBSERVATION);
        assertThat(of(project(ProductionSystem.HOUSING, adviceOnly), "1.1").finding().outcome())
                .isEqualTo(Outcome.NONCONFORMITY);
    }

    @Test
    void everySubjectCountsAndANonconformityOutweighsWhatWasNotAssessed() {
        Finding a = iso("5.3.3", "ammonia", "shed-A", Strength.REQUIREMENT, Outcome.CONFORMS);
        Finding b = iso("5.3.3", "ammonia", "shed-B", Strength.REQUIREMENT, Outcome.NONCONFORMITY);
        Finding c = iso("5.3.3", "ammonia", "shed-C", Strength.REQUIREMENT, Outcome.NOT_ASSESSED);
        ProjectedFinding p = of(project(ProductionSystem.HOUSING, a, b, c), "1.1");
        assertThat(p.finding().outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(p.sources()).containsExactly(a, b, c);
        assertThat(p.finding().says().key()).isEqualTo("crosswalk/not-met");
        assertThat(p.finding().says().arg("failed")).isEqualTo(List.of(source("5.3.3", "ammonia", "shed-B")));
        ProjectedFinding unknown = of(project(ProductionSystem.HOUSING, a, c), "1.1");
        assertThat(unknown.finding().outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(unknown.finding().says().key()).isEqualTo("crosswalk/unknown");
        assertThat(unknown.finding().says().arg("unknown")).isEqualTo(List.of(source("5.3.3", "ammonia", "shed-C")));
    }

    @Test
    void aRequirementNothingCoversIsNotAssessedWithNoSources() {
        ProjectedFinding p = of(project(ProductionSystem.HOUSING, iso("5.3.3", "ammonia", Outcome.CONFORMS)), "2.1");
        assertThat(p.covered()).isFalse();
        assertThat(p.relation()).isNull();
        assertThat(p.sources()).isEmpty();
        assertThat(p.finding().outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(p.finding().says().key()).isEqualTo("crosswalk/uncovered");
        assertThat(p.finding().says().args()).containsExactly("iso-22786/DIS-2025", "test-code/1");
    }

    @Test
    void targetsThatDoNotApplyToTheSitesSystemLeaveTheRequirementNotAssessed() {
        // 1.5 maps to 6.16.5, a nomadic clause: a housing assessment says nothing about it.
        ProjectedFinding p = of(project(ProductionSystem.HOUSING), "1.5");
        assertThat(p.finding().outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(p.finding().says().key()).isEqualTo("crosswalk/not-for-system");
        assertThat(p.finding().says().arg("system")).isEqualTo(ProductionSystem.HOUSING.term());
        Finding motorcycles = iso("6.16.5", "motorcycles", null, Strength.PROHIBITION, Outcome.NONCONFORMITY);
        assertThat(of(project(ProductionSystem.NOMADIC, motorcycles), "1.5").finding().outcome())
                .isEqualTo(Outcome.NONCONFORMITY);
        // A target that applies but has no finding in the report (an older report, say) is not assessed either.
        assertThat(of(project(ProductionSystem.HOUSING), "1.1").finding().says().key()).isEqualTo("crosswalk/no-findings");
        assertThat(of(project(ProductionSystem.HOUSING), "1.1").finding().says().args()).containsExactly("5.3.3");
    }

    @Test
    void onlyTheRequirementsOfTheSitesSystemAreProjectedAndTheOtherStandardsRuleDecides() {
        Projection housing = project(ProductionSystem.HOUSING, iso("5.3.3", "ammonia", Outcome.CONFORMS));
        assertThat(housing.findings()).extracting(f -> f.finding().clause().toString())
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1");
        assertThat(project(ProductionSystem.NOMADIC).findings()).extracting(f -> f.finding().clause().toString())
                .contains("1.7").doesNotContain("1.6");
        assertThat(housing.standard()).isEqualTo(CODE);
        assertThat(housing.from()).isEqualTo(DIS_2025);
        assertThat(housing.overall().code()).isEqualTo("not-approved");
        assertThat(housing.decisionRule().key()).isEqualTo("test-code/decision-rule");
        assertThat(housing.total().conforms()).isEqualTo(1);
        assertThat(housing.sections()).extracting(s -> s.number() + " " + s.title())
                .containsExactly("1 Animals", "2 Workers");
    }

    @Test
    void projectingNeedsACrosswalkFromTheOtherStandard() {
        assertThatThrownBy(() -> REGISTRY.project(DIS_2025, CODE, ProductionSystem.HOUSING, DAY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no module maps the requirements of iso-22786/DIS-2025 to test-code/1");
        assertThatThrownBy(() -> REGISTRY.project(org.pashm.core.standard.StandardRef.of("nobody", "1"), DIS_2025,
                ProductionSystem.HOUSING, DAY, List.of())).hasMessage("no standard nobody/1 is registered");
    }

    @Test
    void theRegistryAnswersWhichCrosswalksThereAre() {
        assertThat(REGISTRY.crosswalks()).singleElement().satisfies(x -> {
            assertThat(x.from()).isEqualTo(CODE);
            assertThat(x.to()).isEqualTo(DIS_2025);
            assertThat(x.correspondences()).extracting(c -> c.requirement().toString())
                    .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
            assertThat(REGISTRY.declarers(x)).extracting(m -> m.name()).containsExactly("test.supplier-code");
        });
        assertThat(REGISTRY.crosswalksFrom(CODE)).hasSize(1);
        assertThat(REGISTRY.crosswalksFrom(DIS_2025)).isEmpty();
        assertThat(REGISTRY.crosswalk(CODE, DIS_2025)).isPresent();
    }

    @Test
    void targetsParseAndPrint() {
        assertThat(Target.parse("5.3.5#grazing-shelter")).isEqualTo(new Target(ClauseNumber.of("5.3.5"),
                "grazing-shelter"));
        assertThat(Target.parse("5.14").toString()).isEqualTo("5.14");
        assertThatThrownBy(() -> Target.parse("5.3.5#Bad Rule")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.parse("five")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Relation.fromCode("Superset")).isEqualTo(Relation.SUPERSET);
        assertThatThrownBy(() -> Relation.fromCode("overlaps")).hasMessageContaining("equal, subset, superset");
        assertThatThrownBy(() -> new Correspondence(ClauseNumber.of("1.1"), Relation.EQUAL, List.of(), "r"))
                .hasMessageContaining("mapped to no target clause");
    }

    static StandardModule supplierCode() {
        return new SupplierCodeFixture();
    }
}
