package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ModuleTests;

/** The shape of the clause 6 catalogue as a whole: where it sits, what it reads, and what it leaves to others. */
class Clause_6_CatalogueTest {

    static final ClauseNumber SIX = ClauseNumber.of("6");
    static final ClauseNumber RAW_CASHMERE = ClauseNumber.of("6.26");

    static List<Clause> clauses() {
        return ModuleTests.clausesOf(Nomadic.REGISTRY, "org.pashm.nomadic");
    }

    @Test
    void everyClauseIsWithin6Dot1To6Dot25AndNomadicOnly() {
        assertThat(clauses()).hasSizeGreaterThan(80).allSatisfy(c -> {
            assertThat(c.number().isWithin(SIX)).as(c.number().toString()).isTrue();
            assertThat(c.number().isWithin(RAW_CASHMERE)).as(c.number() + " belongs to traceability").isFalse();
            assertThat(c.appliesTo()).as(c.number().toString()).containsExactly(ProductionSystem.NOMADIC);
            assertThat(c.rules()).as(c.number() + " is evaluated").isNotEmpty();
        });
    }

    @Test
    void everyClauseSitsUnderADeclaredHeading() {
        Set<ClauseNumber> headings = new HashSet<>();
        Nomadic.REGISTRY.headings(DIS_2025).forEach(h -> headings.add(h.number()));
        for (Clause c : clauses()) {
            String n = c.number().toString();
            String parent = n.substring(0, n.lastIndexOf('.'));
            assertThat(headings.contains(c.number()) || headings.contains(ClauseNumber.of(parent))
                    || headings.contains(ClauseNumber.of(parent.substring(0, parent.lastIndexOf('.')))))
                    .as(n + " has a heading").isTrue();
        }
    }

    @Test
    void noHeadingOf6Dot26IsDeclaredHere() {
        List<Heading> ours = new NomadicSystem().headings();
        assertThat(ours).allSatisfy(h -> {
            assertThat(h.number().isWithin(SIX)).isTrue();
            assertThat(h.number().isWithin(RAW_CASHMERE)).isFalse();
        });
    }

    @Test
    void everyCodeIsNomadicAndReadBySomeRule() {
        Set<String> read = new HashSet<>();
        clauses().forEach(c -> c.rules().forEach(r -> read.addAll(r.reads())));
        List<EvidenceCode> ours = new NomadicSystem().vocabulary();
        assertThat(ours).allSatisfy(code -> {
            assertThat(code.code()).startsWith("nomadic.");
            assertThat(read).as(code.code() + " is read").contains(code.code());
            assertThat(code.label()).isNotBlank();
            assertThat(code.description()).isNotBlank();
        });
    }

    static Stream<Arguments> everyRule() {
        return clauses().stream().flatMap(c -> c.rules().stream()
                .map(r -> Arguments.of(c.number() + " " + r.id(), c.number().toString(), r.id())));
    }

    @ParameterizedTest(name = "{0}: no evidence -> not assessed")
    @MethodSource("everyRule")
    void withoutEvidenceEveryRuleIsNotAssessed(String name, String clause, String rule) {
        var report = Nomadic.evaluate(Nomadic.DAY, List.of());
        assertThat(Nomadic.findings(report, clause, rule)).extracting(f -> f.outcome())
                .containsOnly(Outcome.NOT_ASSESSED);
    }
}
