package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;
import org.pashm.traceability.BagMaterial;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.Marking;

/**
 * ISO 22786 5.26.1 and 6.26.1: classifying raw cashmere and packing it in bags, judged bag by bag. The weight limits,
 * materials and marking lists are {@link BagRules}'s constants, the ones the app applies when it registers a bag.
 *
 * <p>5.26.1.1 and 5.26.1.3 are written as instructions ("Classify and pack", "Mark the packaging bag") where their
 * nomadic twins say "shall": both are read as requirements.
 */
final class Packaging {

    private static final Sentence MARKED_WITH = Sentence.text("traceability/bag/marked-with",
            "the bag is marked with");
    private static final Sentence NOT_MARKED_WITH = Sentence.text("traceability/bag/not-marked-with",
            "the bag is not marked with");


    static final EvidenceCode PACKED = EvidenceCode.attestation("traceability.site.cashmere-packed",
            "Raw cashmere has been harvested and packed into bags at the site",
            "Whether the site has packed harvested cashmere into bags. Answer no for a site that has not harvested "
                    + "yet: the bag rules then do not apply.", SubjectKind.SITE);
    /** The bag rules concern a site that packs cashmere. */
    static final Applicability WHEN_PACKED = Applicability.whenAttested(PACKED);

    static final EvidenceCode MATERIAL = EvidenceCode.choice("traceability.bag.material", "bag material",
            List.of(codes(BagMaterial.values(), m -> true)), "The fabric of the packaging bag.", SubjectKind.BAG);
    static final EvidenceCode WHITE_CLOTH = EvidenceCode.attestation("traceability.bag.white-cloth",
            "The bag is made of white cloth",
            "Whether the bag's fabric is white (undyed and unprinted apart from its markings).", SubjectKind.BAG);
    static final EvidenceCode FIBRE_WEIGHT = EvidenceCode.quantity("traceability.bag.fibre-weight",
            "weight of fibre in the bag", "kg", "0", "150",
            "The weight of raw cashmere packed in the bag, without the bag, as weighed at packing.", SubjectKind.BAG);
    static final EvidenceCode ONE_CLASS = EvidenceCode.attestation("traceability.bag.single-class",
            "The bag holds cashmere of a single class",
            "Whether the bag holds only cashmere of one class: goats of one sex and age group, one fibre colour and "
                    + "one test result (fineness class).", SubjectKind.BAG);
    /** One attestation per marking of {@link Marking}: "the bag is marked with the goat owner's name". */
    static final Map<Marking, EvidenceCode> MARKED = markingCodes();

    static final List<EvidenceCode> CODES = codeList();

    static final List<Clause> CLAUSES = List.of(
            // "Classify and pack cashmere ...": an imperative (docs/reading-the-standard.md, R1).
            Clause.of(DIS_2025, "5.26.1.1", "Cashmere sorted into classes and packed by class")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("Harvested cashmere is sorted into classes by the goats' sex and age, the fibre colour "
                            + "and the test results, and each class is packed on its own.")
                    .rule(Rules.attested("one-class", ONE_CLASS).onlyWhen(WHEN_PACKED))
                    .build(),
            Clause.of(DIS_2025, "5.26.1.2", "White cotton or linen bags of at most 30 kg")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Each class of cashmere is packed in white cotton or linen bags holding at most 30 kg "
                            + "each; bags of synthetic fibre are not allowed.")
                    .rule(Rules.oneOf("material", MATERIAL, codes(BagMaterial.values(),
                            BagRules.HOUSING_BAG_MATERIALS::contains)).onlyWhen(WHEN_PACKED))
                    .rule(Rules.noneOf("synthetic", MATERIAL, codes(BagMaterial.values(), BagMaterial::isSynthetic))
                            .strength(Strength.PROHIBITION).onlyWhen(WHEN_PACKED))
                    .rule(Rules.attested("white", WHITE_CLOTH).onlyWhen(WHEN_PACKED))
                    .rule(Rules.atMost("weight", FIBRE_WEIGHT, BagRules.HOUSING_BAG_WEIGHT_MAX).readAs(Wording.FILL)
                            .onlyWhen(WHEN_PACKED))
                    .build(),
            // "Mark the packaging bag with ...": an imperative (R1).
            Clause.of(DIS_2025, "5.26.1.3", "Bag markings on a housing farm")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("Each bag is marked with the goat owner's name, the people who recorded, combed and "
                            + "weighed the fibre, its weight, the goat type, the goats' ear-tag numbers or other "
                            + "identification, fibre length, fineness, origin and colour.")
                    .rule(markings(BagRules.HOUSING_MARKINGS, "5.26.1.3").onlyWhen(WHEN_PACKED))
                    .build(),
            Clause.of(DIS_2025, "6.26.1.1", "Cashmere sorted into classes and packed by class")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Harvested cashmere is sorted into classes by the goats' sex and age, the fibre colour "
                            + "and other test results, and each class is packed on its own.")
                    .rule(Rules.attested("one-class", ONE_CLASS).onlyWhen(WHEN_PACKED))
                    .build(),
            Clause.of(DIS_2025, "6.26.1.2", "Natural-textile bags of at most 30 kg")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Each class of cashmere is packed in bags of natural textile fabric holding at most "
                            + "30 kg each; no bag may be made of petroleum-based material.")
                    .rule(Rules.oneOf("material", MATERIAL, codes(BagMaterial.values(),
                            BagRules.NOMADIC_BAG_MATERIALS::contains)).onlyWhen(WHEN_PACKED))
                    .rule(Rules.noneOf("petroleum-based", MATERIAL, codes(BagMaterial.values(),
                            BagMaterial::isPetroleumBased)).strength(Strength.PROHIBITION).onlyWhen(WHEN_PACKED))
                    .rule(Rules.atMost("weight", FIBRE_WEIGHT, BagRules.NOMADIC_BAG_WEIGHT_MAX).readAs(Wording.FILL)
                            .onlyWhen(WHEN_PACKED))
                    .build(),
            Clause.of(DIS_2025, "6.26.1.3", "Bag markings of a nomadic herder")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Each bag is marked with the goat owner's name, the cashmere weight, the goats' ear-tag "
                            + "identification, the origin (such as the province) and the fibre colour.")
                    .rule(markings(BagRules.NOMADIC_MARKINGS, "6.26.1.3").onlyWhen(WHEN_PACKED))
                    .build());

    private Packaging() {
    }

    private static Rule.Draft markings(List<Marking> required, String clause) {
        List<Rules.Item> items = new ArrayList<>(required.size());
        for (Marking m : required) {
            items.add(new Rules.Item(MARKED.get(m), m.words()));
        }
        return Rules.allOf("markings", "the bag carries every marking " + clause + " lists", SubjectKind.BAG,
                MARKED_WITH, NOT_MARKED_WITH, items);
    }


    private static Map<Marking, EvidenceCode> markingCodes() {
        Map<Marking, EvidenceCode> codes = new EnumMap<>(Marking.class);
        for (Marking m : Marking.values()) {
            codes.put(m, EvidenceCode.attestation("traceability.bag.marked-" + m.code(),
                    "The bag is marked with the " + m.words(),
                    "Whether the " + m.words() + " is written on the bag or on its label.", SubjectKind.BAG));
        }
        return Map.copyOf(codes);
    }

    private static List<EvidenceCode> codeList() {
        List<EvidenceCode> all = new ArrayList<>(List.of(PACKED, MATERIAL, WHITE_CLOTH, FIBRE_WEIGHT, ONE_CLASS));
        for (Marking m : Marking.values()) {
            all.add(MARKED.get(m));
        }
        return List.copyOf(all);
    }

    /** The codes of the materials that pass {@code test}, in the enum's order. */
    static String[] codes(BagMaterial[] materials, Predicate<BagMaterial> test) {
        List<String> codes = new ArrayList<>(materials.length);
        for (BagMaterial m : materials) {
            if (test.test(m)) {
                codes.add(m.code());
            }
        }
        return codes.toArray(new String[0]);
    }
}
