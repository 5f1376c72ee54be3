package org.pashm.kashmina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.kashmina.Kashmina.allMet;
import static org.pashm.kashmina.Kashmina.allMetBut;
import static org.pashm.kashmina.Kashmina.evaluate;
import static org.pashm.kashmina.Kashmina.finding;
import static org.pashm.kashmina.Kashmina.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;

/** The supplier code's requirements, each at its edges, and its decision rule. */
class SupplierCodeTest {

    @ParameterizedTest(name = "{0} {1} reads {2}")
    @CsvSource({
            "1.1, viable-salary, workers.viable-salary",
            "1.1, paid-vacation, workers.paid-vacation",
            "1.2, clean, workplace.clean",
            "1.2, adapted-facilities, workplace.adapted-facilities",
            "1.4, equal-rights, workers.equal-rights",
            "1.4, equal-wages, workers.equal-wages",
            "2.1, suitable-grazing, animals.suitable-grazing",
            "2.1, shelter, animals.shelter",
            "2.2, clean-water, animals.clean-water",
            "2.2, suitable-food, animals.suitable-food",
            "2.3, no-unnecessary-stress, animals.no-unnecessary-stress",
            "3.1, to-farm, fibre.traceable-to-farm",
            "3.1, to-animal, fibre.traceable-to-animal"})
    void eachAttestedRequirementIsMetByYesNotMetByNoAndNotAssessedWithout(String clause, String rule, String code) {
        assertThat(outcome(allMet(), clause, rule)).isEqualTo(Outcome.CONFORMS);
        assertThat(outcome(allMetBut(code, false), clause, rule)).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(outcome(allMetBut(code, null), clause, rule)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void clause_1_3_everyEmployeeHasAContract() {
        assertThat(outcome(allMetBut("workers.with-contract", 12), "1.3", "every-employee"))
                .isEqualTo(Outcome.CONFORMS);
        var eleven = finding(evaluate(allMetBut("workers.with-contract", 11)), "1.3", "every-employee");
        assertThat(eleven.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Kashmina.EN.explain(eleven)).isEqualTo("The site: 1 of 12 employees have no contract that secures them.");
        assertThat(eleven.facts()).extracting(f -> f.name() + "=" + Kashmina.EN.factValue(f))
                .containsExactly("kashmina.workers.employees=12", "kashmina.workers.with-contract=11");
        assertThat(outcome(allMetBut("workers.with-contract", null), "1.3", "every-employee"))
                .isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome(allMetBut("workers.employees", null), "1.3", "every-employee"))
                .isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void clause_1_5_managementOfBothSexesNeedsAtLeastOneWomanAndOneMan() {
        assertThat(outcome(allMetBut("management.women", 1), "1.5", "women")).isEqualTo(Outcome.CONFORMS);
        assertThat(outcome(allMetBut("management.women", 0), "1.5", "women")).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(outcome(allMetBut("management.men", 1), "1.5", "men")).isEqualTo(Outcome.CONFORMS);
        assertThat(outcome(allMetBut("management.men", 0), "1.5", "men")).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(outcome(allMetBut("management.men", null), "1.5", "men")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void workingConditionsDoNotApplyToASupplierThatEmploysNoOne() {
        List<RawObservation> alone = allMetBut("workers.employees", 0).stream()
                .filter(o -> o.code().startsWith("kashmina.animals") || o.code().startsWith("kashmina.fibre")
                        || o.code().equals("kashmina.workers.employees")).toList();
        Report r = evaluate(ProductionSystem.NOMADIC, alone);
        assertThat(r.findings()).filteredOn(f -> f.clause().section().equals(ClauseNumber.of("1")))
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
                    assertThat(Kashmina.EN.explain(f)).contains("the supplier employs no one");
                });
        assertThat(r.overall().code()).isEqualTo("approved");
        // One employee is enough for them to apply.
        assertThat(outcome(allMetBut("workers.employees", 1), "1.1", "viable-salary")).isEqualTo(Outcome.CONFORMS);
    }

    @Test
    void theDecisionRuleApprovesOnlyWhenEverythingThatAppliesIsMet() {
        Report approved = evaluate(allMet());
        assertThat(approved.overall().code()).isEqualTo("approved");
        assertThat(approved.overall().conformant()).isTrue();

        Report notApproved = evaluate(allMetBut("management.women", 0).stream()
                .filter(o -> !o.code().equals("kashmina.animals.clean-water")).map(o ->
                        o.code().equals("kashmina.fibre.traceable-to-animal") ? Kashmina.site("fibre.traceable-to-animal",
                                false) : o).toList());
        assertThat(notApproved.overall().code()).isEqualTo("not-approved");
        assertThat(notApproved.overall().conformant()).isFalse();
        assertThat(Kashmina.EN.say(notApproved.overall().explanation())).isEqualTo("Not approved as a supplier: "
                + "requirements not met in working conditions (1.5) and raw material (3.1). Not assessed: 2.2.");

        Report pending = evaluate(allMetBut("animals.shelter", null));
        assertThat(pending.overall().code()).isEqualTo("pending");
        assertThat(pending.overall().conformant()).isFalse();
        assertThat(Kashmina.EN.say(pending.overall().explanation()))
                .endsWith("until 1 more that applies is assessed: 2.1.");
        assertThat(Kashmina.EN.say(pending.decisionRule())).startsWith("Approved as a supplier when every requirement");
    }

    @Test
    void onlyTheAnimalRequirementsServeTheFiveFreedoms() {
        var registry = Kashmina.REGISTRY;
        assertThat(registry.clauses(SupplierCode.EDITION_1)).extracting(c -> c.number() + " " + c.freedoms().size())
                .containsExactly("1.1 0", "1.2 0", "1.3 0", "1.4 0", "1.5 0", "2.1 2", "2.2 1", "2.3 1", "3.1 0");
        assertThat(evaluate(allMet()).freedoms()).extracting(f -> f.freedom())
                .containsExactly(Freedom.HUNGER_THIRST, Freedom.DISCOMFORT, Freedom.NORMAL_BEHAVIOUR,
                        Freedom.FEAR_STRESS);
        assertThat(evaluate(allMet()).sections()).extracting(s -> s.number() + " " + s.title())
                .containsExactly("1 Working conditions", "2 Animal welfare", "3 Raw material");
    }

    @Test
    void theShippedExampleHasOneNonconformityInTheWorkplace() {
        var example = org.pashm.core.testkit.ExampleSet.load(KashminaSupplierCode.class, "kashmina-supplier");
        Report r = evaluate(example.observations());
        assertThat(r.findings()).filteredOn(f -> f.outcome() != Outcome.CONFORMS)
                .extracting(f -> f.clause() + " " + f.rule() + " " + f.outcome().code())
                .containsExactly("1.2 clean nonconformity");
        assertThat(Kashmina.EN.say(r.overall().explanation())).isEqualTo("Not approved as a supplier: requirements not met in working "
                + "conditions (1.2).");
    }
}
