package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.standard.Clause;
import org.pashm.core.testkit.ModuleTests;

/**
 * Every statement of clause 6 that an auditor attests, and every prohibited practice, judged from its own
 * observation: a statement attested "yes" conforms and "no" does not; a prohibited practice found "no" conforms and
 * "yes" is a breach; advice not followed is an observation, never a nonconformity; without the observation the rule
 * is not assessed. Rules are read from the registry, so a new attestation is covered without a new test.
 */
class Clause_6_AttestationsTest {

    record Case(Clause clause, Rule rule, EvidenceCode code) {
        boolean prohibitsPractice() {
            return rule.statement().startsWith("never: ");
        }

        List<RawObservation> observe(Object value) {
            SubjectKind kind = rule.subjectKind();
            if (kind.equals(SubjectKind.SITE)) {
                return List.of(RawObservation.of(code.code(), null, null, value, null));
            }
            RawObservation judged = RawObservation.of(code.code(), kind.name(), "s1", value, null);
            // A feeder's rules wait for its type (6.2.2.3.1); the only attested feeder rule is the hay feeder's grate.
            return kind.equals(ShelterRequirements.FEEDER)
                    ? List.of(judged, RawObservation.of("nomadic.feeder.type", kind.name(), "s1", "hay-feeder", null))
                    : List.of(judged);
        }

        @Override
        public String toString() {
            return clause.number() + " " + rule.id();
        }
    }

    static Stream<Arguments> attestations() {
        return ModuleTests.clausesOf(Nomadic.REGISTRY, "org.pashm.nomadic").stream()
                .flatMap(c -> c.rules().stream()
                        .filter(r -> r.method() == Method.ATTESTATION)
                        .map(r -> new Case(c, r, judged(r))))
                .map(c -> Arguments.of(c.toString(), c));
    }

    /** The code an attestation rule judges: the one it reads that is not one of its applicability conditions. */
    private static EvidenceCode judged(Rule rule) {
        Set<String> codes = new HashSet<>(rule.reads());
        if (rule.applicability() != null) {
            codes.removeAll(rule.applicability().reads());
        }
        assertThat(codes).as(rule.clause() + " " + rule.id() + " judges one code").hasSize(1);
        EvidenceCode code = Nomadic.REGISTRY.vocabulary().code(codes.iterator().next()).orElseThrow();
        assertThat(code.type()).isEqualTo(ValueType.ATTESTATION);
        return code;
    }

    @ParameterizedTest(name = "{0}: the statement holds, or the practice is not found -> conforms")
    @MethodSource("attestations")
    void compliantAnswerConforms(String name, Case c) {
        assertThat(outcomeOf(c, !c.prohibitsPractice())).isEqualTo(Outcome.CONFORMS);
    }

    @ParameterizedTest(name = "{0}: the statement does not hold, or the practice is found -> nonconformity or observation")
    @MethodSource("attestations")
    void breachIsANonconformityUnlessAdvice(String name, Case c) {
        Outcome expected = c.rule().strength().isNormative() ? Outcome.NONCONFORMITY : Outcome.OBSERVATION;
        assertThat(outcomeOf(c, c.prohibitsPractice())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: not attested -> not assessed")
    @MethodSource("attestations")
    void missingAttestationIsNotAssessed(String name, Case c) {
        var report = Nomadic.evaluate(Nomadic.DAY, List.of());
        assertThat(Nomadic.findings(report, c.clause().number().toString(), c.rule().id()))
                .extracting(f -> f.outcome()).containsExactly(Outcome.NOT_ASSESSED);
    }

    private static Outcome outcomeOf(Case c, boolean answer) {
        var report = Nomadic.evaluate(Nomadic.DAY, c.observe(answer));
        return Nomadic.findings(report, c.clause().number().toString(), c.rule().id()).get(0).outcome();
    }
}
