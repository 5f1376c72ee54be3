package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 6.1: general requirements for the seasonal shelters of a nomadic household. */
final class GeneralRequirements {

    static final EvidenceCode PROTECTS = EvidenceCode.attestation("nomadic.shelter.protects-from-climate",
            "The shelter protects the herd from the weather and from climate extremes",
            "Whether the shelter, as designed and built, shields the goats from wind, cold, snow, rain and heat well "
                    + "enough to safeguard their welfare, health, growth and reproduction.", SubjectKind.SHELTER);
    static final EvidenceCode SITED = EvidenceCode.attestation("nomadic.shelter.sited-for-sun-and-shelter",
            "The shelter is sited to catch the early morning and late evening sun, out of cold wind and snow drifts",
            "For a winter and spring shelter: whether its location and orientation expose the goats to the sun early "
                    + "and late in the day and protect them from cold breezes and drifting snow.", SubjectKind.SHELTER);
    static final EvidenceCode WATERING_POINTS = EvidenceCode.attestation("nomadic.shelter.has-watering-points",
            "The shelter has watering points", "For a winter and spring shelter: whether the goats can drink at or "
                    + "near it.", SubjectKind.SHELTER);
    static final EvidenceCode GRAZING_AREA = EvidenceCode.attestation("nomadic.shelter.has-grazing-area",
            "The shelter has a grazing area", "For a winter and spring shelter: whether grazing is available around "
                    + "it.", SubjectKind.SHELTER);
    static final EvidenceCode FEEDING_AREA = EvidenceCode.attestation("nomadic.shelter.has-feeding-area",
            "The shelter has a feeding area", "For a winter and spring shelter: whether it has a place where hay and "
                    + "supplementary feed are given.", SubjectKind.SHELTER);
    static final EvidenceCode FEED_STORAGE = EvidenceCode.attestation("nomadic.shelter.has-hay-and-feed-storage",
            "The shelter has hay and feed storage", "For a winter and spring shelter: whether hay and feed are stored "
                    + "at it, protected from weather and animals.", SubjectKind.SHELTER);
    static final EvidenceCode KIDDING_QUARTERS = EvidenceCode.attestation("nomadic.shelter.has-kidding-quarters",
            "The shelter has separate quarters where does give birth", "For a winter and spring shelter: whether does "
                    + "can kid apart from the herd (a kidding pen or shed).", SubjectKind.SHELTER);
    static final EvidenceCode KID_PENS = EvidenceCode.attestation("nomadic.shelter.has-kid-pens",
            "The shelter has pens for kids", "For a winter and spring shelter: whether kids have pens of their own.",
            SubjectKind.SHELTER);
    static final EvidenceCode LOCAL_MATERIALS = EvidenceCode.attestation("nomadic.shelter.local-natural-materials",
            "The shelter is built of locally available, animal-friendly materials",
            "Whether the shelter is built of materials such as wood, timber, straw, hay, rock or compressed dried "
                    + "dung rather than materials that can hurt goats or are foreign to the place.",
            SubjectKind.SHELTER);

    /** 6.1.4: the one bedding the standard names for seasonal shelters. */
    static final String DRIED_DUNG_POWDER = "dried-dung-powder";

    static final EvidenceCode BEDDING = EvidenceCode.choice("nomadic.shelter.bedding", "shelter bedding",
            List.of(DRIED_DUNG_POWDER, "straw", "sand", "other", "none"),
            "What the goats lie on in the shelter: dried and softened dung powder (the traditional bedding 6.1.4 asks "
                    + "for), straw, sand, another material, or bare ground.", SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = List.of(PROTECTS, SITED, WATERING_POINTS, GRAZING_AREA, FEEDING_AREA,
            FEED_STORAGE, KIDDING_QUARTERS, KID_PENS, LOCAL_MATERIALS, BEDDING);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.1.1", "Seasonal shelters protect the herd")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Each seasonal shelter is designed and built to give the herd a good place to live, "
                            + "sheltered from the weather and climate extremes, so that the goats' welfare, health, "
                            + "growth and reproduction are safe.")
                    .rule(Rules.attested("protects", PROTECTS))
                    .build(),
            Clause.of(DIS_2025, "6.1.2", "Winter and spring shelters catch the sun and avoid the wind")
                    .requirement().nomadic().freedoms(DISCOMFORT)
                    .summary("A winter or spring shelter stands where the goats get the early morning and late evening "
                            + "sun and are protected from cold wind and drifting snow.")
                    .rule(Rules.attested("sited", SITED).onlyWhen(Household.winterSpring()))
                    .build(),
            Clause.of(DIS_2025, "6.1.3", "What a winter and spring shelter has")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("A winter or spring shelter has watering points, a grazing area, a feeding area, hay and "
                            + "feed storage, separate quarters where does give birth, and pens for kids.")
                    .rule(Rules.attested("watering-points", WATERING_POINTS).onlyWhen(Household.winterSpring()))
                    .rule(Rules.attested("grazing-area", GRAZING_AREA).onlyWhen(Household.winterSpring()))
                    .rule(Rules.attested("feeding-area", FEEDING_AREA).onlyWhen(Household.winterSpring()))
                    .rule(Rules.attested("feed-storage", FEED_STORAGE).onlyWhen(Household.winterSpring()))
                    .rule(Rules.attested("kidding-quarters", KIDDING_QUARTERS)
                            .onlyWhen(Household.winterSpring()))
                    .rule(Rules.attested("kid-pens", KID_PENS).onlyWhen(Household.winterSpring()))
                    .build(),
            Clause.of(DIS_2025, "6.1.4", "Local, animal-friendly materials and dung bedding")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Shelters are built of locally available, animal-friendly materials (wood, timber, straw, "
                            + "hay, rock, compressed dried dung), and their bedding is dried, softened dung powder.")
                    .rule(Rules.attested("local-materials", LOCAL_MATERIALS))
                    .rule(Rules.oneOf("dung-bedding", BEDDING, DRIED_DUNG_POWDER))
                    .build());

    private GeneralRequirements() {
    }
}
