package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 6.5: feeding space (Table 3), grazing and sunbathing near the shelter, natural lighting. Table 3 shares
 * the shelter's floor area and headcounts with 6.2.2.1 ({@link ShelterRequirements}).
 */
final class FeedingSpace {

    /*
     * 6.5.1, Table 3: feeding space per goat. Each cell is a range ("2 to 4"): the lower ends are the least each goat
     * has, a requirement (docs/reading-the-standard.md, R7); the upper ends, of an allowance of space, are advice
     * (R12), checked on the herd's whole area. The kid's cell gives one
     * figure, 0.5 m², which is both its ends. Castrated males are adult males and take the buck's share. The doe's
     * 1.5 m² is a known conflict of the draft with the 1.8 m² of 6.2.2.1.
     */
    static final Quantity BUCK = Quantity.of("2", "m2");
    static final Quantity DOE = Quantity.of("1.5", "m2");
    static final Quantity YOUNG_GOAT = Quantity.of("0.8", "m2");
    static final Quantity KID = Quantity.of("0.5", "m2");
    static final Quantity BUCK_MAX = Quantity.of("4", "m2");
    static final Quantity DOE_MAX = Quantity.of("2", "m2");
    static final Quantity YOUNG_GOAT_MAX = Quantity.of("0.9", "m2");
    static final Quantity KID_MAX = KID;
    /** 6.5.1: grazing for does with young kids within 0.5 km of the shelter. */
    static final Quantity KID_GRAZING_DISTANCE_MAX = Quantity.of("0.5", "km");
    /** 6.5.1: a sunbathing area for kids aged 7 days or more: kids get it from the age of 7 days at the latest. */
    static final Quantity SUNBATHING_FROM_AGE = Quantity.of("7", "d");

    static final EvidenceCode KID_GRAZING = EvidenceCode.attestation("nomadic.shelter.kid-grazing-area",
            "A healthy, productive grazing area for does with young kids is kept near the shelter",
            "Whether pasture in good condition is set aside near the shelter for does with young kids.",
            SubjectKind.SHELTER);
    static final EvidenceCode KID_GRAZING_DISTANCE = EvidenceCode.quantity("nomadic.shelter.kid-grazing-distance",
            "distance from the shelter to the grazing area for does with young kids", "m", "0", "50000",
            "Walking distance from the shelter to the nearest edge of the grazing area used by does with young kids.",
            SubjectKind.SHELTER);
    static final EvidenceCode SUNBATHING_AREA = EvidenceCode.attestation("nomadic.shelter.sunbathing-area",
            "The shelter has a sunbathing area for kids", "Whether kids have a sunny, sheltered area by the shelter "
                    + "where they can bask.", SubjectKind.SHELTER);
    static final EvidenceCode SUNBATHING_AGE = EvidenceCode.quantity("nomadic.shelter.sunbathing-access-age",
            "age from which kids use the sunbathing area", "d", "0", "180",
            "The age at which kids are first let into the sunbathing area.", SubjectKind.SHELTER);
    static final EvidenceCode NATURAL_LIGHT = EvidenceCode.attestation("nomadic.shelter.natural-light-used",
            "The shelter is lit by natural light", "Whether the goats live by daylight rather than artificial light.",
            SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = List.of(KID_GRAZING, KID_GRAZING_DISTANCE, SUNBATHING_AREA,
            SUNBATHING_AGE, NATURAL_LIGHT);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.5.1", "Feeding space, grazing and sunbathing near the shelter")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, DISCOMFORT, NORMAL_BEHAVIOUR)
                    .conflictsWith("6.2.2.1", "an adult doe has 1.8 m² to 2 m² in 6.2.2.1 and 1.5 m² to 2 m² in Table 3 (6.5.1)")
                    .summary("Each goat has the feeding space of Table 3: buck 2 m² to 4 m², doe 1.5 m² to 2 m², "
                            + "young goat 0.8 m² to 0.9 m², kid 0.5 m², the shelter being no larger than the upper "
                            + "figures give its herd. A healthy, productive grazing area for "
                            + "does with young kids lies within 0.5 km of the shelter, and the shelter has a "
                            + "sunbathing area for kids aged 7 days or more.")
                    .rule(Rules.perHead("table-3", "shelter floor area at least 2 m² per buck or castrated male, "
                            + "1.5 m² per doe, 0.8 m² per young goat and 0.5 m² per kid (Table 3)",
                            ShelterRequirements.FLOOR_AREA, table3(BUCK, DOE, YOUNG_GOAT, KID)).readAs(Wording.RANGE))
                    .rule(Rules.perHeadAtMost("table-3-upper", "shelter floor area at most 4 m² per buck or castrated "
                            + "male, 2 m² per doe, 0.9 m² per young goat and 0.5 m² per kid (the upper ends of Table 3)",
                            ShelterRequirements.FLOOR_AREA, table3(BUCK_MAX, DOE_MAX, YOUNG_GOAT_MAX, KID_MAX))
                            .readAs(Wording.ALLOWANCE))
                    .rule(Rules.attested("kid-grazing", KID_GRAZING).onlyWhen(kidsAtShelter()))
                    .rule(Rules.atMost("kid-grazing-distance", KID_GRAZING_DISTANCE, KID_GRAZING_DISTANCE_MAX)
                            .onlyWhen(kidsAtShelter()))
                    .rule(Rules.attested("sunbathing-area", SUNBATHING_AREA).onlyWhen(kidsAtShelter()))
                    .rule(Rules.atMost("sunbathing-age", SUNBATHING_AGE, SUNBATHING_FROM_AGE)
                            .onlyWhen(kidsAtShelter().and(Applicability.whenAttested(SUNBATHING_AREA))))
                    .build(),
            Clause.of(DIS_2025, "6.5.2", "Natural lighting")
                    .requirement().nomadic().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("Natural lighting is used.")
                    .rule(Rules.attested("natural-light", NATURAL_LIGHT))
                    .build());

    /** Winter and spring shelters of a household with kids this season. */
    private static Applicability kidsAtShelter() {
        return Household.withKids().and(Household.winterSpring());
    }

    /** One end of Table 3, per headcount. */
    private static Map<EvidenceCode, Quantity> table3(Quantity buck, Quantity doe, Quantity youngGoat, Quantity kid) {
        Map<EvidenceCode, Quantity> shares = new LinkedHashMap<>();
        shares.put(ShelterRequirements.BUCKS, buck);
        shares.put(ShelterRequirements.CASTRATED_MALES, buck);
        shares.put(ShelterRequirements.ADULT_DOES, doe);
        shares.put(ShelterRequirements.YOUNG_GOATS, youngGoat);
        shares.put(ShelterRequirements.KIDS, kid);
        return shares;
    }

    private FeedingSpace() {
    }
}
