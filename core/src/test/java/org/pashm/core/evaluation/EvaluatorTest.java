package org.pashm.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.internal.Iso22786General;
import org.pashm.core.registry.Registry;
import org.pashm.core.registry.RegistryTestSupport;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.text.Terms;

class EvaluatorTest {

    static Registry registry;
    static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    @BeforeAll
    static void load() {
        registry = Registry.of(List.of(new Iso22786General(), RegistryTestSupport.fixture()));
    }

    private static Report evaluate(ProductionSystem system, RawObservation... raw) {
        Vocabulary.Validation v = registry.vocabulary().validate(List.of(raw));
        assertThat(v.problems()).isEmpty();
        return registry.evaluate(DIS_2025, system, DAY, v.observations());
    }

    private static RawObservation shed(String id, String code, String value, String unit) {
        return RawObservation.of(code, "shelter", id, new BigDecimal(value), unit);
    }

    private static RawObservation site(String code, boolean value) {
        return RawObservation.of(code, null, null, value, null);
    }

    private static List<String> lines(Report r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.clause() + "/" + f.rule() + " " + f.subject() + " " + f.outcome().code());
        }
        return out;
    }

    @Test
    void judgesEachShelterOnItsOwnAndOnlyTheClausesOfTheSitesSystem() {
        Report r = evaluate(ProductionSystem.HOUSING,
                site("general.iso-26000-referred", true),
                shed("shed-A", "fixture.shelter.ammonia", "12", "mg/m3"),
                shed("shed-A", "fixture.shelter.temperature", "18", "Cel"),
                shed("shed-B", "fixture.shelter.ammonia", "24", "mg/m3"),
                shed("shed-B", "fixture.shelter.temperature", "25", "Cel"),
                site("fixture.site.shears", false));
        assertThat(lines(r)).containsExactly(
                "4.1/iso-26000 site/site conforms",
                "5.3.2/optimal shelter/shed-A conforms",
                "5.3.2/optimal shelter/shed-B observation",
                "5.3.2/summer shelter/shed-A conforms",
                "5.3.2/summer shelter/shed-B conforms",
                "5.3.3/ammonia shelter/shed-A conforms",
                "5.3.3/ammonia shelter/shed-B nonconformity",
                "5.25.7/injuries harvest-session/* not-applicable");
        Finding b = r.findings().get(6);
        assertThat(b.subject()).isEqualTo(Subject.of(SubjectKind.SHELTER, "shed-B"));
        assertThat(b.says().key()).isEqualTo("rule/limit/not-met");
        assertThat(b.says().args().subList(1, 4)).containsExactly(Value.Quantity.of("24", "mg/m3"), "atMost",
                Value.Quantity.of("20", "mg/m3"));
        assertThat(r.overall().code()).isEqualTo("nonconformant");
        assertThat(r.overall().explanation().arg("clauses")).isEqualTo(List.of("5.3.3"));
    }

    @Test
    void summarisesByClauseSectionAndFreedom() {
        Report r = evaluate(ProductionSystem.HOUSING,
                site("general.iso-26000-referred", true),
                shed("shed-A", "fixture.shelter.ammonia", "24", "mg/m3"),
                shed("shed-A", "fixture.shelter.temperature", "25", "Cel"),
                site("fixture.site.shears", false));
        assertThat(r.clauses()).extracting(c -> c.number() + " " + c.tally().outcome().code()).containsExactly(
                "4.1 conforms", "5.3.2 observation", "5.3.3 nonconformity", "5.25.7 not-applicable");
        assertThat(r.sections()).extracting(s -> s.number() + " " + s.title() + " " + s.tally().outcome().code())
                .containsExactly("4 Requirements conforms", "5 Housing production system nonconformity");
        Report.FreedomSummary discomfort = r.freedoms().stream()
                .filter(f -> f.freedom() == Freedom.DISCOMFORT).findFirst().orElseThrow();
        // 4.1 (1 conforms) + 5.3.2 (observation, conforms) + 5.3.3 (nonconformity)
        assertThat(discomfort.tally()).isEqualTo(new Tally(2, 1, 1, 0, 0, Outcome.NONCONFORMITY));
        assertThat(r.total()).isEqualTo(new Tally(2, 1, 1, 0, 1, Outcome.NONCONFORMITY));
    }

    @Test
    void missingEvidenceIsNotAssessedAndMakesTheResultIncompleteNeverConformant() {
        Report r = evaluate(ProductionSystem.HOUSING,
                site("general.iso-26000-referred", true),
                shed("shed-A", "fixture.shelter.ammonia", "12", "mg/m3"));
        assertThat(lines(r)).contains(
                "5.3.2/summer shelter/shed-A not-assessed",
                "5.25.7/injuries harvest-session/* not-assessed");
        assertThat(r.overall().code()).isEqualTo("incomplete");
        assertThat(r.overall().conformant()).isFalse();
    }

    @Test
    void noShelterDescribedIsNotAssessedForEveryShelterRule() {
        Report r = evaluate(ProductionSystem.HOUSING, site("general.iso-26000-referred", true));
        assertThat(r.findings()).filteredOn(f -> f.clause().toString().equals("5.3.3")).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
                    assertThat(f.subject().isNone()).isTrue();
                    assertThat(f.says()).isEqualTo(Sentences.NONE_DESCRIBED.with(Terms.kind(SubjectKind.SHELTER)));
                });
    }

    @Test
    void conformantWhenEveryRequirementIsMetEvenWithAdviceUnfollowedOrUnassessed() {
        Report r = evaluate(ProductionSystem.HOUSING,
                site("general.iso-26000-referred", true),
                shed("shed-A", "fixture.shelter.ammonia", "20", "mg/m3"),
                shed("shed-A", "fixture.shelter.temperature", "30", "Cel"),
                site("fixture.site.shears", false));
        assertThat(r.overall().code()).isEqualTo("conformant");
        assertThat(r.overall().conformant()).isTrue();
        assertThat(r.findings()).anyMatch(f -> f.outcome() == Outcome.OBSERVATION);
        assertThat(r.modules()).containsKey("org.pashm.core");
    }

    @Test
    void aNomadicSiteGetsNoHousingClause() {
        Report r = evaluate(ProductionSystem.NOMADIC,
                site("general.iso-26000-referred", true), site("fixture.site.motorcycles", true));
        assertThat(lines(r)).containsExactly("4.1/iso-26000 site/site conforms", "6.16.5/motorcycles site/site nonconformity");
    }

    // ---- what does not apply, said once; what nothing reads, refused (issue 16) ----------------------------------

    @Test
    void aNomadicReportSaysOnceThatTheHousingSectionDoesNotApplyAndHasNoFindingOfIt() {
        Report r = evaluate(ProductionSystem.NOMADIC, site("fixture.site.motorcycles", false));
        assertThat(r.notApplicable()).containsExactly(new Report.SectionNote(
                org.pashm.core.standard.ClauseNumber.of("5"), "Housing production system",
                Sentences.SECTION_NOT_FOR_SYSTEM.with("5", Terms.text("iso-22786/DIS-2025/5/title",
                        "Housing production system"), List.of(ProductionSystem.HOUSING.term()),
                        ProductionSystem.NOMADIC.term())));
        assertThat(r.findings()).noneMatch(f -> f.clause().toString().startsWith("5."));
        assertThat(evaluate(ProductionSystem.HOUSING, site("fixture.site.shears", false)).notApplicable())
                .extracting(n -> n.number().toString()).containsExactly("6");
    }

    @Test
    void evidenceNoApplicableRuleReadsIsNamedWithTheClausesThatWouldReadIt() {
        Evaluator nomadic = registry.evaluator(DIS_2025, ProductionSystem.NOMADIC);
        assertThat(nomadic.unreadBecause("fixture.shelter.ammonia"))
                .isEqualTo("fixture.shelter.ammonia is read only by clause 5.3.3, which does not apply to a nomadic site");
        assertThat(nomadic.unreadBecause("fixture.site.motorcycles")).isNull();
        // Read by a rule's applicability (shearing decides whether 5.25.7 applies) is read.
        assertThat(registry.evaluator(DIS_2025, ProductionSystem.HOUSING).unreadBecause("fixture.site.shears")).isNull();
        assertThat(registry.evaluator(DIS_2025, ProductionSystem.HOUSING).unreadBecause("fixture.site.motorcycles"))
                .isEqualTo("fixture.site.motorcycles is read only by clause 6.16.5, which does not apply to a "
                        + "housing site");
        assertThat(nomadic.unreadBecause("general.nothing"))
                .isEqualTo("general.nothing is read by no clause of iso-22786/DIS-2025 that applies to a nomadic site");
    }

    private static org.pashm.core.standard.Clause.Builder temperature(String number) {
        return org.pashm.core.standard.Clause.of(DIS_2025, number, "Kidding pen temperature").requirement().housing()
                .freedoms(Freedom.DISCOMFORT).summary("s");
    }

    @Test
    void aKnownConflictIsExplainedOnceWhenBothClausesApplyAndNotWhenOneDoesNot() {
        org.pashm.core.evidence.EvidenceCode shears = registry.vocabulary().code("fixture.site.shears").orElseThrow();
        org.pashm.core.evidence.EvidenceCode temp = registry.vocabulary().code("fixture.shelter.temperature").orElseThrow();
        List<org.pashm.core.standard.Clause> clauses = List.of(
                temperature("5.90").conflictsWith("5.91", "the pen is 6 to 8 Cel in 5.90 and 4 to 10 Cel in 5.91")
                        .rule(Rules.between("pen", temp, org.pashm.core.evidence.Value.Quantity.of("6", "Cel"),
                                org.pashm.core.evidence.Value.Quantity.of("8", "Cel"))).build(),
                temperature("5.91").conflictsWith("5.90", "the pen is 4 to 10 Cel in 5.91 and 6 to 8 Cel in 5.90")
                        .rule(Rules.between("pen", temp, org.pashm.core.evidence.Value.Quantity.of("4", "Cel"),
                                org.pashm.core.evidence.Value.Quantity.of("10", "Cel"))
                                .onlyWhen(Applicability.whenAttested(shears))).build());
        Evaluator evaluator = new Evaluator(registry.standard(DIS_2025).orElseThrow(), ProductionSystem.HOUSING,
                clauses, java.util.Map.of(), java.util.Map.of());
        Vocabulary.Validation both = registry.vocabulary().validate(List.of(
                shed("pen-1", "fixture.shelter.temperature", "9", "Cel"), site("fixture.site.shears", true)));
        Report r = evaluator.evaluate(org.pashm.core.evidence.Evidence.of(both.observations()), DAY);
        assertThat(r.conflicts()).containsExactly(new Report.ConflictNote(
                org.pashm.core.standard.ClauseNumber.of("5.90"), org.pashm.core.standard.ClauseNumber.of("5.91"),
                Sentences.CONFLICT.with(Terms.text("iso-22786/DIS-2025/5.90/conflict/5.91",
                        "the pen is 6 to 8 Cel in 5.90 and 4 to 10 Cel in 5.91"), "5.90", "5.91")));
        Vocabulary.Validation one = registry.vocabulary().validate(List.of(
                shed("pen-1", "fixture.shelter.temperature", "9", "Cel"), site("fixture.site.shears", false)));
        assertThat(evaluator.evaluate(org.pashm.core.evidence.Evidence.of(one.observations()), DAY).conflicts())
                .isEmpty();
    }
}
