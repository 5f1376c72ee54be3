package org.pashm.traceability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.pashm.core.evidence.Numbers;
import org.pashm.core.evidence.Units;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/**
 * The rules a bag of raw cashmere must meet when it is registered at harvest (5.26.1, 6.26.1, 5.26.2.4, 5.26.3.2,
 * 6.26.3.2, 6.19.1.1). {@link #check} returns every rule a bag breaks, each naming its clause, so that the app can
 * refuse a bad bag and say why. The limits and lists below are the very constants the catalogue's rules use, so a bag
 * the app accepts is a bag the audit passes.
 */
public final class BagRules {

    /**
     * 5.26.1.2: a housing farm's bag holds at most 30 kg of fibre. "Each bag shall be packaged with 30 kg" is the fill
     * of a bag (docs/reading-the-standard.md, R9): at most 30 kg, as "until 30 kg" in 6.26.1.2; the last bag of a
     * class may hold less.
     */
    public static final Quantity HOUSING_BAG_WEIGHT_MAX = Quantity.of("30", "kg");
    /** 5.26.1.2: housing bags are of white cotton or linen cloth. */
    public static final Set<BagMaterial> HOUSING_BAG_MATERIALS =
            Collections.unmodifiableSet(EnumSet.of(BagMaterial.COTTON, BagMaterial.LINEN));
    /** 5.26.1.3: what a housing farm marks on each bag. */
    public static final List<Marking> HOUSING_MARKINGS = List.of(Marking.OWNER_NAME, Marking.RECORDING_PERSON,
            Marking.COMBING_PERSON, Marking.WEIGHING_PERSON, Marking.FIBRE_WEIGHT, Marking.GOAT_TYPE,
            Marking.EAR_TAG_OR_ID, Marking.FIBRE_LENGTH, Marking.FINENESS, Marking.ORIGIN, Marking.COLOUR);

    /**
     * 6.26.1.2: a nomadic herder's bag holds at most 30 kg of fibre ("packaged until 30 kg", R9, read as 5.26.1.2's
     * "packaged with 30 kg" is). Its own constant: the two systems' limits are separate requirements that a later
     * edition may change one at a time.
     */
    public static final Quantity NOMADIC_BAG_WEIGHT_MAX = Quantity.of("30", "kg");
    /** 6.26.1.2: nomadic bags are of a natural textile fabric. */
    public static final Set<BagMaterial> NOMADIC_BAG_MATERIALS = naturalTextiles();
    /** 6.26.1.3: what a nomadic herder marks on each bag. */
    public static final List<Marking> NOMADIC_MARKINGS = List.of(Marking.OWNER_NAME, Marking.FIBRE_WEIGHT,
            Marking.EAR_TAG_OR_ID, Marking.ORIGIN, Marking.COLOUR);

    private static final ClauseNumber HOUSING_PACKAGING = ClauseNumber.of("5.26.1.2");
    private static final ClauseNumber HOUSING_MARKING = ClauseNumber.of("5.26.1.3");
    private static final ClauseNumber FINENESS_CLASSES = ClauseNumber.of("5.26.2.4");
    private static final ClauseNumber HOUSING_ARCHIVE = ClauseNumber.of("5.26.3.2");
    private static final ClauseNumber NOMADIC_PACKAGING = ClauseNumber.of("6.26.1.2");
    private static final ClauseNumber NOMADIC_MARKING = ClauseNumber.of("6.26.1.3");
    private static final ClauseNumber NOMADIC_ARCHIVE = ClauseNumber.of("6.26.3.2");
    private static final ClauseNumber COMBING_ONLY = ClauseNumber.of("6.19.1.1");

    private static final BigDecimal HOUSING_MAX_KG = kg(HOUSING_BAG_WEIGHT_MAX);
    private static final BigDecimal NOMADIC_MAX_KG = kg(NOMADIC_BAG_WEIGHT_MAX);

    private BagRules() {
    }

    /**
     * Every rule {@code bag} breaks for a site of {@code system}, in clause order; empty when the bag may be
     * registered. A value the rules need but the bag lacks (its material, its number) breaks the rule that needs it.
     *
     * <ul>
     *   <li>Housing: a unique number (5.26.3.2); white cotton or linen, never synthetic, at most 30 kg (5.26.1.2); the
     *       markings of 5.26.1.3; a graded fineness class that agrees with the measured mean diameter (5.26.2.4).</li>
     *   <li>Nomadic: a unique number (6.26.3.2); a natural textile, never petroleum-based, at most 30 kg (6.26.1.2); the
     *       markings of 6.26.1.3; combed, never shorn (6.19.1.1, catalogued by the nomadic-system module).</li>
     * </ul>
     */
    public static List<BrokenRule> check(ProductionSystem system, Bag bag) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(bag, "bag");
        List<BrokenRule> broken = new ArrayList<>(4);
        if (system == ProductionSystem.HOUSING) {
            checkMaterial(bag, HOUSING_PACKAGING, HOUSING_BAG_MATERIALS, "white cotton or linen",
                    "synthetic", BagMaterial::isSynthetic, broken);
            if (!Boolean.TRUE.equals(bag.whiteCloth())) {
                broken.add(new BrokenRule(HOUSING_PACKAGING, "white", bag.whiteCloth() == null
                        ? "the colour of the bag's cloth is not given; housing bags are of white cloth."
                        : "the bag's cloth is not white; housing bags are of white cloth."));
            }
            checkWeight(bag, HOUSING_PACKAGING, HOUSING_MAX_KG, broken);
            checkMarkings(bag, HOUSING_MARKING, HOUSING_MARKINGS, broken);
            checkFinenessClass(bag, broken);
            checkNumber(bag, archiveClause(system), broken);
        } else {
            if (bag.harvestMethod() == HarvestMethod.SHORN) {
                broken.add(new BrokenRule(COMBING_ONLY, "combing-only",
                        "the bag holds shorn cashmere; nomadic herders harvest by combing only."));
            }
            checkMaterial(bag, NOMADIC_PACKAGING, NOMADIC_BAG_MATERIALS, "a natural textile",
                    "petroleum-based", BagMaterial::isPetroleumBased, broken);
            checkWeight(bag, NOMADIC_PACKAGING, NOMADIC_MAX_KG, broken);
            checkMarkings(bag, NOMADIC_MARKING, NOMADIC_MARKINGS, broken);
            checkNumber(bag, archiveClause(system), broken);
        }
        return List.copyOf(broken);
    }

    /**
     * The clause under which a bag of a site of {@code system} is archived with a unique number, permanently:
     * 5.26.3.2 for a housing farm, 6.26.3.2 for a nomadic herder. A second bag with the same number breaks it.
     */
    public static ClauseNumber archiveClause(ProductionSystem system) {
        Objects.requireNonNull(system, "system");
        return system == ProductionSystem.HOUSING ? HOUSING_ARCHIVE : NOMADIC_ARCHIVE;
    }

    /** True when {@code bag} breaks no rule for a site of {@code system}. */
    public static boolean isValid(ProductionSystem system, Bag bag) {
        return check(system, bag).isEmpty();
    }

    private static void checkMaterial(Bag bag, ClauseNumber clause, Set<BagMaterial> allowed, String allowedWords,
                                      String forbiddenWord, Predicate<BagMaterial> forbidden,
                                      List<BrokenRule> broken) {
        BagMaterial material = bag.material();
        if (material == null) {
            broken.add(new BrokenRule(clause, "material",
                    "the bag's material is not given; it shall be " + allowedWords + "."));
        } else {
            if (!allowed.contains(material)) {
                broken.add(new BrokenRule(clause, "material",
                        "the bag is of " + material.code() + "; it shall be " + allowedWords + "."));
            }
            if (forbidden.test(material)) {
                broken.add(new BrokenRule(clause, forbiddenWord,
                        "the bag is of " + material.code() + ", a " + forbiddenWord + " material, which is not allowed."));
            }
        }
    }

    private static void checkWeight(Bag bag, ClauseNumber clause, BigDecimal maxKg, List<BrokenRule> broken) {
        BigDecimal kg = bag.fibreWeightKg();
        if (kg != null && kg.compareTo(maxKg) > 0) {
            broken.add(new BrokenRule(clause, "weight", "the bag holds " + Numbers.plain(kg) + " kg of fibre, more than "
                    + "the " + Numbers.plain(maxKg) + " kg allowed."));
        }
    }

    private static void checkMarkings(Bag bag, ClauseNumber clause, List<Marking> required, List<BrokenRule> broken) {
        StringBuilder missing = null;
        for (Marking m : required) {
            if (!bag.isMarkedWith(m)) {
                missing = missing == null ? new StringBuilder(m.words()) : missing.append(", ").append(m.words());
            }
        }
        if (missing != null) {
            broken.add(new BrokenRule(clause, "markings", "the bag is not marked with: " + missing + "."));
        }
    }

    private static void checkFinenessClass(Bag bag, List<BrokenRule> broken) {
        if (bag.fineness() == null || bag.meanFibreDiameterUm() == null) {
            return;
        }
        FinenessClass measured = FinenessClass.of(bag.meanFibreDiameterUm());
        if (measured != bag.fineness()) {
            broken.add(new BrokenRule(FINENESS_CLASSES, "class", "the bag is graded " + bag.fineness().code()
                    + " but its measured mean fibre diameter of " + Numbers.plain(bag.meanFibreDiameterUm())
                    + " µm is " + measured.code() + " (" + measured.range() + ")."));
        }
    }

    private static void checkNumber(Bag bag, ClauseNumber clause, List<BrokenRule> broken) {
        if (bag.number() == null || bag.number().isBlank()) {
            broken.add(new BrokenRule(clause, "unique-number",
                    "the bag has no number; its data are archived permanently under a unique number."));
        }
    }

    private static Set<BagMaterial> naturalTextiles() {
        Set<BagMaterial> natural = EnumSet.noneOf(BagMaterial.class);
        for (BagMaterial m : BagMaterial.values()) {
            if (m.isNaturalTextile()) {
                natural.add(m);
            }
        }
        return Collections.unmodifiableSet(natural);
    }

    private static BigDecimal kg(Quantity limit) {
        try {
            return Units.convert(limit.value(), limit.unit(), "kg");
        } catch (Units.UnitException e) {
            throw new IllegalStateException("bag weight limit " + limit.display() + " is not a mass", e);
        }
    }
}
