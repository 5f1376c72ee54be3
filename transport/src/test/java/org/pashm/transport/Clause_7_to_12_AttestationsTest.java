package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.on;
import static org.pashm.transport.Transports.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.Strength;
import org.pashm.core.testkit.ModuleTests;

/**
 * Every statement of clauses 7-10 and 12 that is judged from an auditor's attestation, as data: its clause, rule,
 * subject kind, evidence code and strength. A requirement conforms on "yes" and is a nonconformity on "no"; a
 * prohibited practice ({@code never}) conforms on "no" and is a nonconformity on "yes"; advice not followed is an
 * observation; no attestation is "not assessed". A test checks that the table lists every attestation rule.
 */
class Clause_7_to_12_AttestationsTest {

    record Row(String clause, String rule, String kind, String thing, Strength strength) {
        @Override
        public String toString() {
            return clause + " " + rule;
        }
    }

    private static Row shall(String clause, String rule, String kind, String thing) {
        return new Row(clause, rule, kind, thing, Strength.REQUIREMENT);
    }

    static final List<Row> ROWS = List.of(
            shall("7.1.2", "roadworthy-and-qualified", "vehicle", "roadworthy-and-qualified"),
            shall("7.1.3", "safety-equipment", "vehicle", "guardrails-and-safety-equipment"),
            shall("7.1.4", "no-sharp-edges", "vehicle", "no-sharp-edges"),
            shall("7.1.4", "easy-to-clean", "vehicle", "easy-to-clean"),
            shall("7.1.5", "slip-resistant-floor", "vehicle", "slip-resistant-floor"),
            shall("7.1.5", "bedding", "journey", "bedding"),
            shall("7.1.5", "cleaned-and-disinfected", "journey", "vehicle-cleaned-and-disinfected"),
            shall("7.1.5", "transport-permit", "vehicle", "transport-permit"),
            shall("7.1.6", "quarantine-certificate", "journey", "quarantine-certificate"),
            shall("7.1.7", "water-before-transport", "journey", "water-before-transport"),
            shall("8.1.1", "driving-licence", "driver", "driving-licence"),
            shall("8.1.2", "route-planned", "journey", "route-known-and-planned"),
            shall("8.1.2", "emergency-plan", "journey", "emergency-plan"),
            shall("8.1.2", "documents-carried", "journey", "documents-carried"),
            shall("9.1.1", "level-handling", "journey", "level-handling-equipment"),
            shall("9.1.1", "ramp-safety", "journey", "ramp-slip-resistant-fenced"),
            shall("9.1.2", "minimal-force", "journey", "minimal-force"),
            new Row("9.1.2", "no-rough-driving", "journey", "rough-handling", Strength.PROHIBITION),
            shall("9.1.2", "noise-minimised", "journey", "noise-minimised"),
            shall("9.1.3", "unloaded-promptly", "journey", "unloaded-promptly"),
            shall("9.1.3", "injury-check", "journey", "injury-check"),
            new Row("9.1.3", "gradual-feeding", "journey", "gradual-feeding", Strength.ADVICE),
            shall("9.1.4", "room-to-stand-and-lie", "journey", "room-to-stand-and-lie"),
            shall("10.1.1", "plan-time", "transition", "plan-time"),
            shall("10.1.1", "plan-weather", "transition", "plan-weather"),
            shall("10.1.1", "plan-destination", "transition", "plan-destination"),
            shall("10.1.1", "plan-route", "transition", "plan-route"),
            shall("10.1.1", "plan-grazing", "transition", "plan-grazing"),
            shall("10.1.1", "plan-water", "transition", "plan-water"),
            shall("10.1.1", "plan-rest-places", "transition", "plan-rest-places"),
            shall("10.1.1", "plan-equipment", "transition", "plan-equipment"),
            shall("10.1.1", "plan-emergencies", "transition", "plan-emergencies"),
            shall("10.1.2", "weather-followed", "transition", "weather-followed"),
            shall("10.1.2", "emergency-measures", "transition", "emergency-measures"),
            shall("10.1.3", "walking-speed", "transition", "walking-speed-controlled"),
            shall("10.1.3", "stops-scheduled", "transition", "stops-scheduled"),
            shall("10.1.3", "weak-goats", "transition", "weak-goats-cared-for"),
            shall("10.1.3", "kids-and-pregnant-does", "transition", "kids-and-pregnant-does-not-hurried"),
            shall("12", "woah-methods", "site", "killing-per-woah-code"));

    /** Another observation of the same subject, so that a missing attestation is judged on a described subject. */
    private static final Map<String, RawObservation> OTHER = Map.of(
            "vehicle", on("vehicle", "truck-1", "small-pens", "2"),
            "journey", on("journey", "j-1", "deck-area", "10", "m2"),
            "driver", on("journey", "j-1", "deck-area", "10", "m2"),
            "transition", on("transition", "t-1", "long-distance", "true"),
            "site", on("site", null, "kills-goats", "true"));

    static Stream<Arguments> rows() {
        return ROWS.stream().map(Arguments::of);
    }

    private static String idOf(String kind) {
        return switch (kind) {
            case "vehicle" -> "truck-1";
            case "journey" -> "j-1";
            case "driver" -> "driver-1";
            case "transition" -> "t-1";
            default -> null;
        };
    }

    private static Outcome attest(Row row, String value) {
        List<RawObservation> raw = new ArrayList<>();
        raw.add(OTHER.get(row.kind()));
        if (value != null) {
            raw.add(on(row.kind(), idOf(row.kind()), row.thing(), value));
        }
        return outcome(evaluate(raw), row.clause(), row.rule());
    }

    @ParameterizedTest(name = "{0}: yes, no and nothing attested")
    @MethodSource("rows")
    void attestedStatement(Row row) {
        Outcome whenBreached = row.strength() == Strength.ADVICE ? Outcome.OBSERVATION : Outcome.NONCONFORMITY;
        boolean practice = row.strength() == Strength.PROHIBITION;
        assertThat(attest(row, "true")).isEqualTo(practice ? whenBreached : Outcome.CONFORMS);
        assertThat(attest(row, "false")).isEqualTo(practice ? Outcome.CONFORMS : whenBreached);
        assertThat(attest(row, null)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void theTableListsEveryAttestationRuleOfTheModule() {
        TreeSet<String> declared = new TreeSet<>();
        for (var clause : ModuleTests.clausesOf(Transports.REGISTRY, "org.pashm.transport")) {
            for (var rule : clause.rules()) {
                if (rule.method() == Method.ATTESTATION) {
                    declared.add(clause.number() + " " + rule.id() + " " + rule.strength());
                }
            }
        }
        TreeSet<String> tabled = new TreeSet<>();
        ROWS.forEach(r -> tabled.add(r.clause() + " " + r.rule() + " " + r.strength()));
        assertThat(tabled).isEqualTo(declared);
    }
}
