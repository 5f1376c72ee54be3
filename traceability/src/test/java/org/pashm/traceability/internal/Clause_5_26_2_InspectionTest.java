package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;
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
 * 5.26.2: the yearly cashmere inspection of a housing farm (5.26.2.1 March to April, before collecting; 5.26.2.2 key
 * parameters; 5.26.2.3 sampling site; 5.26.2.4 fineness classes; 5.26.2.5 density, advice).
 */
class Clause_5_26_2_InspectionTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    // ---- 5.26.2.1 ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "5.26.2.1 inspection on {0} -> {1}")
    @CsvSource({
            "2026-02-28, nonconformity",
            "2026-03-01, conforms",
            "2026-04-30, conforms",
            "2026-05-01, nonconformity",
            "2024-02-29, nonconformity",
            "2024-03-01, conforms"})
    void fromMarchToApril(String day, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.date", day));
        assertThat(Trace.outcome(report, "5.26.2.1", "march-april")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.2.1 inspection on {0}, harvest from {1} -> {2}")
    @CsvSource({
            "2026-04-19, 2026-04-20, conforms",
            "2026-04-20, 2026-04-20, nonconformity",
            "2026-04-21, 2026-04-20, nonconformity"})
    void beforeCashmereCollecting(String day, String harvest, String outcome) {
        var report = Trace.housing(DAY,
                inspection("2026", "traceability.cashmere-inspection.date", day),
                inspection("2026", "traceability.cashmere-inspection.harvest-start", harvest));
        assertThat(Trace.outcome(report, "5.26.2.1", "before-harvest")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void withoutTheHarvestStartOrTheInspectionDayItIsNotAssessed_5_26_2_1() {
        var noHarvest = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.date", "2026-03-20"));
        assertThat(Trace.outcome(noHarvest, "5.26.2.1", "before-harvest")).isEqualTo(Outcome.NOT_ASSESSED);
        var noDay = Trace.housing(DAY,
                inspection("2026", "traceability.cashmere-inspection.harvest-start", "2026-04-20"));
        assertThat(Trace.outcome(noDay, "5.26.2.1", "march-april")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(noDay, "5.26.2.1", "before-harvest")).isEqualTo(Outcome.NOT_ASSESSED);
        var none = Trace.housing(DAY, site("general.iso-26000-referred", true));
        assertThat(Trace.outcome(none, "5.26.2.1", "march-april")).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(Trace.outcome(none, "5.26.2.1", "every-year")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @ParameterizedTest(name = "5.26.2.1 every year: assessed {0}, last inspection {1} -> {2}")
    @CsvSource({
            "2026-05-01, 2026-03-01, conforms",
            "2026-05-01, 2026-02-28, nonconformity",
            "2026-05-01, 2025-04-30, nonconformity",
            "2026-04-30, 2025-03-01, conforms",
            "2026-04-30, 2025-02-28, nonconformity",
            "2026-01-15, 2025-03-20, conforms",
            "2026-01-15, 2024-04-10, nonconformity"})
    void everyYear(String assessed, String last, String outcome) {
        var report = Trace.housing(LocalDate.parse(assessed), site("traceability.site.last-cashmere-inspection", last));
        assertThat(Trace.outcome(report, "5.26.2.1", "every-year")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void aMissedYearIsExplainedWithTheYearOwed_5_26_2_1() {
        var report = Trace.housing(DAY, site("traceability.site.last-cashmere-inspection", "2025-03-18"));
        assertThat(Trace.EN.explain(Trace.finding(report, "5.26.2.1", "every-year"))).isEqualTo("The site: the last "
                + "cashmere inspection was on March 18, 2025; the one due in 2026 (March 1 to April 30) is missing.");
    }

    @Test
    void eachInspectionSessionIsJudgedOnItsOwn_5_26_2_1() {
        var report = Trace.housing(DAY,
                inspection("does", "traceability.cashmere-inspection.date", "2026-03-24"),
                inspection("bucks", "traceability.cashmere-inspection.date", "2026-05-04"));
        assertThat(Trace.findings(report, "5.26.2.1", "march-april"))
                .extracting(f -> f.subject().id() + " " + f.outcome().code())
                .containsExactly("does conforms", "bucks nonconformity");
    }

    // ---- 5.26.2.2 ----------------------------------------------------------------------------------------------

    static List<RawObservation> keyParameters(List<CashmereInspection.KeyParameter> list,
                                              CashmereInspection.KeyParameter except, Boolean value) {
        List<RawObservation> obs = new ArrayList<>();
        for (CashmereInspection.KeyParameter p : list) {
            if (p != except) {
                obs.add(inspection("2026", "traceability.cashmere-inspection.records-" + p.code, true));
            } else if (value != null) {
                obs.add(inspection("2026", "traceability.cashmere-inspection.records-" + p.code, value));
            }
        }
        return obs;
    }

    @Test
    void allNineKeyParametersConform_5_26_2_2() {
        var finding = Trace.finding(Trace.evaluate(ProductionSystem.HOUSING, DAY,
                keyParameters(CashmereInspection.HOUSING_KEY_PARAMETERS, null, null)), "5.26.2.2", "key-parameters");
        assertThat(finding.outcome()).isEqualTo(Outcome.CONFORMS);
        assertThat(finding.facts()).hasSize(9);
    }

    @ParameterizedTest(name = "5.26.2.2 form without {0} -> nonconformity; not stated -> not assessed")
    @EnumSource(value = CashmereInspection.KeyParameter.class, names = "HERDER_LOCATION", mode = EnumSource.Mode.EXCLUDE)
    void eachKeyParameterIsRequired(CashmereInspection.KeyParameter p) {
        var lacking = Trace.finding(Trace.evaluate(ProductionSystem.HOUSING, DAY,
                keyParameters(CashmereInspection.HOUSING_KEY_PARAMETERS, p, false)), "5.26.2.2", "key-parameters");
        assertThat(lacking.outcome()).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Trace.EN.explain(lacking)).endsWith("the identification form lacks: " + p.words + ".");
        var unknown = Trace.finding(Trace.evaluate(ProductionSystem.HOUSING, DAY,
                keyParameters(CashmereInspection.HOUSING_KEY_PARAMETERS, p, null)), "5.26.2.2", "key-parameters");
        assertThat(unknown.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void theHerdersLocationIsNotAHousingKeyParameter_5_26_2_2() {
        assertThat(CashmereInspection.HOUSING_KEY_PARAMETERS).doesNotContain(
                CashmereInspection.KeyParameter.HERDER_LOCATION).contains(CashmereInspection.KeyParameter.HORN_TYPE);
    }

    // ---- 5.26.2.3 ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "5.26.2.3 sample {0} cm behind the shoulder blade -> {1}")
    @CsvSource({"1.9, nonconformity", "2, conforms", "10, conforms", "10.1, nonconformity"})
    void twoToTenCentimetresBehindTheShoulderBlade(String cm, String outcome) {
        var report = Trace.housing(DAY, inspection("2026",
                "traceability.cashmere-inspection.sample-behind-shoulder-blade", cm, "cm"));
        assertThat(Trace.outcome(report, "5.26.2.3", "behind-shoulder-blade")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.2.3 sample {0} {1} above the midline -> {2}")
    @CsvSource({"0.99, cm, nonconformity", "1, cm, conforms", "2, cm, conforms", "2.01, cm, nonconformity",
            "15, mm, conforms"})
    void oneToTwoCentimetresAboveTheMidline(String value, String unit, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.sample-above-midline",
                value, unit));
        assertThat(Trace.outcome(report, "5.26.2.3", "above-midline")).isEqualTo(Outcome.fromCode(outcome));
    }

    /** 5.26.2.3 "a 20 cm long steel ruler": a single figure, met by a length that rounds to it (R8). */
    @ParameterizedTest(name = "5.26.2.3 steel ruler of {0} cm -> {1}")
    @CsvSource({"19.4, nonconformity", "19.5, conforms", "20, conforms", "20.49, conforms", "20.5, nonconformity",
            "30, nonconformity"})
    void aTwentyCentimetreRuler(String cm, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.ruler-length", cm, "cm"));
        assertThat(Trace.outcome(report, "5.26.2.3", "ruler")).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.2.3 {0} = {1} -> {2}")
    @CsvSource({"left-side, sample-left-side, true, conforms", "left-side, sample-left-side, false, nonconformity",
            "along-cluster, staple-measured-along-cluster, true, conforms",
            "along-cluster, staple-measured-along-cluster, false, nonconformity"})
    void sampledOnTheLeftAndMeasuredAlongTheCluster(String rule, String code, boolean value, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection." + code, value));
        assertThat(Trace.outcome(report, "5.26.2.3", rule)).isEqualTo(Outcome.fromCode(outcome));
    }

    @ParameterizedTest(name = "5.26.2.3 {0} not observed -> not assessed")
    @CsvSource({"left-side", "behind-shoulder-blade", "above-midline", "ruler", "along-cluster"})
    void aSamplingValueNotObservedIsNotAssessed(String rule) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.date", "2026-03-20"));
        assertThat(Trace.outcome(report, "5.26.2.3", rule)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    // ---- 5.26.2.4 ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "5.26.2.4 bag graded {0}, measured {1} um -> {2}")
    @CsvSource({
            "fine,   14.99, conforms",
            "medium, 14.99, nonconformity",
            "fine,   15,    nonconformity",
            "medium, 15,    conforms",
            "medium, 16,    conforms",
            "coarse, 16,    nonconformity",
            "medium, 16.01, nonconformity",
            "coarse, 16.01, conforms"})
    void theGradedClassAgreesWithTheMeasuredDiameter(String graded, String um, String outcome) {
        var report = Trace.housing(DAY,
                bag("B-1", "traceability.bag.fineness-class", graded),
                bag("B-1", "traceability.bag.mean-fibre-diameter", um, "um"));
        assertThat(Trace.outcome(report, "5.26.2.4", "class")).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void aBagGradedByEyeAloneIsNotApplicableAndAMeasuredBagWithoutClassIsNotAssessed_5_26_2_4() {
        var byEye = Trace.housing(DAY, bag("B-1", "traceability.bag.fineness-class", "fine"));
        var finding = Trace.finding(byEye, "5.26.2.4", "class");
        assertThat(finding.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Trace.EN.explain(finding)).contains("graded by eye");
        var noClass = Trace.housing(DAY, bag("B-1", "traceability.bag.mean-fibre-diameter", "14.2", "um"));
        assertThat(Trace.outcome(noClass, "5.26.2.4", "class")).isEqualTo(Outcome.NOT_ASSESSED);
        var noBag = Trace.housing(DAY, site("traceability.site.cashmere-packed", true));
        assertThat(Trace.outcome(noBag, "5.26.2.4", "class")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void aMismatchNamesTheMeasuredClass_5_26_2_4() {
        var report = Trace.housing(DAY,
                bag("B-3", "traceability.bag.fineness-class", "fine"),
                bag("B-3", "traceability.bag.mean-fibre-diameter", "15.2", "um"));
        assertThat(Trace.EN.explain(Trace.finding(report, "5.26.2.4", "class")))
                .isEqualTo("Bag B-3: graded fine, but its measured 15.2 µm is medium (15 µm to 16 µm).");
        var finding = Trace.finding(report, "5.26.2.4", "class");
        assertThat(finding.outcome()).isEqualTo(Outcome.NONCONFORMITY);
    }

    @ParameterizedTest(name = "5.26.2.4 {0} = {1} -> {2}")
    @CsvSource({"fineness-graded-visually, visual, true, conforms",
            "fineness-graded-visually, visual, false, nonconformity",
            "breeding-stock-diameter-measured, objective, true, conforms",
            "breeding-stock-diameter-measured, objective, false, nonconformity"})
    void gradedByEyeAndBreedingStockMeasured(String code, String rule, boolean value, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection." + code, value));
        assertThat(Trace.outcome(report, "5.26.2.4", rule)).isEqualTo(Outcome.fromCode(outcome));
    }

    @Test
    void theObjectiveMeasurementConcernsBreedingStockOnly_5_26_2_4() {
        var commercial = Trace.housing(DAY, site("traceability.site.breeding-stock", false),
                inspection("2026", "traceability.cashmere-inspection.date", "2026-03-20"));
        assertThat(Trace.outcome(commercial, "5.26.2.4", "objective")).isEqualTo(Outcome.NOT_APPLICABLE);
        var breeding = Trace.housing(DAY, site("traceability.site.breeding-stock", true),
                inspection("2026", "traceability.cashmere-inspection.date", "2026-03-20"));
        assertThat(Trace.outcome(breeding, "5.26.2.4", "objective")).isEqualTo(Outcome.NOT_ASSESSED);
    }

    /** 5.26.2.4: a measured mean diameter shows the objective measurement (R2); the attestation decides only without. */
    @ParameterizedTest(name = "5.26.2.4 breeding stock measured at {0} um, attested {1} -> {2}")
    @CsvSource({"15.2, , conforms", "15.2, false, conforms", ", true, conforms", ", false, nonconformity",
            ", , not-assessed"})
    void aMeasuredDiameterShowsTheMeasurement_5_26_2_4(String um, Boolean attested, String outcome) {
        assertThat(Trace.outcome(Trace.housing(DAY, Trace.breedingStockInspection(um, attested)), "5.26.2.4", "objective"))
                .isEqualTo(Outcome.fromCode(outcome));
    }

    // ---- 5.26.2.5 ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "5.26.2.5 density judged from the coat = {0} -> {1} (advice)")
    @CsvSource({"true, conforms", "false, observation"})
    void densityIsAdvice(boolean value, String outcome) {
        var report = Trace.housing(DAY, inspection("2026", "traceability.cashmere-inspection.density-judged-from-coat",
                value));
        var finding = Trace.finding(report, "5.26.2.5", "density");
        assertThat(finding.strength()).isEqualTo(Strength.ADVICE);
        assertThat(finding.outcome()).isEqualTo(Outcome.fromCode(outcome));
    }
}
