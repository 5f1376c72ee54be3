package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.inspection;
import static org.pashm.traceability.internal.Trace.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;

/**
 * 6.26.2: the yearly cashmere inspection of a nomadic herder (6.26.2.1 March to April, before combing; 6.26.2.2 key
 * parameters; 6.26.2.3 sampling site, staple only; 6.26.2.4 visual fineness; 6.26.2.5 objective diameter of breeding
 * flocks; 6.26.2.6 density, a requirement here).
 */
class Clause_6_26_2_InspectionTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "6.26.2.1 inspection on {0} -> {1}")
    @CsvSource({"2026-02-28, nonconformity", "2026-03-01, conforms", "2026-04-30, conforms",
            "2026-05-01, nonconformity"})
    void fromMarchToApril(String day, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection.date", day));
        assertThat(Trace.outcome(report, "6.26.2.1", "march-april")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.1 inspection on {0}, combing from {1} -> {2}")
    @CsvSource({"2026-03-14, 2026-03-15, conforms", "2026-03-15, 2026-03-15, nonconformity"})
    void beforeCombing(String day, String harvest, String outcome) {
        var report = Trace.nomadic(DAY,
                inspection("2026", "traceability.cashmere-inspection.date", day),
                inspection("2026", "traceability.cashmere-inspection.harvest-start", harvest));
        assertThat(Trace.outcome(report, "6.26.2.1", "before-harvest")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.1 every year: assessed {0}, last inspection {1} -> {2}")
    @CsvSource({"2026-05-01, 2026-03-01, conforms", "2026-05-01, 2025-04-30, nonconformity",
            "2026-04-30, 2025-03-01, conforms", "2026-04-30, 2025-02-28, nonconformity"})
    void everyYear(String assessed, String last, String outcome) {
        var report = Trace.nomadic(LocalDate.parse(assessed), site("traceability.site.last-cashmere-inspection", last));
        assertThat(Trace.outcome(report, "6.26.2.1", "every-year")).isEqualTo(Outcome.fromCode(outcome));
    }

    static List<RawObservation> keyParameters(CashmereInspection.KeyParameter except, Boolean value) {
        List<RawObservation> obs = new ArrayList<>();
        for (CashmereInspection.KeyParameter p : CashmereInspection.NOMADIC_KEY_PARAMETERS) {
            if (p != except) {
                obs.add(inspection("2026", "traceability.cashmere-inspection.records-" + p.code, true));
            } else if (value != null) {
                obs.add(inspection("2026", "traceability.cashmere-inspection.records-" + p.code, value));
            }
        }
        return obs;
    }

    @Test
    void theNineNomadicKeyParametersConformWithoutHornType_6_26_2_2() {
        assertThat(CashmereInspection.NOMADIC_KEY_PARAMETERS)
                .contains(CashmereInspection.KeyParameter.HERDER_LOCATION)
                .doesNotContain(CashmereInspection.KeyParameter.HORN_TYPE);
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.NOMADIC, DAY, keyParameters(null, null)),
                "6.26.2.2", "key-parameters");
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORMS);
    }

    @ParameterizedTest(name = "6.26.2.2 identification without {0} -> nonconformity")
    @EnumSource(value = CashmereInspection.KeyParameter.class, names = "HORN_TYPE", mode = EnumSource.Mode.EXCLUDE)
    void eachKeyParameterIsRequired(CashmereInspection.KeyParameter p) {
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.NOMADIC, DAY, keyParameters(p, false)),
                "6.26.2.2", "key-parameters");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.outcome(Trace.evaluate(ProductionSystem.NOMADIC, DAY, keyParameters(p, null)),
                "6.26.2.2", "key-parameters")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "6.26.2.3 sample {0} cm behind the shoulder blade -> {1}")
    @CsvSource({"1.9, nonconformity", "2, conforms", "10, conforms", "10.1, nonconformity"})
    void twoToTenCentimetresBehindTheShoulderBlade(String cm, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026",
                "traceability.cashmere-inspection.sample-behind-shoulder-blade", cm, "cm"));
        assertThat(Trace.outcome(report, "6.26.2.3", "behind-shoulder-blade")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.3 sample {0} cm above the midline -> {1}")
    @CsvSource({"0.99, nonconformity", "1, conforms", "2, conforms", "2.01, nonconformity"})
    void oneToTwoCentimetresAboveTheMidline(String cm, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection.sample-above-midline",
                cm, "cm"));
        assertThat(Trace.outcome(report, "6.26.2.3", "above-midline")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.3 {0} = {1} -> {2}")
    @CsvSource({"left-side, sample-left-side, true, conforms", "left-side, sample-left-side, false, nonconformity",
            "staple-only, sample-staple-only, true, conforms", "staple-only, sample-staple-only, false, nonconformity"})
    void leftSideAndStapleOnly(String rule, String code, boolean value, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection." + code, value));
        assertThat(Trace.outcome(report, "6.26.2.3", rule)).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void noRulerIsRequiredOfANomadicHerder_6_26_2_3() {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection.ruler-length", "15", "cm"));
        assertThat(Trace.findings(report, "6.26.2.3", "ruler")).isEmpty();
        assertThat(Trace.findings(report, "5.26.2.3", "ruler")).isEmpty();
    }

    @ParameterizedTest(name = "6.26.2.4 graded by eye = {0} -> {1}")
    @CsvSource({"true, conforms", "false, nonconformity"})
    void gradedByEye(boolean value, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection.fineness-graded-visually",
                value));
        assertThat(Trace.outcome(report, "6.26.2.4", "visual")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.5 breeding flock {0}, diameter measured {1} -> {2}")
    @CsvSource({"true, true, conforms", "true, false, nonconformity", "false, false, not-applicable"})
    void breedingFlocksMeasuredObjectively(boolean breeding, boolean measured, String outcome) {
        var report = Trace.nomadic(DAY, site("traceability.site.breeding-stock", breeding),
                inspection("2026", "traceability.cashmere-inspection.breeding-stock-diameter-measured", measured));
        assertThat(Trace.outcome(report, "6.26.2.5", "objective")).isEqualTo(Outcome.fromCode(outcome));
    }

    /** 6.26.2.5: a measured mean diameter shows the objective measurement; the attestation decides only without one. */
    @ParameterizedTest(name = "6.26.2.5 breeding flock measured at {0} um, attested {1} -> {2}")
    @CsvSource({"15.2, , conforms", "15.2, false, conforms", "5, , conforms", "40, true, conforms",
            ", true, conforms", ", false, nonconformity", ", , not-assessed"})
    void aMeasuredDiameterShowsTheMeasurement_6_26_2_5(String um, Boolean attested, String outcome) {
        assertThat(Trace.outcome(Trace.nomadic(DAY, Trace.breedingStockInspection(um, attested)), "6.26.2.5", "objective"))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "6.26.2.6 density judged from the coat = {0} -> {1} (a requirement)")
    @CsvSource({"true, conforms", "false, nonconformity"})
    void densityIsRequired(boolean value, String outcome) {
        var report = Trace.nomadic(DAY, inspection("2026", "traceability.cashmere-inspection.density-judged-from-coat",
                value));
        var finding = Trace.finding(report, "6.26.2.6", "density");
        assertThat(finding.strength()).isEqualTo(Strength.REQUIREMENT);
        assertThat(finding.outcome()).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void nomadicBagsAreNotCheckedAgainstTheHousingFinenessClasses_6_26_2() {
        var report = Trace.nomadic(DAY,
                Trace.bag("N-1", "traceability.bag.fineness-class", "fine"),
                Trace.bag("N-1", "traceability.bag.mean-fibre-diameter", "17", "um"));
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("class"));
    }
}
