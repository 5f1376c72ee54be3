package org.pashm.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Observation;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Phrase;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

/** The rule shapes at the edges of their limits; the section modules rely on these semantics. */
class RulesTest {

    static final Subject SHED = Subject.of(SubjectKind.SHELTER, "shed-A");
    static final LocalDate ASSESSED = LocalDate.of(2026, 11, 22);

    static final EvidenceCode AMMONIA = EvidenceCode.quantity("t.shelter.ammonia", "ammonia concentration", "mg/m3",
            "0", "1000", "Ammonia.", SubjectKind.SHELTER);
    static final EvidenceCode FLOOR = EvidenceCode.quantity("t.shelter.floor-height", "floor height above the exercise area",
            "cm", "0", "500", "Height.", SubjectKind.SHELTER);
    static final EvidenceCode AREA = EvidenceCode.quantity("t.shelter.area", "floor area", "m2", "0", "100000",
            "Area.", SubjectKind.SHELTER);
    static final EvidenceCode DOES = EvidenceCode.count("t.shelter.does", "adult does", 0, 100000, "Does.",
            SubjectKind.SHELTER);
    static final EvidenceCode KIDS = EvidenceCode.count("t.shelter.kids", "kids", 0, 100000, "Kids.",
            SubjectKind.SHELTER);
    static final EvidenceCode INJURIES = EvidenceCode.count("t.shelter.injuries", "injuries", 0, 100, "Injuries.",
            SubjectKind.SHELTER);
    static final EvidenceCode DRY = EvidenceCode.attestation("t.shelter.dry", "The bedding is dry", "Dry.",
            SubjectKind.SHELTER);
    static final EvidenceCode LAPAROSCOPY = EvidenceCode.attestation("t.shelter.laparoscopy",
            "Laparoscopy is used", "Used.", SubjectKind.SHELTER);
    static final EvidenceCode BAG = EvidenceCode.choice("t.shelter.bag", "bag material",
            List.of("cotton", "linen", "polypropylene"), "Bag.", SubjectKind.SHELTER);
    static final EvidenceCode INSPECTED = EvidenceCode.date("t.shelter.inspected", "last inspection", "Date.",
            SubjectKind.SHELTER);

    private static Verdict judge(Rule.Draft draft, Observation... observations) {
        List<Observation> list = new ArrayList<>(List.of(observations));
        Evidence evidence = Evidence.of(list);
        Rule rule = draft.complete(ClauseNumber.of("9.9"), Strength.REQUIREMENT);
        return rule.judge().judge(SubjectEvidence.of(evidence, SHED,
                new EvaluationContext(ProductionSystem.HOUSING, ASSESSED)));
    }

    private static Observation q(EvidenceCode code, String value) {
        return Observation.of(code.code(), SHED, new Value.Quantity(new BigDecimal(value), code.unit()));
    }

    private static Observation n(EvidenceCode code, long value) {
        return Observation.of(code.code(), SHED, new Value.Count(value));
    }

    private static Observation yes(EvidenceCode code, boolean value) {
        return Observation.of(code.code(), SHED, Value.Attestation.of(value));
    }

    static final EvidenceCode ANGLE = EvidenceCode.quantity("t.shelter.angle", "shearing angle", "deg", "0", "180",
            "Angle.", SubjectKind.SHELTER);
    static final EvidenceCode WIDTH = EvidenceCode.quantity("t.shelter.width", "hay feeder width", "m", "0", "10",
            "Width.", SubjectKind.SHELTER);
    static final EvidenceCode TEMPERATURE = EvidenceCode.quantity("t.shelter.temperature", "shelter temperature",
            "Cel", "-50", "60", "Temperature.", SubjectKind.SHELTER);

    /** R5 of docs/reading-the-standard.md: "about 30°" is met from 27° to 33°, both included. */
    @org.junit.jupiter.params.ParameterizedTest(name = "about 30 deg: {0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "27, MET", "26.99, NOT_MET", "33, MET", "33.01, NOT_MET", "30, MET"})
    void aboutAFigureIsTheFigureGiveOrTakeATenth(String angle, Verdict.Status expected) {
        Rule.Draft rule = Rules.about("angle", ANGLE, Value.Quantity.of("30", "deg"));
        assertThat(judge(rule, q(ANGLE, angle)).status()).isEqualTo(expected);
        assertThat(rule.wording()).isEqualTo(org.pashm.core.standard.Wording.APPROXIMATE);
        assertThat(rule.statement()).isEqualTo("shearing angle about 30° (27 to 33°)");
    }

    /** R8: a single figure is met by a measurement that rounds, half up, to the figure's last written place. */
    @org.junit.jupiter.params.ParameterizedTest(name = "0.60 m: {0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "0.595, MET", "0.5949, NOT_MET", "0.6049, MET", "0.605, NOT_MET", "0.6, MET"})
    void aSingleFigureIsMetByWhatRoundsToIt(String width, Verdict.Status expected) {
        Rule.Draft rule = Rules.roundsTo("width", WIDTH, Value.Quantity.of("0.60", "m"));
        assertThat(judge(rule, q(WIDTH, width)).status()).isEqualTo(expected);
        assertThat(rule.wording()).isEqualTo(org.pashm.core.standard.Wording.EXACT);
    }

    @Test
    void aSingleFigureInAnotherUnitThanItsCodeIsRefusedSoItsPlacesKeepTheirMeaning() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Rules.roundsTo("width", WIDTH, Value.Quantity.of("60", "cm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the code's own unit, m");
    }

    /** R11: a summer limit judges what was measured in summer, by the observation's day or else the assessment's. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} measured on {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "32, 2026-07-15, NONCONFORMITY",
            "30, 2026-06-01, CONFORMS",
            "32, 2026-08-31, NONCONFORMITY",
            "32, 2026-09-01, NOT_APPLICABLE",
            "32, 2026-05-31, NOT_APPLICABLE",
            "32, ,           NOT_APPLICABLE"})
    void aSummerLimitJudgesWhatWasMeasuredInSummer(String celsius, String day, Outcome expected) {
        Rule rule = Rules.atMost("summer", TEMPERATURE, Value.Quantity.of("30", "Cel"))
                .onlyWhen(Applicability.measuredIn(Season.SUMMER, TEMPERATURE))
                .complete(ClauseNumber.of("9.9"), Strength.REQUIREMENT);
        Observation o = new Observation(TEMPERATURE.code(), SHED, new Value.Quantity(new BigDecimal(celsius), "Cel"),
                day == null ? null : LocalDate.parse(day), null);
        // ASSESSED is in November: an undated reading was taken that day, in autumn.
        SubjectEvidence view = SubjectEvidence.of(Evidence.of(List.of(o)), SHED,
                new EvaluationContext(ProductionSystem.HOUSING, ASSESSED));
        org.pashm.core.text.Message reason = rule.applicability().notApplicableBecause(view);
        Outcome outcome = reason != null ? Outcome.NOT_APPLICABLE : rule.judge().judge(view).outcome(rule.strength());
        assertThat(outcome).isEqualTo(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is in {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-12-01, WINTER", "2026-02-28, WINTER", "2026-03-01, SPRING", "2026-05-31, SPRING",
            "2026-06-01, SUMMER", "2026-08-31, SUMMER", "2026-09-01, AUTUMN", "2026-11-30, AUTUMN"})
    void theSeasonsAreTheMeteorologicalOnesOfTheNorthernHemisphere(String day, Season expected) {
        assertThat(Season.of(LocalDate.parse(day))).isEqualTo(expected);
    }

    /** Issue 16: numbers to the precision of their limit, units as people write them. */
    @Test
    void aConvertedReadingIsShownToTheLimitsPrecisionInPeoplesUnits() {
        Rule.Draft rule = Rules.atLeast("kidding", TEMPERATURE, Value.Quantity.of("18", "Cel"));
        // 64 degrees Fahrenheit, converted: 17.777... Cel.
        Verdict v = judge(rule, q(TEMPERATURE, "17.77777777777777777778"));
        // Rendered: "shelter temperature is 17.8 °C, below the minimum of 18 °C." (the text module's tests)
        assertThat(v.says()).isEqualTo(Sentences.LIMIT_NOT_MET.with(Terms.label(TEMPERATURE),
                Value.Quantity.of("17.8", "Cel"), "atLeast", Value.Quantity.of("18", "Cel")));
        assertThat(v.facts()).containsExactly(Fact.of(TEMPERATURE,
                new Value.Quantity(new BigDecimal("17.77777777777777777778"), "Cel")));
        // Shown to enough places not to look equal to the limit it is not.
        assertThat(judge(Rules.atMost("summer", TEMPERATURE, Value.Quantity.of("30", "Cel")), q(TEMPERATURE, "30.04"))
                .says().args().get(1)).isEqualTo(Value.Quantity.of("30.04", "Cel"));
        assertThat(rule.statement()).isEqualTo("shelter temperature at least 18 °C");
    }

    /** A measured limit with an attestation as the fallback: the measurement decides wherever it can. */
    @org.junit.jupiter.params.ParameterizedTest(name = "ammonia {0}, attested dry {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "12, false, MET",
            "24, true,  NOT_MET",
            ",   true,  MET",
            ",   false, NOT_MET",
            ",   ,      MISSING"})
    void aMeasurementDecidesAndTheAttestationOnlyWhereItCannot(String ammonia, Boolean dry, Verdict.Status expected) {
        Rule.Draft rule = Rules.measuredElseAttested("air", Rules.atMost("air", AMMONIA, Value.Quantity.of("20", "mg/m3")),
                Rules.attested("air", DRY));
        List<Observation> o = new ArrayList<>();
        if (ammonia != null) {
            o.add(q(AMMONIA, ammonia));
        }
        if (dry != null) {
            o.add(yes(DRY, dry));
        }
        Verdict v = judge(rule, o.toArray(Observation[]::new));
        assertThat(v.status()).isEqualTo(expected);
        if (expected == Verdict.Status.MISSING) {
            assertThat(v.says()).isEqualTo(Sentences.NOT_OBSERVED.with(Terms.label(AMMONIA)));
        }
        assertThat(rule.reads()).containsExactlyInAnyOrder("t.shelter.ammonia", "t.shelter.dry");
        assertThat(rule.statement()).isEqualTo("ammonia concentration at most 20 mg/m³ (else attested: the bedding is dry)");
    }

    @Test
    void atMostHoldsAtTheLimitAndFailsJustAbove() {
        Rule.Draft rule = Rules.atMost("ammonia", AMMONIA, Value.Quantity.of("20", "mg/m3"));
        assertThat(judge(rule, q(AMMONIA, "20")).status()).isEqualTo(Verdict.Status.MET);
        Verdict above = judge(rule, q(AMMONIA, "20.01"));
        assertThat(above.status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(above.says()).isEqualTo(Sentences.LIMIT_NOT_MET.with(Terms.label(AMMONIA),
                Value.Quantity.of("20.01", "mg/m3"), "atMost", Value.Quantity.of("20", "mg/m3")));
        assertThat(above.facts()).containsExactly(Fact.of(AMMONIA, Value.Quantity.of("20.01", "mg/m3")));
        assertThat(judge(rule).status()).isEqualTo(Verdict.Status.MISSING);
        assertThat(rule.statement()).isEqualTo("ammonia concentration at most 20 mg/m³");
    }

    @Test
    void limitsInAnotherUnitAreConvertedOnce() {
        Rule.Draft rule = Rules.above("floor", FLOOR, Value.Quantity.of("0.2", "m"));
        assertThat(rule.statement()).isEqualTo("floor height above the exercise area more than 20 cm");
        assertThat(judge(rule, q(FLOOR, "20")).status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(judge(rule, q(FLOOR, "20.5")).status()).isEqualTo(Verdict.Status.MET);
    }

    @Test
    void countsHaveLimitsToo() {
        Rule.Draft rule = Rules.atMost("injuries", INJURIES, 2);
        assertThat(judge(rule, n(INJURIES, 2)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, n(INJURIES, 3)).status()).isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void betweenIncludesBothEnds() {
        Rule.Draft rule = Rules.between("ammonia", AMMONIA, Value.Quantity.of("5", "mg/m3"), Value.Quantity.of("10", "mg/m3"));
        assertThat(judge(rule, q(AMMONIA, "5")).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, q(AMMONIA, "10")).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, q(AMMONIA, "4.99")).status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(judge(rule, q(AMMONIA, "10.01")).status()).isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void attestationsAndProhibitions() {
        Rule.Draft dry = Rules.attested("dry", DRY);
        assertThat(judge(dry, yes(DRY, true)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(dry, yes(DRY, false)).status()).isEqualTo(Verdict.Status.NOT_MET);
        Phrase bedding = new Phrase(Terms.label(DRY));
        assertThat(judge(dry, yes(DRY, true)).says()).isEqualTo(Sentences.ATTESTED_YES.with(bedding));
        assertThat(judge(dry, yes(DRY, false)).says()).isEqualTo(Sentences.ATTESTED_NO.with(bedding));
        assertThat(judge(dry).status()).isEqualTo(Verdict.Status.MISSING);
        Rule.Draft never = Rules.never("laparoscopy", LAPAROSCOPY);
        assertThat(judge(never, yes(LAPAROSCOPY, false)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(never, yes(LAPAROSCOPY, true)).says())
                .isEqualTo(Sentences.PRACTICE_FOUND.with(new Phrase(Terms.label(LAPAROSCOPY))));
        assertThat(judge(never).status()).isEqualTo(Verdict.Status.MISSING);
    }

    @Test
    void choices() {
        Rule.Draft natural = Rules.oneOf("material", BAG, "cotton", "linen");
        assertThat(judge(natural, Observation.of(BAG.code(), SHED, new Value.Choice("linen"))).status())
                .isEqualTo(Verdict.Status.MET);
        assertThat(judge(natural, Observation.of(BAG.code(), SHED, new Value.Choice("polypropylene"))).status())
                .isEqualTo(Verdict.Status.NOT_MET);
        Rule.Draft noSynthetic = Rules.noneOf("synthetic", BAG, "polypropylene");
        assertThat(judge(noSynthetic, Observation.of(BAG.code(), SHED, new Value.Choice("polypropylene"))).status())
                .isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void notOlderThanCountsTheLastDayAsInTime() {
        Rule.Draft rule = Rules.notOlderThan("inspection", INSPECTED, Period.ofYears(1));
        Observation yearAgo = Observation.of(INSPECTED.code(), SHED, new Value.Date(ASSESSED.minusYears(1)));
        Observation yearAndADay = Observation.of(INSPECTED.code(), SHED, new Value.Date(ASSESSED.minusYears(1).minusDays(1)));
        assertThat(judge(rule, yearAgo).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, yearAndADay).status()).isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void areaPerHeadSumsTheCategoriesAndHoldsExactlyAtTheMinimum() {
        Map<EvidenceCode, Value.Quantity> perHead = new LinkedHashMap<>();
        perHead.put(DOES, Value.Quantity.of("1.5", "m2"));
        perHead.put(KIDS, Value.Quantity.of("0.5", "m2"));
        Rule.Draft rule = Rules.perHead("space", "space per goat by category", AREA, perHead);
        // 80 does x 1.5 + 30 kids x 0.5 = 135 m2
        Verdict exact = judge(rule, q(AREA, "135"), n(DOES, 80), n(KIDS, 30));
        assertThat(exact.status()).isEqualTo(Verdict.Status.MET);
        assertThat(exact.facts()).contains(new Fact("required/t.shelter.area", Value.Quantity.of("135", "m2"),
                Sentences.REQUIRED.with(Terms.label(AREA))));
        assertThat(judge(rule, q(AREA, "134.99"), n(DOES, 80), n(KIDS, 30)).status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(judge(rule, q(AREA, "120"), n(DOES, 80)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, q(AREA, "119.9"), n(DOES, 80)).status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(judge(rule, q(AREA, "120")).status()).isEqualTo(Verdict.Status.MISSING);
        assertThat(judge(rule, n(DOES, 80)).status()).isEqualTo(Verdict.Status.MISSING);
    }

    @Test
    void anAdviceRuleNotMetIsAnObservationNeverANonconformity() {
        Verdict notMet = Verdict.notMet(List.of(), Sentence.text("t/too-warm", "too warm").message());
        assertThat(notMet.outcome(Strength.ADVICE)).isEqualTo(Outcome.OBSERVATION);
        assertThat(notMet.outcome(Strength.REQUIREMENT)).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(notMet.outcome(Strength.PROHIBITION)).isEqualTo(Outcome.NONCONFORMITY);
        assertThat(Verdict.missing(Sentence.text("t/x", "x").message()).outcome(Strength.REQUIREMENT))
                .isEqualTo(Outcome.NOT_ASSESSED);
        Rule rule = Rules.atMost("a", AMMONIA, Value.Quantity.of("20", "mg/m3")).advice()
                .complete(ClauseNumber.of("9.9"), Strength.REQUIREMENT);
        assertThat(rule.strength()).isEqualTo(Strength.ADVICE);
    }

    static final EvidenceCode EXERCISE = EvidenceCode.quantity("t.shelter.exercise-area", "exercise ground area", "m2",
            "0", "100000", "Exercise.", SubjectKind.SHELTER);

    @Test
    void ratioComparesExactlyAtTheLimit() {
        Rule.Draft moreThan = Rules.ratio("exercise", "exercise ground to shelter area ratio", EXERCISE, AREA,
                Rules.Bound.ABOVE, "2.5");
        assertThat(moreThan.statement()).isEqualTo("exercise ground to shelter area ratio more than 2.5");
        assertThat(judge(moreThan, q(EXERCISE, "250"), q(AREA, "100")).status()).isEqualTo(Verdict.Status.NOT_MET);
        Verdict above = judge(moreThan, q(EXERCISE, "250.1"), q(AREA, "100"));
        assertThat(above.status()).isEqualTo(Verdict.Status.MET);
        assertThat(above.says()).isEqualTo(Sentences.RATIO_MET.with(
                Terms.text("ratio/t.shelter.exercise-area/t.shelter.area", "exercise ground to shelter area ratio"),
                new BigDecimal("2.5"), Value.Quantity.of("250.1", "m2"), Value.Quantity.of("100", "m2"), "above",
                "2.5"));
        assertThat(judge(moreThan, q(EXERCISE, "250")).status()).isEqualTo(Verdict.Status.MISSING);
        assertThat(judge(moreThan, q(EXERCISE, "250"), q(AREA, "0")).status()).isEqualTo(Verdict.Status.MISSING);
        // one fifteenth is not exact in decimal: compared by cross-multiplication it holds exactly at 1:15
        Rule.Draft atLeast = Rules.ratio("window", "window to floor area ratio", EXERCISE, AREA, Rules.Bound.AT_LEAST,
                "1/15");
        assertThat(atLeast.statement()).isEqualTo("window to floor area ratio at least 1/15");
        assertThat(judge(atLeast, q(EXERCISE, "8"), q(AREA, "120")).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(atLeast, q(EXERCISE, "7.99"), q(AREA, "120")).status()).isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void countRangesAndExactCounts() {
        Rule.Draft teeth = Rules.between("teeth", INJURIES, 7, 8);
        assertThat(judge(teeth, n(INJURIES, 7)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(teeth, n(INJURIES, 8)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(teeth, n(INJURIES, 6)).status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(judge(teeth, n(INJURIES, 9)).status()).isEqualTo(Verdict.Status.NOT_MET);
        Rule.Draft three = Rules.exactly("legs", INJURIES, 3);
        assertThat(judge(three, n(INJURIES, 3)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(three, n(INJURIES, 4)).says()).isEqualTo(Sentences.EXACTLY_NOT_MET.with(Terms.label(INJURIES),
                4L, 3L));
        assertThat(judge(three).status()).isEqualTo(Verdict.Status.MISSING);
    }

    @Test
    void perHeadAtMostHoldsAtTheUpperFigure() {
        Map<EvidenceCode, Value.Quantity> upper = new LinkedHashMap<>();
        upper.put(DOES, Value.Quantity.of("2", "m2"));
        Rule.Draft rule = Rules.perHeadAtMost("upper", "at most 2 m2 per doe", AREA, upper);
        assertThat(judge(rule, q(AREA, "200"), n(DOES, 100)).status()).isEqualTo(Verdict.Status.MET);
        assertThat(judge(rule, q(AREA, "200.1"), n(DOES, 100)).status()).isEqualTo(Verdict.Status.NOT_MET);
    }

    @Test
    void aDateWithinAYearlyWindowBothEndsIncluded() {
        Rule.Draft rule = Rules.withinYearlyWindow("window", INSPECTED, java.time.MonthDay.of(3, 1),
                java.time.MonthDay.of(4, 30));
        assertThat(rule.statement()).isEqualTo("last inspection from 1 March to 30 April");
        for (String day : List.of("2026-03-01", "2026-04-30")) {
            assertThat(judge(rule, Observation.of(INSPECTED.code(), SHED, new Value.Date(LocalDate.parse(day)))).status())
                    .as(day).isEqualTo(Verdict.Status.MET);
        }
        for (String day : List.of("2026-02-28", "2026-05-01")) {
            assertThat(judge(rule, Observation.of(INSPECTED.code(), SHED, new Value.Date(LocalDate.parse(day)))).status())
                    .as(day).isEqualTo(Verdict.Status.NOT_MET);
        }
    }

    @Test
    void allOfNamesEveryMissingItem() {
        Rule.Draft rule = Rules.allOf("markings", "the shed is marked", SubjectKind.SHELTER,
                Sentence.text("t/has", "the shed has"), Sentence.text("t/lacks", "the shed lacks"),
                List.of(new Rules.Item(DRY, "dry bedding"), new Rules.Item(LAPAROSCOPY, "a sign")));
        assertThat(judge(rule, yes(DRY, true), yes(LAPAROSCOPY, true)).status()).isEqualTo(Verdict.Status.MET);
        Verdict lacking = judge(rule, yes(DRY, false), yes(LAPAROSCOPY, false));
        assertThat(lacking.status()).isEqualTo(Verdict.Status.NOT_MET);
        assertThat(lacking.says()).isEqualTo(Sentences.LIST_LACKING.with(Terms.text("t/lacks", "the shed lacks"),
                List.of(Terms.text("evidence/t.shelter.dry/item", "dry bedding"),
                        Terms.text("evidence/t.shelter.laparoscopy/item", "a sign"))));
        assertThat(rule.sentences()).extracting(Sentence::key).contains("t/has", "t/lacks",
                "evidence/t.shelter.dry/item");
        assertThat(judge(rule, yes(DRY, true)).status()).isEqualTo(Verdict.Status.MISSING);
    }

    @Test
    void aRuleThatRequiresItsSubjectsTypeIsNotAssessedWithoutIt() {
        Rule.Draft rule = Rules.atMost("ammonia", AMMONIA, Value.Quantity.of("20", "mg/m3")).requires(BAG);
        assertThat(rule.reads()).contains("t.shelter.bag");
        assertThat(judge(rule, q(AMMONIA, "30")).status()).isEqualTo(Verdict.Status.MISSING);
        assertThat(judge(rule, q(AMMONIA, "30"), Observation.of(BAG.code(), SHED, new Value.Choice("cotton"))).status())
                .isEqualTo(Verdict.Status.NOT_MET);
    }
}
