package org.pashm.nomadic;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * What the herder household is made of, as far as several subclauses need to know it to decide whether a rule
 * applies: whether there are kids this season, and what each goat group is. These codes carry no limit of their
 * own; they turn "not assessed" into "not applicable" where the standard does not concern a household or group.
 */
final class Household {

    /** The goat groups clause 6 speaks of (6.9.1, 6.10.2 and its three rearing groups, 6.11). */
    static final String YOUNG_DOES = "young-does";
    static final String MATING_GROUP = "mating-group";
    static final String NEONATAL_KIDS = "neonatal-kids";
    static final String INTERMEDIATE_KIDS = "intermediate-kids";
    static final String GROWN_UP_KIDS = "grown-up-kids";
    static final String WEANED_KIDS = "weaned-kids";
    static final String HERD = "herd";

    static final EvidenceCode KIDS = EvidenceCode.count("nomadic.site.kids", "kids in the herd", 0, 20000,
            "How many kids of this season's kidding the household's herd has at the assessment (0 when no kids were "
                    + "born this season). With none, the rules on kidding pens, kids' sheds and rearing groups do not "
                    + "apply.", SubjectKind.SITE);
    static final EvidenceCode GROUP_CLASS = EvidenceCode.choice("nomadic.goat-group.class", "goat group class",
            List.of(YOUNG_DOES, MATING_GROUP, NEONATAL_KIDS, INTERMEDIATE_KIDS, GROWN_UP_KIDS, WEANED_KIDS, HERD),
            "What the group is: young does to be mated for the first time (6.9.1.1); a natural-mating group of bucks "
                    + "and does (6.9.1.2); a rearing group of kids, neonatal (days 0 to 7), intermediate (days 8 to "
                    + "14) or grown-up (over 14 days) (6.10.2); weaned kids (6.11); or the herd as a whole.",
            SubjectKind.GOAT_GROUP);


    /** 6.2.2: nomadic shelters are classified by the seasons they serve. */
    static final String WINTER_SPRING = "winter-spring";
    static final String WARM_SEASON = "warm-season";

    static final EvidenceCode SHELTER_TYPE = EvidenceCode.choice("nomadic.shelter.type", "shelter type",
            List.of(WINTER_SPRING, WARM_SEASON),
            "Which season the shelter serves (6.2.2): a winter and spring shelter (roofed, where kidding takes place) "
                    + "or a roofless open enclosure used in the warm months.", SubjectKind.SHELTER);
    static final EvidenceCode SHELTER_CONSTRUCTION = EvidenceCode.choice("nomadic.shelter.construction",
            "shelter construction", List.of("closed", "semi-closed", "roofless"),
            "How the shelter is closed: walled and roofed on every side, semi-closed (one side open or openable), or a "
                    + "roofless enclosure.", SubjectKind.SHELTER);
    static final EvidenceCode SHELTER_IN_USE = EvidenceCode.attestation("nomadic.shelter.in-use",
            "The shelter houses goats at the time of the assessment",
            "Whether the herd is using the shelter now. The inside temperature of an empty shelter (a winter shelter "
                    + "visited in summer) is not judged.", SubjectKind.SHELTER);
    static final EvidenceCode KIDDING_PEN_IN_USE = EvidenceCode.attestation("nomadic.kidding-pen.in-use",
            "The kidding pen holds does or kids at the time of the assessment",
            "Whether the pen is in use now. The temperature of an unused pen (outside the kidding season) is not "
                    + "judged.", SubjectKind.KIDDING_PEN);

    static final List<EvidenceCode> CODES = List.of(KIDS, GROUP_CLASS, SHELTER_TYPE, SHELTER_CONSTRUCTION,
            SHELTER_IN_USE, KIDDING_PEN_IN_USE);

    /** Applies to winter and spring shelters only (or to a shelter whose type was not given). */
    static Applicability winterSpring() {
        return Applicability.whenChoice(SHELTER_TYPE, WINTER_SPRING);
    }

    /** Applies to goat groups of one of {@code classes}. */
    static Applicability groups(String... classes) {
        return Applicability.whenChoice(GROUP_CLASS, classes);
    }

    /** Applies unless the household has no kids this season. */
    static Applicability withKids() {
        return Applicability.whenAny(KIDS);
    }

    /** Goat groups of kids of one of {@code classes}; not applicable on a household without kids. */
    static Applicability kidGroups(String... classes) {
        return withKids().and(groups(classes));
    }

    private Household() {
    }
}
