package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.testkit.ModuleTests;

/** The module's catalogue as a whole: which system each clause concerns, and a vocabulary with no loose ends. */
class CatalogueConsistencyTest {

    static final List<org.pashm.core.standard.Clause> OURS = ModuleTests.clausesOf(Trace.REGISTRY,
            "org.pashm.traceability");

    @Test
    void fiveTwentySixAndElevenOneAreHousingOnly_SixTwentySixAndElevenTwoNomadicOnly() {
        assertThat(OURS).isNotEmpty().allSatisfy(c -> {
            String n = c.number().toString();
            ProductionSystem expected = n.startsWith("5.26.") || n.startsWith("11.1.") ? ProductionSystem.HOUSING
                    : ProductionSystem.NOMADIC;
            assertThat(n).matches("(5\\.26|6\\.26|11\\.1|11\\.2)\\..+");
            assertThat(c.appliesTo()).as(n).containsExactly(expected);
            assertThat(c.freedoms()).as(n).isNotEmpty();
            assertThat(c.rules()).as(n + " has rules").isNotEmpty();
        });
    }

    @Test
    void theTwinsOfFiveTwentySixAndSixTwentySixAreBothCatalogued() {
        Set<String> numbers = new HashSet<>();
        OURS.forEach(c -> numbers.add(c.number().toString()));
        assertThat(numbers).contains("5.26.1.1", "5.26.1.2", "5.26.1.3", "5.26.2.1", "5.26.2.2", "5.26.2.3",
                "5.26.2.4", "5.26.2.5", "5.26.3.1", "5.26.3.2", "6.26.1.1", "6.26.1.2", "6.26.1.3", "6.26.2.1",
                "6.26.2.2", "6.26.2.3", "6.26.2.4", "6.26.2.5", "6.26.2.6", "6.26.3.1", "6.26.3.2", "11.1.1",
                "11.1.2", "11.1.3", "11.1.4", "11.1.5", "11.1.6", "11.1.7", "11.2.1", "11.2.2", "11.2.3", "11.2.4",
                "11.2.5").hasSize(33);
    }

    @Test
    void onlyTheDensityOfAHousingFarmIsAdvice() {
        assertThat(OURS).filteredOn(c -> c.strength() == Strength.ADVICE)
                .extracting(c -> c.number().toString()).containsExactly("5.26.2.5");
    }

    @Test
    void aHousingAssessmentNeverShowsANomadicClauseAndViceVersa() {
        var housing = Trace.housing(LocalDate.of(2026, 6, 10), Trace.site("general.iso-26000-referred", true));
        var nomadic = Trace.nomadic(LocalDate.of(2026, 6, 10), Trace.site("general.iso-26000-referred", true));
        assertThat(housing.findings()).extracting(f -> f.clause().toString())
                .noneMatch(n -> n.startsWith("6.26.") || n.startsWith("11.2."))
                .anyMatch(n -> n.startsWith("5.26.")).anyMatch(n -> n.startsWith("11.1."));
        assertThat(nomadic.findings()).extracting(f -> f.clause().toString())
                .noneMatch(n -> n.startsWith("5.26.") || n.startsWith("11.1."))
                .anyMatch(n -> n.startsWith("6.26.")).anyMatch(n -> n.startsWith("11.2."));
    }

    @Test
    void everyCodeIsReadByARuleAndWellDescribed() {
        Set<String> read = new HashSet<>();
        for (var c : OURS) {
            for (Rule r : c.rules()) {
                read.addAll(r.reads());
            }
        }
        List<EvidenceCode> codes = new Traceability().vocabulary();
        assertThat(codes).allSatisfy(code -> {
            assertThat(code.code()).startsWith("traceability.");
            assertThat(read).as(code.code() + " is read").contains(code.code());
            assertThat(code.label()).isNotBlank();
            assertThat(code.description()).endsWith(".");
            if (code.type() == ValueType.ATTESTATION) {
                assertThat(Character.isUpperCase(code.label().charAt(0))).as(code.code() + " label is a statement")
                        .isTrue();
            }
        });
    }

    @Test
    void everyHeadingIsCanonicalAndOwnsClauses() {
        for (var h : new Traceability().headings()) {
            assertThat(Trace.REGISTRY.heading(DIS_2025, h.number())).contains(h);
            assertThat(OURS).anyMatch(c -> c.number().isWithin(h.number()));
        }
        assertThat(Trace.REGISTRY.heading(DIS_2025, ClauseNumber.of("11.2")).orElseThrow().title())
                .isEqualTo("Nomadic herding system");
    }
}
