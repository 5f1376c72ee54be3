package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.on;
import static org.pashm.transport.Transports.site;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/**
 * The site's statements that take clauses out of play: a site that moves no goats by vehicle gets "not applicable"
 * for clauses 7, 8 and 9; one that moves no herd on foot for clause 10; one that kills no goat for clause 12; each
 * with the statement as its reason. Unstated, the clauses apply and, without evidence, are "not assessed".
 */
class Clause_7_to_12_ScopeTest {

    private static List<Finding> within(Report report, String... sections) {
        return report.findings().stream().filter(f -> {
            for (String s : sections) {
                if (f.clause().isWithin(ClauseNumber.of(s))) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    @ParameterizedTest(name = "7-9 on a {0} site that moves no goats by vehicle: not applicable")
    @EnumSource(ProductionSystem.class)
    void noGoatsMovedByVehicle_7_8_9(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of(site("moves-goats-by-vehicle", false)));
        List<Finding> transport = within(report, "7", "8", "9");
        assertThat(transport).hasSize(30).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(Transports.EN.explain(f)).contains("not applicable (Goats are moved by vehicle: no)");
        });
        assertThat(within(report, "10", "12")).allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED));
    }

    @ParameterizedTest(name = "7-9 on a site that moves no goats by vehicle but describes a journey: not applicable")
    @CsvSource({"3, true"})
    void theSiteStatementAlsoCoversDescribedSubjects_7_8_9(String hours, boolean water) {
        var report = evaluate(List.of(site("moves-goats-by-vehicle", false),
                on("journey", "j-1", "hours-since-last-feed", hours, "h"),
                on("journey", "j-1", "water-before-transport", Boolean.toString(water))));
        assertThat(within(report, "7", "8", "9")).allSatisfy(
                f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "10 on a {0} site that moves no herd on foot: not applicable")
    @EnumSource(ProductionSystem.class)
    void noHerdMovedOnFoot_10(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of(site("moves-herd-on-foot", false)));
        assertThat(within(report, "10")).hasSize(15).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(Transports.EN.explain(f)).contains("not applicable (The herd is moved on foot between pastures: no)");
        });
        assertThat(within(report, "7", "8", "9", "12"))
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED));
    }

    @ParameterizedTest(name = "12 on a {0} site that kills no goats: not applicable")
    @EnumSource(ProductionSystem.class)
    void noGoatsKilled_12(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of(site("kills-goats", false)));
        assertThat(within(report, "12")).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(Transports.EN.explain(f)).contains("not applicable (Goats are killed by the site: no)");
        });
    }

    @ParameterizedTest(name = "7-12 on a {0} site that states nothing: not assessed, never conforms")
    @EnumSource(ProductionSystem.class)
    void withoutEvidenceEverythingIsNotAssessed(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of());
        assertThat(within(report, "7", "8", "9", "10", "12")).hasSize(46)
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED));
        assertThat(report.overall().code()).isEqualTo("incomplete");
    }

    @ParameterizedTest(name = "7-12 on a {0} site that says yes but describes nothing: not assessed")
    @EnumSource(ProductionSystem.class)
    void aYesWithoutSubjectsIsNotAssessed(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of(site("moves-goats-by-vehicle", true),
                site("moves-herd-on-foot", true), site("kills-goats", true)));
        assertThat(within(report, "7", "8", "9", "10", "12")).hasSize(46)
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSED));
    }

    @ParameterizedTest(name = "a site doing none of it: 7-12 all not applicable, the result conformant")
    @EnumSource(ProductionSystem.class)
    void aSiteDoingNoneOfItIsConformantOnTheseClauses(ProductionSystem system) {
        var report = Transports.evaluate(system, List.of(RawObservation.of("general.iso-26000-referred", null, null, Boolean.TRUE, null),
                site("moves-goats-by-vehicle", false), site("moves-herd-on-foot", false), site("kills-goats", false)));
        assertThat(within(report, "7", "8", "9", "10", "12")).hasSize(46)
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE));
        assertThat(report.overall().code()).isEqualTo("conformant");
    }
}
