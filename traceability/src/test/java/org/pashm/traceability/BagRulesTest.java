package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pashm.core.standard.ProductionSystem.HOUSING;
import static org.pashm.core.standard.ProductionSystem.NOMADIC;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules a bag must meet to be registered at harvest: 5.26.1.2, 5.26.1.3, 5.26.2.4 and 5.26.3.2 for a housing farm;
 * 6.26.1.2, 6.26.1.3, 6.26.3.2 and 6.19.1.1 for a nomadic herder.
 */
class BagRulesTest {

    /** A housing bag that breaks no rule. */
    static Bag.Builder housingBag() {
        Bag.Builder b = Bag.builder("ALX-2026-0001").material(BagMaterial.COTTON).whiteCloth(true)
                .fibreWeightKg("28.4").fineness(FinenessClass.FINE).meanFibreDiameterUm("14.6")
                .harvestMethod(HarvestMethod.COMBED);
        for (Marking m : BagRules.HOUSING_MARKINGS) {
            if (m != Marking.FIBRE_WEIGHT && m != Marking.FINENESS) {
                b.marking(m, "text of " + m.code());
            }
        }
        return b;
    }

    /** A nomadic bag that breaks no rule. */
    static Bag.Builder nomadicBag() {
        return Bag.builder("BYN-0412-2026-03").material(BagMaterial.JUTE).fibreWeightKg("22")
                .harvestMethod(HarvestMethod.COMBED)
                .marking(Marking.OWNER_NAME, "Batbayar D.").marking(Marking.EAR_TAG_OR_ID, "MN-0412-001 to 043")
                .marking(Marking.ORIGIN, "Bayankhongor").marking(Marking.COLOUR, "white");
    }

    static List<String> broken(org.pashm.core.standard.ProductionSystem system, Bag bag) {
        return BagRules.check(system, bag).stream().map(r -> r.clause() + " " + r.rule()).toList();
    }

    @Test
    void aGoodBagBreaksNoRule() {
        assertThat(BagRules.check(HOUSING, housingBag().build())).isEmpty();
        assertThat(BagRules.check(NOMADIC, nomadicBag().build())).isEmpty();
        assertThat(BagRules.isValid(HOUSING, housingBag().build())).isTrue();
    }

    @ParameterizedTest(name = "5.26.1.2 and 6.26.1.2 bag of {0} kg -> {1}")
    @CsvSource({"30, valid", "30.00, valid", "30.01, broken", "45, broken", "0.2, valid"})
    void atMost30Kilograms(String kg, String verdict) {
        List<String> housing = broken(HOUSING, housingBag().fibreWeightKg(kg).build());
        List<String> nomadic = broken(NOMADIC, nomadicBag().fibreWeightKg(kg).build());
        if (verdict.equals("valid")) {
            assertThat(housing).isEmpty();
            assertThat(nomadic).isEmpty();
        } else {
            assertThat(housing).containsExactly("5.26.1.2 weight");
            assertThat(nomadic).containsExactly("6.26.1.2 weight");
        }
    }

    @Test
    void theWeightMessageShowsTheWeightAndTheLimit_5_26_1_2() {
        assertThat(BagRules.check(HOUSING, housingBag().fibreWeightKg("31.2").build())).singleElement()
                .hasToString("5.26.1.2 weight: the bag holds 31.2 kg of fibre, more than the 30 kg allowed.");
    }

    @ParameterizedTest(name = "5.26.1.2 housing bag of {0} -> {1}")
    @CsvSource(value = {
            "COTTON        | ",
            "LINEN         | ",
            "JUTE          | 5.26.1.2 material",
            "HEMP          | 5.26.1.2 material",
            "WOOL          | 5.26.1.2 material",
            "POLYPROPYLENE | 5.26.1.2 material, 5.26.1.2 synthetic",
            "POLYETHYLENE  | 5.26.1.2 material, 5.26.1.2 synthetic",
            "POLYESTER     | 5.26.1.2 material, 5.26.1.2 synthetic",
            "NYLON         | 5.26.1.2 material, 5.26.1.2 synthetic"}, delimiter = '|')
    void housingBagsAreWhiteCottonOrLinenNeverSynthetic(BagMaterial material, String expected) {
        List<String> rules = broken(HOUSING, housingBag().material(material).build());
        assertThat(rules).isEqualTo(expected == null ? List.of() : List.of(expected.split(", ")));
    }

    @ParameterizedTest(name = "6.26.1.2 nomadic bag of {0} -> {1}")
    @CsvSource(value = {
            "COTTON        | ",
            "LINEN         | ",
            "JUTE          | ",
            "HEMP          | ",
            "WOOL          | ",
            "POLYPROPYLENE | 6.26.1.2 material, 6.26.1.2 petroleum-based",
            "POLYETHYLENE  | 6.26.1.2 material, 6.26.1.2 petroleum-based",
            "POLYESTER     | 6.26.1.2 material, 6.26.1.2 petroleum-based",
            "NYLON         | 6.26.1.2 material, 6.26.1.2 petroleum-based"}, delimiter = '|')
    void nomadicBagsAreNaturalTextileNeverPetroleumBased(BagMaterial material, String expected) {
        List<String> rules = broken(NOMADIC, nomadicBag().material(material).build());
        assertThat(rules).isEqualTo(expected == null ? List.of() : List.of(expected.split(", ")));
    }

    @Test
    void aBagWithoutMaterialBreaksTheMaterialRule_5_26_1_2_and_6_26_1_2() {
        assertThat(BagRules.check(HOUSING, housingBag().material(null).build())).singleElement()
                .hasToString("5.26.1.2 material: the bag's material is not given; it shall be white cotton or linen.");
        assertThat(broken(NOMADIC, nomadicBag().material(null).build())).containsExactly("6.26.1.2 material");
    }

    @Test
    void aHousingBagIsOfWhiteClothANomadicOneNeedNotBe_5_26_1_2() {
        assertThat(broken(HOUSING, housingBag().whiteCloth(false).build())).containsExactly("5.26.1.2 white");
        assertThat(broken(HOUSING, housingBag().whiteCloth(null).build())).containsExactly("5.26.1.2 white");
        assertThat(broken(NOMADIC, nomadicBag().whiteCloth(false).build())).isEmpty();
    }

    @ParameterizedTest(name = "5.26.1.3 housing bag without {0} -> broken")
    @EnumSource(Marking.class)
    void everyHousingMarkingIsRequired(Marking missing) {
        Bag.Builder b = housingBag();
        switch (missing) {
            case FIBRE_WEIGHT -> b.fibreWeightKg((BigDecimal) null);
            case FINENESS -> b.fineness(null).meanFibreDiameterUm((BigDecimal) null);
            default -> b.marking(missing, null);
        }
        List<BrokenRule> rules = BagRules.check(HOUSING, b.build());
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.clause()).hasToString("5.26.1.3");
            assertThat(r.rule()).isEqualTo("markings");
            assertThat(r.message()).isEqualTo("the bag is not marked with: " + missing.words() + ".");
        });
    }

    @Test
    void aBlankMarkingCountsAsAbsentAndAllMissingOnesAreListedOnce_5_26_1_3() {
        Bag bag = housingBag().marking(Marking.RECORDING_PERSON, "  ").marking(Marking.GOAT_TYPE, "").build();
        assertThat(BagRules.check(HOUSING, bag)).singleElement().hasToString(
                "5.26.1.3 markings: the bag is not marked with: recording person, goat type.");
    }

    @Test
    void theFinenessMarkingIsMetByAGradedClassOrAMeasuredDiameter_5_26_1_3() {
        assertThat(BagRules.check(HOUSING, housingBag().meanFibreDiameterUm((BigDecimal) null).build())).isEmpty();
        assertThat(BagRules.check(HOUSING, housingBag().fineness(null).build())).isEmpty();
    }

    @ParameterizedTest(name = "6.26.1.3 nomadic bag without {0} -> broken")
    @EnumSource(value = Marking.class, names = {"OWNER_NAME", "FIBRE_WEIGHT", "EAR_TAG_OR_ID", "ORIGIN", "COLOUR"})
    void everyNomadicMarkingIsRequired(Marking missing) {
        Bag.Builder b = nomadicBag();
        if (missing == Marking.FIBRE_WEIGHT) {
            b.fibreWeightKg((BigDecimal) null);
        } else {
            b.marking(missing, null);
        }
        assertThat(broken(NOMADIC, b.build())).containsExactly("6.26.1.3 markings");
    }

    @Test
    void aNomadicBagNeedsNoneOfTheHousingOnlyMarkings_6_26_1_3() {
        assertThat(nomadicBag().build().markings()).doesNotContainKeys(Marking.RECORDING_PERSON, Marking.GOAT_TYPE);
        assertThat(BagRules.check(NOMADIC, nomadicBag().build())).isEmpty();
        assertThat(broken(HOUSING, nomadicBag().whiteCloth(true).material(BagMaterial.COTTON).build()))
                .containsExactly("5.26.1.3 markings");
    }

    @ParameterizedTest(name = "5.26.2.4 housing bag graded {0}, measured {1} um -> {2}")
    @CsvSource({"FINE, 14.99, valid", "FINE, 15, broken", "MEDIUM, 15, valid", "MEDIUM, 16, valid",
            "COARSE, 16, broken", "COARSE, 16.01, valid", "MEDIUM, 16.01, broken"})
    void theGradedClassAgreesWithTheMeasuredDiameter(FinenessClass graded, String um, String verdict) {
        List<String> rules = broken(HOUSING, housingBag().fineness(graded).meanFibreDiameterUm(um).build());
        assertThat(rules).isEqualTo(verdict.equals("valid") ? List.of() : List.of("5.26.2.4 class"));
    }

    @Test
    void aMismatchNamesTheMeasuredClass_5_26_2_4() {
        assertThat(BagRules.check(HOUSING, housingBag().fineness(FinenessClass.FINE).meanFibreDiameterUm("15.2")
                .build())).singleElement().hasToString("5.26.2.4 class: the bag is graded fine but its measured mean "
                + "fibre diameter of 15.2 µm is medium (15 µm to 16 µm).");
    }

    @Test
    void theClassOfANomadicBagIsDerivedNotChecked_5_26_2_4() {
        Bag bag = nomadicBag().fineness(FinenessClass.FINE).meanFibreDiameterUm("16.5").build();
        assertThat(BagRules.check(NOMADIC, bag)).isEmpty();
        assertThat(bag.finenessClass()).contains(FinenessClass.COARSE);
    }

    @Test
    void theFinenessClassComesFromTheMeasurementElseTheGrading_5_26_2_4() {
        assertThat(housingBag().fineness(FinenessClass.MEDIUM).meanFibreDiameterUm("14.2").build().finenessClass())
                .contains(FinenessClass.FINE);
        assertThat(housingBag().fineness(FinenessClass.MEDIUM).meanFibreDiameterUm((BigDecimal) null).build()
                .finenessClass()).contains(FinenessClass.MEDIUM);
        assertThat(housingBag().fineness(null).meanFibreDiameterUm((BigDecimal) null).build().finenessClass())
                .isEmpty();
    }

    @ParameterizedTest(name = "6.19.1.1 nomadic bag {0} -> {1}; housing always valid")
    @CsvSource({"COMBED, valid", "SHORN, broken"})
    void nomadicHerdersHarvestByCombingOnly(HarvestMethod method, String verdict) {
        List<BrokenRule> rules = BagRules.check(NOMADIC, nomadicBag().harvestMethod(method).build());
        if (verdict.equals("valid")) {
            assertThat(rules).isEmpty();
        } else {
            assertThat(rules).singleElement().hasToString(
                    "6.19.1.1 combing-only: the bag holds shorn cashmere; nomadic herders harvest by combing only.");
        }
        assertThat(BagRules.check(HOUSING, housingBag().harvestMethod(method).build())).isEmpty();
    }

    @ParameterizedTest(name = "5.26.3.2 and 6.26.3.2 bag number ''{0}'' -> broken")
    @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
    void everyBagHasAUniqueNumber(String number) {
        Bag housing = new Bag(number, BagMaterial.COTTON, true, new BigDecimal("20"), null, new BigDecimal("14"),
                HarvestMethod.COMBED, housingBag().build().markings());
        assertThat(broken(HOUSING, housing)).containsExactly("5.26.3.2 unique-number");
        Bag nomadic = new Bag(number, BagMaterial.WOOL, null, new BigDecimal("20"), null, null, HarvestMethod.COMBED,
                nomadicBag().build().markings());
        assertThat(broken(NOMADIC, nomadic)).containsExactly("6.26.3.2 unique-number");
    }

    @Test
    void brokenRulesComeInClauseOrder() {
        Bag bad = Bag.builder(" ").material(BagMaterial.NYLON).whiteCloth(false).fibreWeightKg("41")
                .fineness(FinenessClass.FINE).meanFibreDiameterUm("17").harvestMethod(HarvestMethod.SHORN).build();
        assertThat(broken(HOUSING, bad)).containsExactly("5.26.1.2 material", "5.26.1.2 synthetic",
                "5.26.1.2 white", "5.26.1.2 weight", "5.26.1.3 markings", "5.26.2.4 class", "5.26.3.2 unique-number");
        assertThat(broken(NOMADIC, bad)).containsExactly("6.19.1.1 combing-only", "6.26.1.2 material",
                "6.26.1.2 petroleum-based", "6.26.1.2 weight", "6.26.1.3 markings", "6.26.3.2 unique-number");
    }

    @Test
    void aBagRefusesImpossibleValues() {
        assertThatThrownBy(() -> housingBag().fibreWeightKg("0").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> housingBag().fibreWeightKg("-3").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> housingBag().meanFibreDiameterUm("0").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> housingBag().harvestMethod(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> housingBag().marking(Marking.FIBRE_WEIGHT, "28 kg").build())
                .hasMessageContaining("not as a text marking");
        assertThatThrownBy(() -> housingBag().build().markings().put(Marking.ORIGIN, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Bag("B", null, null, null, null, null, HarvestMethod.COMBED, null).markings()).isEqualTo(Map.of());
    }

    @Test
    void theConstantsAreTheStandardsNumbers() {
        assertThat(BagRules.HOUSING_BAG_WEIGHT_MAX.display()).isEqualTo("30 kg");
        assertThat(BagRules.NOMADIC_BAG_WEIGHT_MAX.display()).isEqualTo("30 kg");
        assertThat(BagRules.HOUSING_BAG_MATERIALS).containsExactlyInAnyOrder(BagMaterial.COTTON, BagMaterial.LINEN);
        assertThat(BagRules.NOMADIC_BAG_MATERIALS).containsExactlyInAnyOrder(BagMaterial.COTTON, BagMaterial.LINEN,
                BagMaterial.HEMP, BagMaterial.JUTE, BagMaterial.WOOL);
        assertThat(BagRules.HOUSING_MARKINGS).containsExactly(Marking.values());
        for (BagMaterial m : BagMaterial.values()) {
            assertThat(m.isSynthetic()).isEqualTo(!m.isNaturalTextile()).isEqualTo(m.isPetroleumBased());
            assertThat(BagMaterial.fromCode(m.code())).isEqualTo(m);
        }
        for (Marking m : Marking.values()) {
            assertThat(Marking.fromCode(m.code())).isEqualTo(m);
        }
    }

    @ParameterizedTest(name = "a bag of a {0} site is archived under {1}")
    @CsvSource({"HOUSING, 5.26.3.2", "NOMADIC, 6.26.3.2"})
    void aBagIsArchivedUnderItsSystemsClause(org.pashm.core.standard.ProductionSystem system, String clause) {
        assertThat(BagRules.archiveClause(system)).hasToString(clause);
        // The same clause is the one a bag without a number breaks.
        assertThat(BagRules.check(system, Bag.builder(null).harvestMethod(HarvestMethod.COMBED).build())).filteredOn(r -> r.rule().equals("unique-number"))
                .extracting(r -> r.clause().toString()).containsExactly(clause);
    }
}
