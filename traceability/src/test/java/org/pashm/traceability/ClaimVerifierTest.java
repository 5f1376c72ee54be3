package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pashm.traceability.ClaimResult.Verdict.FAILS;
import static org.pashm.traceability.ClaimResult.Verdict.HOLDS;
import static org.pashm.traceability.ClaimResult.Verdict.UNVERIFIED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.traceability.ClaimResult.RecordRef;
import org.pashm.traceability.ClaimResult.Verdict;
import org.pashm.traceability.LotRecords.SourceAssessment;
import org.pashm.traceability.LotRecords.SourceBag;

/** Claims on a lot, checked against its bags and its sources' assessments, at the edges of every rule. */
class ClaimVerifierTest {

    static final String ALXA = "Alxa Left Banner, Alxa League, Inner Mongolia";

    static SourceBag bag(String number, String source, HarvestMethod method, String um, FinenessClass graded) {
        return new SourceBag("id-" + number, number, source, ALXA, method, new BigDecimal("20"),
                um == null ? null : new BigDecimal(um), graded, 3);
    }

    static SourceBag combed(String number, String um) {
        return bag(number, "site-1", HarvestMethod.COMBED, um, null);
    }

    static LotRecords lot(SourceBag... bags) {
        return new LotRecords("LOT-1", List.of(bags), List.of());
    }

    static LotRecords lot(List<SourceBag> bags, SourceAssessment... assessments) {
        return new LotRecords("LOT-1", bags, List.of(assessments));
    }

    static Verdict verdict(LotRecords lot, Claim claim) {
        return ClaimVerifier.verify(lot, claim).verdict();
    }

    static List<String> labels(List<RecordRef> refs) {
        return refs.stream().map(RecordRef::label).toList();
    }

    // ---- combed only (3.12, 3.13, 6.19.1.1) -----------------------------------------------------------------

    @Test
    void combedOnlyHoldsWhenEveryBagIsCombed() {
        ClaimResult r = ClaimVerifier.verify(lot(combed("B1", "14.2"), combed("B2", "14.8")), new Claim.CombedOnly());
        assertThat(r.verdict()).isEqualTo(HOLDS);
        assertThat(labels(r.supporting())).containsExactly("B1", "B2");
        assertThat(r.contradicting()).isEmpty();
    }

    @Test
    void aLotMixingShornFibreFailsCombedOnly() {
        SourceBag shorn = bag("B3", "site-2", HarvestMethod.SHORN, "14.1", null);
        ClaimResult r = ClaimVerifier.verify(lot(combed("B1", "14.2"), shorn), new Claim.CombedOnly());
        assertThat(r.verdict()).isEqualTo(FAILS);
        assertThat(labels(r.contradicting())).containsExactly("B3");
        assertThat(r.contradicting().get(0).detail()).isEqualTo("shorn");
        assertThat(labels(r.supporting())).containsExactly("B1");
        assertThat(r.reason()).isEqualTo("1 bag(s) hold shorn fibre.");
    }

    @Test
    void aLotWithoutBagsVerifiesNothing() {
        for (Claim c : List.of(new Claim.CombedOnly(), new Claim.TraceableToGoats(),
                new Claim.OriginRegion("Alxa League"))) {
            assertThat(verdict(lot(), c)).isEqualTo(UNVERIFIED);
        }
    }

    // ---- origin -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "origin claim ''{0}'' on a bag from " + ALXA + " -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Alxa League                   | HOLDS",
            "alxa league                   | HOLDS",
            "Inner Mongolia                | HOLDS",
            "Alxa League, Inner Mongolia   | HOLDS",
            "Alxa Left Banner              | HOLDS",
            "Alxa                          | FAILS",
            "Inner Mongolia, Alxa League   | FAILS",
            "Alxa Left Banner, Inner Mongolia | FAILS",
            "Ordos, Inner Mongolia         | FAILS"})
    void originNamesWholeRegionPartsInOrder(String claimed, Verdict expected) {
        assertThat(verdict(lot(combed("B1", "14")), new Claim.OriginRegion(claimed))).isEqualTo(expected);
    }

    @Test
    void aBagFromElsewhereFailsTheOriginClaimAndABagWithoutRegionLeavesItUnverified() {
        SourceBag ordos = new SourceBag("id-O", "O1", "site-9", "Ordos, Inner Mongolia", HarvestMethod.COMBED,
                BigDecimal.TEN, null, null, 1);
        SourceBag unknown = new SourceBag("id-U", "U1", "site-8", null, HarvestMethod.COMBED, BigDecimal.TEN, null,
                null, 1);
        Claim alxa = new Claim.OriginRegion("Alxa League");
        ClaimResult r = ClaimVerifier.verify(lot(combed("B1", "14"), ordos, unknown), alxa);
        assertThat(r.verdict()).isEqualTo(FAILS);
        assertThat(labels(r.contradicting())).containsExactly("O1");
        assertThat(labels(r.lacking())).containsExactly("U1");
        assertThat(verdict(lot(combed("B1", "14"), unknown), alxa)).isEqualTo(UNVERIFIED);
    }

    // ---- fineness at most N um (5.26.2.4 bounds for graded bags) -----------------------------------------------

    @ParameterizedTest(name = "measured {0} um against at most {1} um -> {2}")
    @CsvSource({"14.5, 14.5, HOLDS", "14.49, 14.5, HOLDS", "14.51, 14.5, FAILS", "13, 14.5, HOLDS"})
    void aMeasuredDiameterIsComparedAsMeasured(String um, String max, Verdict expected) {
        assertThat(verdict(lot(combed("B1", um)), new Claim.FinenessAtMost(new BigDecimal(max)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "5.26.2.4 graded {0}, not measured, against at most {1} um -> {2}")
    @CsvSource({
            "FINE,   15,    HOLDS",
            "FINE,   14.99, UNVERIFIED",
            "FINE,   14.5,  UNVERIFIED",
            "MEDIUM, 16,    HOLDS",
            "MEDIUM, 15.99, UNVERIFIED",
            "MEDIUM, 15,    UNVERIFIED",
            "MEDIUM, 14.99, FAILS",
            "COARSE, 16,    FAILS",
            "COARSE, 16.01, UNVERIFIED",
            "COARSE, 14.5,  FAILS"})
    void aGradedClassBoundsTheDiameter_5_26_2_4(FinenessClass graded, String max, Verdict expected) {
        SourceBag b = bag("G1", "site-1", HarvestMethod.COMBED, null, graded);
        assertThat(verdict(lot(b), new Claim.FinenessAtMost(new BigDecimal(max)))).isEqualTo(expected);
    }

    @Test
    void aBagNeitherMeasuredNorGradedLeavesFinenessUnverified() {
        SourceBag b = bag("N1", "site-1", HarvestMethod.COMBED, null, null);
        ClaimResult r = ClaimVerifier.verify(lot(combed("B1", "14"), b), new Claim.FinenessAtMost(new BigDecimal("20")));
        assertThat(r.verdict()).isEqualTo(UNVERIFIED);
        assertThat(r.lacking()).extracting(RecordRef::detail).containsExactly("neither measured nor graded");
        assertThat(verdict(lot(b), new Claim.FinenessClassIs(FinenessClass.FINE))).isEqualTo(UNVERIFIED);
    }

    @ParameterizedTest(name = "5.26.2.4 class fine claimed, bag measured {0} um -> {1}")
    @CsvSource({"14.99, HOLDS", "15, FAILS", "11, HOLDS"})
    void fineIsUnder15Micrometres_5_26_2_4(String um, Verdict expected) {
        assertThat(verdict(lot(combed("B1", um)), new Claim.FinenessClassIs(FinenessClass.FINE))).isEqualTo(expected);
    }

    @Test
    void theMeasurementOutranksTheGradeForTheClass_5_26_2_4() {
        // Graded fine by eye, but measured 15.2 um: medium, so "fine" fails.
        SourceBag b = bag("M1", "site-1", HarvestMethod.COMBED, "15.2", FinenessClass.FINE);
        ClaimResult r = ClaimVerifier.verify(lot(b), new Claim.FinenessClassIs(FinenessClass.FINE));
        assertThat(r.verdict()).isEqualTo(FAILS);
        assertThat(r.contradicting().get(0).detail()).isEqualTo("15.2 µm measured (medium)");
        assertThat(verdict(lot(b), new Claim.FinenessClassIs(FinenessClass.MEDIUM))).isEqualTo(HOLDS);
    }

    @Test
    void fineIsCheckedOnGradedBagsToo() {
        SourceBag b = bag("G2", "site-1", HarvestMethod.COMBED, null, FinenessClass.FINE);
        assertThat(verdict(lot(b), new Claim.FinenessClassIs(FinenessClass.FINE))).isEqualTo(HOLDS);
    }

    // ---- welfare ----------------------------------------------------------------------------------------------

    static SourceAssessment assessment(String id, String site, String on, boolean conformant) {
        return new SourceAssessment(id, site, "iso-22786", "DIS-2025", LocalDate.parse(on),
                Instant.parse(on + "T12:00:00Z"), conformant ? "conformant" : "nonconformant", conformant);
    }

    static final Claim WELFARE = new Claim.WelfareConformant("iso-22786", "DIS-2025", LocalDate.parse("2026-06-30"));

    @Test
    void welfareHoldsWhenEverySourcesLatestAssessmentIsConformant() {
        List<SourceBag> bags = List.of(combed("B1", "14"), bag("B2", "site-2", HarvestMethod.COMBED, "14", null));
        ClaimResult r = ClaimVerifier.verify(lot(bags, assessment("a1", "site-1", "2026-05-01", true),
                assessment("a2", "site-2", "2026-05-03", true)), WELFARE);
        assertThat(r.verdict()).isEqualTo(HOLDS);
        assertThat(r.supporting()).extracting(RecordRef::id).containsExactly("a1", "a2");
    }

    @Test
    void aBagFromAHerderWhoseLatestAssessmentHasANonconformityFailsWelfare() {
        List<SourceBag> bags = List.of(combed("B1", "14"), bag("B2", "site-2", HarvestMethod.COMBED, "14", null));
        ClaimResult r = ClaimVerifier.verify(lot(bags, assessment("a1", "site-1", "2026-05-01", true),
                assessment("old", "site-2", "2025-05-01", true), assessment("a2", "site-2", "2026-05-03", false)),
                WELFARE);
        assertThat(r.verdict()).isEqualTo(FAILS);
        assertThat(r.contradicting()).extracting(RecordRef::id).containsExactly("a2");
        assertThat(r.contradicting().get(0).detail()).startsWith("nonconformant");
    }

    @Test
    void onlyAssessmentsOnOrBeforeTheClaimedDayCount() {
        List<SourceBag> bags = List.of(combed("B1", "14"));
        // A nonconformity found the day after the claimed date does not touch it; on the day itself it does.
        assertThat(verdict(lot(bags, assessment("a1", "site-1", "2026-05-01", true),
                assessment("a2", "site-1", "2026-07-01", false)), WELFARE)).isEqualTo(HOLDS);
        assertThat(verdict(lot(bags, assessment("a1", "site-1", "2026-05-01", true),
                assessment("a2", "site-1", "2026-06-30", false)), WELFARE)).isEqualTo(FAILS);
        // A later conformant assessment (the herder put things right) clears an older nonconformity.
        assertThat(verdict(lot(bags, assessment("a1", "site-1", "2026-04-01", false),
                assessment("a2", "site-1", "2026-06-30", true)), WELFARE)).isEqualTo(HOLDS);
    }

    @Test
    void anotherStandardOrEditionOrNoAssessmentLeavesWelfareUnverified() {
        List<SourceBag> bags = List.of(combed("B1", "14"));
        SourceAssessment gcs = new SourceAssessment("g", "site-1", "good-cashmere", "2024", LocalDate.parse("2026-05-01"),
                Instant.parse("2026-05-01T00:00:00Z"), "conformant", true);
        SourceAssessment later = new SourceAssessment("i", "site-1", "iso-22786", "2025", LocalDate.parse("2026-05-01"),
                Instant.parse("2026-05-01T00:00:00Z"), "conformant", true);
        ClaimResult r = ClaimVerifier.verify(lot(bags, gcs, later), WELFARE);
        assertThat(r.verdict()).isEqualTo(UNVERIFIED);
        assertThat(r.lacking()).extracting(RecordRef::kind, RecordRef::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("source", "site-1"));
    }

    @Test
    void ofTwoAssessmentsTheSameDayTheLaterSubmissionCounts() {
        SourceAssessment morning = new SourceAssessment("m", "site-1", "iso-22786", "DIS-2025",
                LocalDate.parse("2026-05-01"), Instant.parse("2026-05-01T08:00:00Z"), "conformant", true);
        SourceAssessment evening = new SourceAssessment("e", "site-1", "iso-22786", "DIS-2025",
                LocalDate.parse("2026-05-01"), Instant.parse("2026-05-01T18:00:00Z"), "nonconformant", false);
        assertThat(verdict(lot(List.of(combed("B1", "14")), evening, morning), WELFARE)).isEqualTo(FAILS);
        assertThat(ClaimVerifier.latest(List.of(morning, evening), "iso-22786", "DIS-2025",
                LocalDate.parse("2026-05-01"))).get().extracting(SourceAssessment::id).isEqualTo("e");
    }

    // ---- traceable to goats -----------------------------------------------------------------------------------

    @Test
    void everyBagMustNameRegisteredGoats() {
        SourceBag none = new SourceBag("id-N", "N1", "site-1", ALXA, HarvestMethod.COMBED, BigDecimal.TEN, null, null, 0);
        assertThat(verdict(lot(combed("B1", "14")), new Claim.TraceableToGoats())).isEqualTo(HOLDS);
        ClaimResult r = ClaimVerifier.verify(lot(combed("B1", "14"), none), new Claim.TraceableToGoats());
        assertThat(r.verdict()).isEqualTo(FAILS);
        assertThat(labels(r.contradicting())).containsExactly("N1");
    }

    // ---- all at once ------------------------------------------------------------------------------------------

    @Test
    void verifiesEveryClaimInOrder() {
        List<Claim> claims = new ArrayList<>(List.of(new Claim.OriginRegion("Alxa League"), new Claim.CombedOnly(),
                new Claim.FinenessAtMost(new BigDecimal("14.5")), new Claim.FinenessClassIs(FinenessClass.FINE),
                WELFARE, new Claim.TraceableToGoats()));
        List<ClaimResult> results = ClaimVerifier.verify(lot(List.of(combed("B1", "14.2")),
                assessment("a1", "site-1", "2026-05-01", true)), claims);
        assertThat(results).extracting(ClaimResult::verdict).containsOnly(HOLDS);
        assertThat(results).extracting(r -> r.claim().code()).containsExactly("origin-region", "combed-only",
                "fineness-at-most", "fineness-class", "welfare-conformant", "traceable-to-goats");
    }

    @Test
    void claimsRefuseNonsense() {
        assertThatThrownBy(() -> new Claim.FinenessAtMost(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim.OriginRegion(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Claim.FinenessAtMost(new BigDecimal("14.50")).statement())
                .isEqualTo("mean fibre diameter at most 14.5 µm");
        assertThat(new Claim.FinenessClassIs(FinenessClass.FINE).statement()).isEqualTo("fine cashmere (under 15 µm, 5.26.2.4)");
    }
}
