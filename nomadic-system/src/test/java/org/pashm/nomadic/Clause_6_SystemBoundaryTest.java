package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.testkit.ExampleSet;
import org.pashm.core.testkit.ModuleTests;

/**
 * No housing-only clause applies to a nomadic herder household, and no clause 6 applies to a housing farm. The
 * module's own registry holds only core and this module, so a housing-only fixture clause stands in for clause 5.
 */
class Clause_6_SystemBoundaryTest {

    static final ClauseNumber SIX = ClauseNumber.of("6");

    /** A stand-in for the housing module: one housing-only clause, 5.3.3-like, read from a shelter observation. */
    static final class HousingFixture implements StandardModule {
        static final EvidenceCode AMMONIA = EvidenceCode.quantity("fixture.shelter.ammonia", "ammonia", "mg/m3", "0",
                "500", "Fixture.", SubjectKind.SHELTER);

        @Override
        public List<Standard> standards() {
            return List.of(Iso22786.DIS_2025_STANDARD);
        }

        @Override
        public List<EvidenceCode> vocabulary() {
            return List.of(AMMONIA);
        }

        @Override
        public List<Clause> clauses() {
            return List.of(Clause.of(DIS_2025, "5.3.3", "Housing-only fixture").requirement().housing()
                    .freedoms(Freedom.DISCOMFORT).summary("Fixture.")
                    .rule(Rules.atMost("ammonia", AMMONIA, Value.Quantity.of("20", "mg/m3")))
                    .build());
        }
    }

    static final Registry WITH_HOUSING = Registry.of(List.of(new HousingFixture(), new NomadicSystem()));

    static final List<RawObservation> BOTH = List.of(
            RawObservation.of("fixture.shelter.ammonia", "shelter", "shed-1", new BigDecimal("12"), "mg/m3"),
            RawObservation.of("nomadic.shelter.width", "shelter", "shed-1", new BigDecimal("12"), "m"));

    @Test
    void aHousingOnlyClauseDoesNotApplyToANomadicHousehold() {
        var report = ModuleTests.evaluate(WITH_HOUSING, ProductionSystem.NOMADIC, Nomadic.DAY, BOTH);
        assertThat(report.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.clause().isWithin(SIX)).as(f.clause().toString()).isTrue());
        assertThat(WITH_HOUSING.evaluator(DIS_2025, ProductionSystem.NOMADIC).clauses())
                .allSatisfy(c -> assertThat(c.appliesTo(ProductionSystem.NOMADIC)).isTrue())
                .noneMatch(c -> c.number().toString().startsWith("5."));
    }

    @Test
    void noClause6AppliesToAHousingFarm() {
        var report = ModuleTests.evaluate(WITH_HOUSING, ProductionSystem.HOUSING, Nomadic.DAY, BOTH);
        assertThat(report.findings()).extracting(f -> f.clause().toString()).containsExactly("5.3.3");
        assertThat(WITH_HOUSING.evaluator(DIS_2025, ProductionSystem.HOUSING).clauses())
                .noneMatch(c -> c.number().isWithin(SIX));
    }

    @Test
    void theNomadicExampleEvaluatedAsAHousingFarmMeetsNoClause6() {
        ExampleSet example = ExampleSet.load(NomadicSystem.class, "nomadic-household");
        var asHousing = ModuleTests.evaluate(Nomadic.REGISTRY, ProductionSystem.HOUSING, example.assessedOn(),
                example.observations());
        assertThat(asHousing.findings()).noneMatch(f -> f.clause().isWithin(SIX));
        var asNomadic = Nomadic.evaluate(example.assessedOn(), example.observations());
        assertThat(asNomadic.findings()).noneMatch(f -> f.clause().toString().startsWith("5."));
        assertThat(asNomadic.findings()).anyMatch(f -> f.clause().isWithin(SIX));
    }

    @Test
    void nomadicLimitsAreNotTheHousingOnes() {
        // 5.20.1 housing moult: mid-April to mid-June; 6.20.1 nomadic: mid-March to early June.
        assertThat(HarvestTiming.MOULT_OPENS.getMonthValue()).isEqualTo(3);
        // 5.9.1.4 housing kidding pen: not below 18 °C; 6.9.1.3 nomadic: 6 °C to 8 °C.
        assertThat(Reproduction.KIDDING_TEMPERATURE_MAX.value()).isLessThan(new BigDecimal("18"));
        // 5.11.2 housing: weaning from 8 weeks; 6.11.2 nomadic: after 150 days.
        assertThat(Weaning.WEANING_AGE_MIN.value()).isEqualByComparingTo("150");
    }
}
