package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.testkit.ModuleTests;

/** The module's catalogue holds together: clause 5 up to 5.25, every code used, every "shall" evaluated. */
class CatalogueCompletenessTest {

    private static final List<Clause> CLAUSES = ModuleTests.clausesOf(Housing.REGISTRY, "org.pashm.housing");

    @Test
    void coversClauseFiveUpToTwentyFiveAndLeavesRawCashmereToTraceability() {
        assertThat(CLAUSES).isNotEmpty().allSatisfy(c -> {
            assertThat(c.number().isWithin(ClauseNumber.of("5"))).as(c.number().toString()).isTrue();
            assertThat(c.number().isWithin(ClauseNumber.of("5.26"))).as(c.number().toString()).isFalse();
        });
    }

    @Test
    void everyRequirementAndProhibitionHasARuleExceptTable2WhichIsJudgedUnder5221() {
        assertThat(CLAUSES).filteredOn(c -> c.strength().isNormative() && c.rules().isEmpty())
                .extracting(c -> c.number().toString()).containsExactly("5.5.2");
    }

    @Test
    void everyEvidenceCodeIsTheModulesAndIsReadBySomeRule() {
        Set<String> read = new HashSet<>();
        for (Clause c : CLAUSES) {
            for (Rule r : c.rules()) {
                read.addAll(r.reads());
            }
        }
        List<EvidenceCode> own = new HousingSystem().vocabulary();
        assertThat(own).allSatisfy(code -> {
            assertThat(code.code()).startsWith("housing.");
            assertThat(read).as("rules reading %s", code.code()).contains(code.code());
        });
    }

    @Test
    void everyDutyCitesAClauseOfThisModule() {
        Set<ClauseNumber> numbers = new HashSet<>();
        CLAUSES.forEach(c -> numbers.add(c.number()));
        assertThat(new HousingSystem().duties()).extracting(d -> d.id()).containsExactlyInAnyOrder(
                "hoof-repair-grazing-goats", "hoof-repair-housing-bucks", "hoof-repair-housing-does",
                "castration-non-breeding-kids", "soil-testing", "observation-after-harvest-injury",
                "cashmere-harvest");
        assertThat(new HousingSystem().duties()).allSatisfy(d -> assertThat(numbers).containsAll(d.clauses()));
    }
}
