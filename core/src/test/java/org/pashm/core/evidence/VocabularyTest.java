package org.pashm.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.pashm.core.evidence.EvidenceProblem.Rule;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    static final EvidenceCode AREA = EvidenceCode.quantity("test.shelter.area", "floor area", "m2", "0", "100000",
            "Floor area.", SubjectKind.SHELTER);
    static final EvidenceCode TEMP = EvidenceCode.quantity("test.shelter.temperature", "temperature", "Cel", "-60",
            "60", "Temperature.", SubjectKind.SHELTER);
    static final EvidenceCode DOES = EvidenceCode.count("test.shelter.does", "adult does", 0, 100000, "Does.",
            SubjectKind.SHELTER);
    static final EvidenceCode FLAT = EvidenceCode.attestation("test.site.flat", "ground is flat", "Flat.",
            SubjectKind.SITE);
    static final EvidenceCode BAG = EvidenceCode.choice("test.bag.material", "bag material",
            List.of("cotton", "linen", "polypropylene"), "Material.", SubjectKind.BAG);
    static final EvidenceCode INSPECTED = EvidenceCode.date("test.site.inspected", "inspection", "Date.",
            SubjectKind.SITE);

    private final Vocabulary vocabulary = new Vocabulary(List.of(AREA, TEMP, DOES, FLAT, BAG, INSPECTED));

    private static RawObservation raw(String code, String kind, String id, Object value, String unit) {
        return RawObservation.of(code, kind, id, value, unit);
    }

    @Test
    void acceptsValidObservationsAndConvertsCompatibleUnits() {
        Vocabulary.Validation v = vocabulary.validate(List.of(
                raw("test.shelter.area", "shelter", "A", new BigDecimal("1200000"), "cm2"),
                raw("test.shelter.temperature", "shelter", "A", new BigDecimal("86"), "[degF]"),
                raw("test.shelter.does", "shelter", "A", new BigDecimal("80"), null),
                raw("test.site.flat", null, null, true, null),
                raw("test.bag.material", "bag", "B-1", "linen", null),
                raw("test.site.inspected", "site", null, "2026-03-15", null)));
        assertThat(v.problems()).isEmpty();
        assertThat(v.observations()).hasSize(6);
        Value.Quantity area = (Value.Quantity) v.observations().get(0).value();
        assertThat(area.value()).isEqualByComparingTo("120");
        assertThat(area.unit()).isEqualTo("m2");
        assertThat(((Value.Quantity) v.observations().get(1).value()).value()).isEqualByComparingTo("30");
        assertThat(v.observations().get(3).subject()).isEqualTo(Subject.SITE);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsFieldAndRule() {
        Vocabulary.Validation v = vocabulary.validate(List.of(
                raw("test.nope", "shelter", "A", BigDecimal.ONE, "m2"),
                raw("test.shelter.area", "shelter", "A", true, "m2"),
                raw("test.shelter.area", "shelter", "B", BigDecimal.TEN, "kg"),
                raw("test.shelter.area", "shelter", "C", BigDecimal.TEN, "parsec-ish"),
                raw("test.shelter.area", "shelter", "D", new BigDecimal("-1"), "m2"),
                raw("test.shelter.temperature", "shelter", "A", new BigDecimal("400"), "Cel"),
                raw("test.bag.material", "bag", "B-1", "nylon", null),
                raw("test.shelter.does", "bag", "B-1", BigDecimal.ONE, null),
                raw("test.shelter.does", "shelter", "A", new BigDecimal("1.5"), null),
                raw("test.shelter.area", "shelter", null, BigDecimal.TEN, "m2"),
                raw("test.site.flat", null, null, null, null),
                raw("test.site.inspected", null, null, "15/03/2026", null),
                raw("test.site.flat", null, null, true, "m"),
                raw("test.shelter.area", "shelter", "E", BigDecimal.TEN, null)));
        assertThat(v.isValid()).isFalse();
        assertThat(v.observations()).isEmpty();
        assertThat(v.problems()).extracting(p -> p.index() + " " + p.field() + " " + p.rule()).containsExactly(
                "0 code UNKNOWN_CODE",
                "1 value WRONG_TYPE",
                "2 unit INCOMPATIBLE_UNIT",
                "3 unit UNKNOWN_UNIT",
                "4 value IMPLAUSIBLE_VALUE",
                "5 value IMPLAUSIBLE_VALUE",
                "6 value UNKNOWN_CHOICE",
                "7 subject/kind SUBJECT_KIND_NOT_TAKEN",
                "8 value WRONG_TYPE",
                "9 subject/id INVALID_SUBJECT",
                "10 value MISSING_VALUE",
                "11 value WRONG_TYPE",
                "12 unit INCOMPATIBLE_UNIT",
                "13 unit MISSING_UNIT");
        assertThat(v.problems().get(5).detail()).contains("400 Cel", "plausible: -60 to 60 Cel");
        assertThat(v.problems().get(7).detail()).contains("observed on shelter");
    }

    @Test
    void refusesTheSameCodeTwiceOnOneSubjectButNotOnTwoSubjects() {
        Vocabulary.Validation v = vocabulary.validate(List.of(
                raw("test.shelter.area", "shelter", "A", BigDecimal.TEN, "m2"),
                raw("test.shelter.area", "shelter", "B", BigDecimal.TEN, "m2"),
                raw("test.shelter.area", "shelter", "A", BigDecimal.ONE, "m2")));
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(2);
            assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_OBSERVATION);
            assertThat(p.detail()).contains("observation 0");
        });
    }

    @Test
    void refusesACodeDefinedTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Vocabulary(List.of(AREA, AREA)))
                .hasMessageContaining("test.shelter.area is defined twice");
    }
}
