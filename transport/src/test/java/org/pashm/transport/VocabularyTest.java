package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Range;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.testkit.ModuleTests;

/** The module's evidence codes: named by subject, described, and each one read by a rule of clauses 7-10 and 12. */
class VocabularyTest {

    private static final List<EvidenceCode> CODES = new Transport().vocabulary();

    @Test
    void everyCodeIsNamedByItsSubjectKind() {
        assertThat(CODES).hasSize(56).allSatisfy(c -> {
            assertThat(c.subjectKinds()).hasSize(1);
            SubjectKind kind = c.subjectKinds().iterator().next();
            assertThat(kind).isIn(SubjectKind.SITE, SubjectKind.VEHICLE, SubjectKind.DRIVER, SubjectKind.JOURNEY,
                    SubjectKind.TRANSITION);
            assertThat(c.code()).startsWith("transport." + kind.name() + ".");
            assertThat(c.label()).isNotBlank();
            assertThat(c.description()).endsWith(".").hasSizeGreaterThan(c.label().length());
        });
    }

    @Test
    void attestationsStateWhatShouldHoldOrTheFactThatDecidesApplicability() {
        assertThat(CODES).filteredOn(c -> c.type() == ValueType.ATTESTATION)
                .allSatisfy(c -> assertThat(Character.isUpperCase(c.label().charAt(0))).as(c.code()).isTrue());
    }

    @Test
    void quantitiesHaveTheirUnitAndAPlausibleRange() {
        assertThat(CODES).filteredOn(c -> c.type() == ValueType.QUANTITY)
                .extracting(c -> c.code() + " " + c.unit() + " " + c.plausible())
                .containsExactlyInAnyOrder(
                        "transport.journey.deck-area m2 " + range("0", "200"),
                        "transport.journey.hours-since-last-feed h " + range("0", "240"),
                        "transport.journey.ramp-gradient deg " + range("0", "90"));
    }

    private static String range(String min, String max) {
        return Range.of(min, max).toString();
    }

    @Test
    void everyCodeIsReadByARuleOfTheModule() {
        TreeSet<String> read = new TreeSet<>();
        ModuleTests.clausesOf(Transports.REGISTRY, "org.pashm.transport")
                .forEach(c -> c.rules().forEach(r -> read.addAll(r.reads())));
        TreeSet<String> defined = new TreeSet<>();
        CODES.forEach(c -> defined.add(c.code()));
        assertThat(read).isEqualTo(defined);
    }
}
