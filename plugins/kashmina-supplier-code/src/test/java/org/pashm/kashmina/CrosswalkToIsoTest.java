package org.pashm.kashmina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.ProjectedFinding;
import org.pashm.core.crosswalk.Projection;
import org.pashm.core.evaluation.Report;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;
import org.pashm.core.testkit.ModuleTests;

/**
 * The crosswalk from the supplier code to ISO 22786, checked against the real catalogue (the registry refuses a
 * target it does not have), and the shipped ISO examples projected onto the code.
 */
class CrosswalkToIsoTest {

    static final Crosswalk CROSSWALK = Kashmina.REGISTRY.crosswalk(SupplierCode.EDITION_1, DIS_2025).orElseThrow();

    static Projection project(Class<?> anchor, String example, ProductionSystem system) {
        ExampleSet set = ExampleSet.load(anchor, example);
        Report iso = ModuleTests.evaluate(Kashmina.REGISTRY, system, set.assessedOn(), set.observations());
        return Kashmina.REGISTRY.project(SupplierCode.EDITION_1, DIS_2025, system, set.assessedOn(), iso.findings());
    }

    static String line(ProjectedFinding p) {
        return p.finding().clause() + " " + (p.relation() == null ? "-" : p.relation().code()) + " "
                + p.finding().outcome().code();
    }

    static String sources(ProjectedFinding p) {
        return p.sources().stream().map(f -> f.clause() + " " + f.rule() + " " + f.outcome().code()).distinct()
                .collect(Collectors.joining("; "));
    }

    @Test
    void theAnimalAndFibreRequirementsAndTwoWorkingConditionsAreMappedTheRestIsNot() {
        assertThat(CROSSWALK.correspondences()).extracting(c -> c.requirement() + " " + c.relation().code())
                .containsExactly("1.1 intersect", "1.2 intersect", "2.1 subset", "2.2 subset", "2.3 superset",
                        "3.1 subset");
        assertThat(CROSSWALK.of(org.pashm.core.standard.ClauseNumber.of("2.1")).orElseThrow().targets())
                .extracting(Object::toString).containsExactly("5.4.3#grazing", "5.3.5#grazing-shelter", "6.1.1",
                        "6.16.1");
    }

    @Test
    void theHousingFarmExampleProjectedOntoTheSupplierCode() {
        Projection p = project(org.pashm.core.iso22786.Iso22786.class, "housing-farm", ProductionSystem.HOUSING);
        assertThat(p.findings()).extracting(CrosswalkToIsoTest::line).containsExactly(
                "1.1 intersect not-assessed", "1.2 intersect not-assessed",
                "1.3 - not-assessed", "1.4 - not-assessed", "1.5 - not-assessed",
                "2.1 subset conforms", "2.2 subset conforms", "2.3 superset not-assessed", "3.1 subset not-assessed");
        // The example's four nonconformities (5.2.2.1, 5.3.2, 5.16.5, 5.18.3) lie under no target of the code.
        ProjectedFinding grazing = p.findings().get(5);
        assertThat(sources(grazing)).isEqualTo("5.3.5 grazing-shelter conforms; 5.4.3 grazing conforms");
        assertThat(Kashmina.EN.explain(grazing.finding())).isEqualTo("The site: conforms: it asks part of what "
                + "iso-22786/DIS-2025 5.4.3#grazing, 5.3.5#grazing-shelter, 6.1.1, 6.16.1 ask, and the findings there "
                + "that decide it conform (2 conforms).");
        assertThat(p.findings().get(6).sources()).extracting(f -> f.clause().toString())
                .allMatch(c -> c.startsWith("5.13.") || c.startsWith("5.14."));
        assertThat(Kashmina.EN.explain(p.findings().get(7).finding())).contains("9.1.2 minimal-force (no journey described)");
        assertThat(p.findings().get(2).sources()).isEmpty();
        assertThat(p.overall().code()).isEqualTo("pending");
    }

    @Test
    void theNomadicHouseholdsMotorcyclesAreABreachOfTheCodeThroughTheSuperset() {
        Projection p = project(org.pashm.core.iso22786.Iso22786.class, "nomadic-household", ProductionSystem.NOMADIC);
        assertThat(p.findings()).extracting(CrosswalkToIsoTest::line).containsExactly(
                "1.1 intersect not-assessed", "1.2 intersect not-assessed",
                "1.3 - not-assessed", "1.4 - not-assessed", "1.5 - not-assessed",
                "2.1 subset conforms", "2.2 subset conforms", "2.3 superset nonconformity", "3.1 subset not-assessed");
        ProjectedFinding stress = p.findings().get(7);
        assertThat(Kashmina.EN.explain(stress.finding())).endsWith("; 6.16.5 motorcycles (the site) is not met there.");
        assertThat(stress.sources()).extracting(f -> f.clause().toString()).contains("6.16.5", "6.19.1.2", "9.1.2")
                .noneMatch(c -> c.startsWith("5."));
        assertThat(p.overall().code()).isEqualTo("not-approved");
        assertThat(Kashmina.EN.say(p.overall().explanation())).startsWith("Not approved as a supplier: requirements not met in animal "
                + "welfare (2.3).");
    }
}
