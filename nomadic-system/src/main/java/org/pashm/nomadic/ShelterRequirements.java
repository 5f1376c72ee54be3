package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 6.2: shelter requirements. 6.2.1 general requirements; 6.2.2 types of shelter with its unnumbered
 * paragraphs 6.2.2.1 shelter area, 6.2.2.2 shelter structure and 6.2.2.3.1 food trough, water tub and hay feeder;
 * 6.2.3 kidding pen. (The seed text numbers these headings 6.1.1 to 6.1.4; see the module README.)
 */
final class ShelterRequirements {

    static final Sentence ALSO_HOUSES = Sentence.of("nomadic/6.2.2.1/also-houses",
            "the shelter also houses other goats ({label}), whose share 6.2.2.1 gives only as a minimum", "label");


    /** A food trough or hay feeder in a kidding pen or kids' shed (6.2.2.3.1), each measured on its own. */
    static final SubjectKind FEEDER = SubjectKind.of("feeder");

    // ---- 6.2.1 general requirements ----------------------------------------------------------------------------

    /**
     * 6.2.1.6: "Shelter length shall depend on the width minium size of which is between 6 to 12 meters". The range
     * is the width's minimum, written two ways (docs/reading-the-standard.md, R7, last sentence): the wider figure,
     * 6 m, is the limit (requirement), the narrower, 12 m, advice. It is not a maximum: a circular winter shelter is
     * 12 m to 18 m across (6.2.2.2). How the length depends on the width the draft does not say, so the length is not
     * checked.
     */
    static final Quantity WIDTH_MIN = Quantity.of("6", "m");
    static final Quantity WIDTH_ADVISED = Quantity.of("12", "m");

    static final EvidenceCode NATURAL_RESTING = EvidenceCode.attestation("nomadic.shelter.natural-resting-place",
            "The shelter is made of natural, animal-friendly materials and gives the herd a suitable place to rest",
            "Whether walls, roof, pens and floor are natural materials that cannot hurt the goats, and whether the "
                    + "goats can lie down and rest in it.", SubjectKind.SHELTER);
    static final EvidenceCode ELEVATED = EvidenceCode.attestation("nomadic.shelter.elevated-site",
            "The shelter stands on raised ground, safe from flooding and waterlogging",
            "Whether the shelter is built on ground higher than its surroundings so that water drains away from it.",
            SubjectKind.SHELTER);
    static final EvidenceCode CLEAN_WATER = EvidenceCode.attestation("nomadic.shelter.clean-water-access",
            "Goats at the shelter can reach clean drinking water",
            "Whether clean drinking water is accessible to the goats kept at the shelter.", SubjectKind.SHELTER);
    static final EvidenceCode NURSING_SHEDS = EvidenceCode.attestation("nomadic.site.nursing-shed-per-age-group",
            "A nursing shed is built for each age group of young kids",
            "Whether the household has a nursing shed for each neonatal age group of kids (see the rearing groups of "
                    + "6.10.2), so that kids of different ages are not crowded together.", SubjectKind.SITE);
    static final EvidenceCode DOORS = EvidenceCode.attestation("nomadic.shelter.doors-ventilate",
            "The shelter's doors let air circulate and keep the bedding dry",
            "Whether the doors are placed and sized so that the shelter is ventilated and its bedding stays dry.",
            SubjectKind.SHELTER);
    static final EvidenceCode WIDTH = EvidenceCode.quantity("nomadic.shelter.width", "shelter width", "m", "1", "200",
            "Inside width of the shelter (the diameter of a circular one), measured at floor level.",
            SubjectKind.SHELTER);
    static final EvidenceCode FEEDS_SEPARATE = EvidenceCode.attestation("nomadic.site.feeds-kept-separately",
            "Each type of feed is kept in its own container",
            "Whether hay, concentrates, salt and other feeds are stored each in a separate container.",
            SubjectKind.SITE);
    static final EvidenceCode WATER_CONTAINERS = EvidenceCode.attestation("nomadic.site.water-in-goat-containers",
            "Water is kept in purpose-made containers the goats can reach",
            "Whether the goats' water is held in containers designed for watering goats and within their reach.",
            SubjectKind.SITE);

    // ---- 6.2.2.1 shelter area ----------------------------------------------------------------------------------

    /** 6.2.2.1: at least 2.0 m² of shelter per castrated male. */
    static final Quantity AREA_PER_CASTRATED_MALE = Quantity.of("2.0", "m2");
    /**
     * 6.2.2.1: "Optimum accommodation shall be at least 2,0 m² for castrated male, 1,8 m² to 2 m² per each adult
     * does and 0,5 m² per kid". An optimum that "shall" be met is a requirement (docs/reading-the-standard.md, R3);
     * at least 1.8 m² a doe is a requirement (R7), and 2 m² a doe, the upper end of an allowance of living space, is
     * advice (R12). The castrated male's and the kid's figures are minimums only ("at least"), so the upper end is judged
     * only on a shelter that houses adult does and no other goats. Table 3 (6.5.1) gives the doe 1.5 m²: a known
     * conflict of the draft.
     */
    static final Quantity AREA_PER_DOE_MIN = Quantity.of("1.8", "m2");
    static final Quantity AREA_PER_DOE_MAX = Quantity.of("2", "m2");
    /** 6.2.2.1: 0.5 m² per kid. */
    static final Quantity AREA_PER_KID = Quantity.of("0.5", "m2");

    static final EvidenceCode LAID_OUT = EvidenceCode.attestation("nomadic.shelter.laid-out-by-sex-and-status",
            "The shelter is laid out for the sex and physiological status of the goats it houses",
            "Whether bucks, castrated males, does (pregnant, nursing) and kids have the parts of the shelter their "
                    + "sex and physiological status need.", SubjectKind.SHELTER);
    static final EvidenceCode FLOOR_AREA = EvidenceCode.quantity("nomadic.shelter.floor-area", "shelter floor area",
            "m2", "1", "10000", "Usable floor area inside the shelter, excluding walls and feed storage.",
            SubjectKind.SHELTER);
    static final EvidenceCode BUCKS = headcount("bucks", "entire bucks housed in the shelter");
    static final EvidenceCode CASTRATED_MALES = headcount("castrated-males", "castrated males housed in the shelter");
    static final EvidenceCode ADULT_DOES = headcount("adult-does", "adult does housed in the shelter");
    static final EvidenceCode YOUNG_GOATS = headcount("young-goats",
            "young goats (weaned, not yet mated) housed in the shelter");
    static final EvidenceCode KIDS = headcount("kids", "kids housed in the shelter");

    // ---- 6.2.2.2 shelter structure -----------------------------------------------------------------------------

    /** 6.2.2.2: winter and spring shelters are "usually circular" with these dimensions; "usually" reads as advice. */
    static final Quantity DIAMETER_MIN = Quantity.of("12", "m");
    static final Quantity DIAMETER_MAX = Quantity.of("18", "m");
    static final Quantity WALL_HEIGHT_MIN = Quantity.of("1.5", "m");
    static final Quantity WALL_HEIGHT_MAX = Quantity.of("2", "m");
    /**
     * 6.2.2.2: "the height of the back of the shed shall be 1,5 m". A single figure (docs/reading-the-standard.md,
     * R8): met by a height that rounds to 1.5 m (1.45 m up to, not including, 1.55 m).
     */
    static final Quantity BACK_HEIGHT_FIGURE = Quantity.of("1.5", "m");
    /**
     * 6.2.2.2: the front "no more than (2,5 to 3) m". A maximum written two ways (R7): the wider figure, 3 m, is the
     * limit (requirement), the narrower, 2.5 m, advice.
     */
    static final Quantity FRONT_HEIGHT_MAX = Quantity.of("3", "m");
    static final Quantity FRONT_HEIGHT_PREFERRED = Quantity.of("2.5", "m");
    /** 6.2.2.2: the kids' sheds are 12 m² to 15 m². */
    static final Quantity KIDS_SHED_AREA_MIN = Quantity.of("12", "m2");
    static final Quantity KIDS_SHED_AREA_MAX = Quantity.of("15", "m2");
    /**
     * 6.2.2.2: a kids' shed accommodates "50 kids to 60 kids". A capacity: at most 60 kids (requirement). The 50 is
     * not a minimum occupancy (a shed with fewer kids is never worse for them), so it is not checked.
     */
    static final long KIDS_PER_SHED_MAX = 60;

    static final String CIRCULAR = "circular";

    static final EvidenceCode SHAPE = EvidenceCode.choice("nomadic.shelter.shape", "shelter shape",
            List.of(CIRCULAR, "rectangular", "other"), "The ground plan of the shelter.", SubjectKind.SHELTER);
    static final EvidenceCode DIAMETER = EvidenceCode.quantity("nomadic.shelter.diameter", "shelter diameter", "m",
            "1", "100", "Inside diameter of a circular shelter.", SubjectKind.SHELTER);
    static final EvidenceCode WALL_HEIGHT = EvidenceCode.quantity("nomadic.shelter.wall-height", "shelter wall height",
            "m", "0.2", "6", "Height of the shelter's enclosing wall, from the floor.", SubjectKind.SHELTER);
    static final EvidenceCode BACK_HEIGHT = EvidenceCode.quantity("nomadic.shelter.back-height",
            "height of the back of the shed", "m", "0.3", "10",
            "Height of the roofed shed at its back (low) side, from the floor to the underside of the roof.",
            SubjectKind.SHELTER);
    static final EvidenceCode FRONT_HEIGHT = EvidenceCode.quantity("nomadic.shelter.front-height",
            "height of the front of the shed", "m", "0.3", "10",
            "Height of the roofed shed at its front (open, high) side, from the floor to the underside of the roof.",
            SubjectKind.SHELTER);
    static final EvidenceCode KIDS_SHED_AREA = EvidenceCode.quantity("nomadic.kids-shed.floor-area",
            "kids' shed floor area", "m2", "1", "500", "Floor area of the kids' shed.", SubjectKind.KIDS_SHED);
    static final EvidenceCode KIDS_SHED_KIDS = EvidenceCode.count("nomadic.kids-shed.kids", "kids in the kids' shed",
            0, 1000, "How many kids the shed holds (at the assessment, or at its fullest this season).",
            SubjectKind.KIDS_SHED);
    static final EvidenceCode WOODEN_FENCES = EvidenceCode.attestation("nomadic.kids-shed.wooden-fences",
            "The kids' shed is separated with wooden fences",
            "Whether the kids' shed is divided off from the rest of the shelter with wooden fences.",
            SubjectKind.KIDS_SHED);

    // ---- 6.2.2.3.1 food trough, water tub and hay feeder ---------------------------------------------------------

    static final String DOE_TROUGH = "adult-doe-trough";
    static final String KID_TROUGH = "kid-trough";
    static final String HAY_FEEDER = "hay-feeder";

    /** 6.2.2.3.1: the food trough of adult does is 0.3 m to 0.35 m high. */
    static final Quantity DOE_TROUGH_HEIGHT_MIN = Quantity.of("0.3", "m");
    static final Quantity DOE_TROUGH_HEIGHT_MAX = Quantity.of("0.35", "m");
    /** 6.2.2.3.1: the kids' food trough is 0.15 m to 0.2 m high. */
    static final Quantity KID_TROUGH_HEIGHT_MIN = Quantity.of("0.15", "m");
    static final Quantity KID_TROUGH_HEIGHT_MAX = Quantity.of("0.2", "m");
    /** 6.2.2.3.1: the adult does' trough "shall be (3 to 4) m" long. */
    static final Quantity DOE_TROUGH_LENGTH_MIN = Quantity.of("3", "m");
    static final Quantity DOE_TROUGH_LENGTH_MAX = Quantity.of("4", "m");
    /**
     * 6.2.2.3.1: the kids' trough "shall be (1,5 to 2,0) m optimal": an optimum the sentence makes a "shall"
     * (docs/reading-the-standard.md, R3), so a requirement at both ends.
     */
    static final Quantity KID_TROUGH_LENGTH_MIN = Quantity.of("1.5", "m");
    static final Quantity KID_TROUGH_LENGTH_MAX = Quantity.of("2.0", "m");
    /** 6.2.2.3.1: a hay feeder is up to 3 m long ... */
    static final Quantity HAY_FEEDER_LENGTH_MAX = Quantity.of("3", "m");
    /** ... less than 0.5 m high ... */
    static final Quantity HAY_FEEDER_HEIGHT_BELOW = Quantity.of("0.5", "m");
    /**
     * ... and "the width shall be 0,60 m". A single figure (docs/reading-the-standard.md, R8): met by a width that
     * rounds to 0.60 m (0.595 m up to, not including, 0.605 m).
     */
    static final Quantity HAY_FEEDER_WIDTH = Quantity.of("0.60", "m");

    static final EvidenceCode PEN_FEEDERS = EvidenceCode.attestation("nomadic.kidding-pen.feeders-installed",
            "Food troughs and hay feeders (and water tubs where needed) are installed in the kidding pen",
            "Whether the kidding pen has its own food trough and hay feeder, and a water tub when water is not "
                    + "otherwise at hand.", SubjectKind.KIDDING_PEN);
    static final EvidenceCode SHED_FEEDERS = EvidenceCode.attestation("nomadic.kids-shed.feeders-installed",
            "Food troughs and hay feeders (and water tubs where needed) are installed in the kids' shed",
            "Whether the kids' shed has its own food trough and hay feeder, and a water tub when water is not "
                    + "otherwise at hand.", SubjectKind.KIDS_SHED);
    static final EvidenceCode FEEDER_TYPE = EvidenceCode.choice("nomadic.feeder.type", "feeder type",
            List.of(DOE_TROUGH, KID_TROUGH, HAY_FEEDER),
            "What the feeder is: a food trough for adult does, a food trough for kids, or a hay feeder.", FEEDER);
    static final EvidenceCode FEEDER_HEIGHT = EvidenceCode.quantity("nomadic.feeder.height", "feeder height", "m", "0",
            "3", "Height of the feeder: of a trough's edge from the ground; of a hay feeder, its overall height.",
            FEEDER);
    static final EvidenceCode FEEDER_LENGTH = EvidenceCode.quantity("nomadic.feeder.length", "feeder length", "m",
            "0.1", "50", "Length of the trough or hay feeder.", FEEDER);
    static final EvidenceCode FEEDER_WIDTH = EvidenceCode.quantity("nomadic.feeder.width", "feeder width", "m", "0.05",
            "5", "Width of the hay feeder.", FEEDER);
    static final EvidenceCode GRATED = EvidenceCode.attestation("nomadic.feeder.grated",
            "The hay feeder has a grated structure",
            "Whether the hay feeder holds the hay behind bars or a grate, so that goats pull it out without trampling "
                    + "or soiling it.", FEEDER);

    // ---- 6.2.3 kidding pen -------------------------------------------------------------------------------------

    static final String WOOD = "wood";
    static final String LINED_STONE = "lined-stone";

    static final EvidenceCode PEN_MATERIAL = EvidenceCode.choice("nomadic.kidding-pen.material",
            "kidding pen material", List.of(WOOD, LINED_STONE, "bare-stone", "other"),
            "What the kidding pen is built of: wood; stone lined with wood or dried dung; bare stone; or another "
                    + "material (brick, metal, plastic).", SubjectKind.KIDDING_PEN);
    static final EvidenceCode PEN_INSIDE = EvidenceCode.attestation("nomadic.kidding-pen.inside-shelter",
            "The kidding pen and shed are built inside the shelter",
            "Whether the small pen and shed for kids stand inside the winter and spring shelter.",
            SubjectKind.KIDDING_PEN);

    static final List<EvidenceCode> CODES = List.of(NATURAL_RESTING, ELEVATED, CLEAN_WATER, NURSING_SHEDS, DOORS,
            WIDTH, FEEDS_SEPARATE, WATER_CONTAINERS, LAID_OUT, FLOOR_AREA, BUCKS, CASTRATED_MALES, ADULT_DOES,
            YOUNG_GOATS, KIDS, SHAPE, DIAMETER, WALL_HEIGHT, BACK_HEIGHT, FRONT_HEIGHT, KIDS_SHED_AREA,
            KIDS_SHED_KIDS, WOODEN_FENCES, PEN_FEEDERS, SHED_FEEDERS, FEEDER_TYPE, FEEDER_HEIGHT, FEEDER_LENGTH,
            FEEDER_WIDTH, GRATED, PEN_MATERIAL, PEN_INSIDE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.2.1.1", "Natural materials and a place to rest")
                    .requirement().nomadic().freedoms(DISCOMFORT)
                    .summary("The shelter is made of natural, animal-friendly materials and gives the herd a suitable "
                            + "place to rest.")
                    .rule(Rules.attested("natural-resting-place", NATURAL_RESTING))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.2", "Built on raised ground")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The shelter is built on ground raised above its surroundings, so that it does not flood "
                            + "or become waterlogged.")
                    .rule(Rules.attested("elevated", ELEVATED))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.3", "Access to clean drinking water")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Goats at the shelter can reach clean drinking water. (An item of the list of "
                            + "requirements in 6.2.1; read as a requirement although the item itself has no verb.)")
                    .rule(Rules.attested("clean-water", CLEAN_WATER))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.4", "A nursing shed for each age group of kids")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("A nursing shed is built for each neonatal age group of kids.")
                    .rule(Rules.attested("nursing-sheds", NURSING_SHEDS).onlyWhen(Household.withKids()))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.5", "Doors that ventilate and keep bedding dry")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The shelter's doors let air circulate and keep the bedding dry.")
                    .rule(Rules.attested("doors", DOORS))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.6", "Shelter width")
                    .requirement().nomadic().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("A shelter's length follows from its width, whose minimum the standard gives as 6 m to "
                            + "12 m: the width is at least 6 m, and preferably at least 12 m.")
                    .rule(Rules.atLeast("width", WIDTH, WIDTH_MIN).readAs(Wording.RANGE))
                    .rule(Rules.atLeast("width-advised", WIDTH, WIDTH_ADVISED).advice().readAs(Wording.RANGE))
                    .build(),
            Clause.of(DIS_2025, "6.2.1.7", "Separate feed containers and goat water containers")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Each type of feed is kept in its own container, and water is kept in purpose-made "
                            + "containers the goats can reach.")
                    .rule(Rules.attested("feeds-separate", FEEDS_SEPARATE))
                    .rule(Rules.attested("water-containers", WATER_CONTAINERS))
                    .build(),
            Clause.of(DIS_2025, "6.2.2.1", "Shelter area")
                    .requirement().nomadic().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .conflictsWith("6.5.1", "an adult doe has 1.8 m² to 2 m² in 6.2.2.1 and 1.5 m² to 2 m² in Table 3 (6.5.1)")
                    .summary("Shelters are designed for the sex and physiological status of the goats, with at least "
                            + "2.0 m² per castrated male, 1.8 m² to 2 m² per adult doe and 0.5 m² per kid.")
                    .rule(Rules.attested("laid-out", LAID_OUT))
                    .rule(Rules.perHead("space", "shelter floor area at least 2.0 m² per castrated male, 1.8 m² per "
                            + "adult doe and 0.5 m² per kid", FLOOR_AREA, perHead(AREA_PER_DOE_MIN))
                            .readAs(Wording.OPTIMUM_SHALL))
                    .rule(Rules.perHeadAtMost("space-upper", "a shelter of adult does no larger than 2 m² per doe",
                            FLOOR_AREA, Map.of(ADULT_DOES, AREA_PER_DOE_MAX)).readAs(Wording.ALLOWANCE)
                            .onlyWhen(onlyAdultDoes()).says(ALSO_HOUSES))
                    .build(),
            Clause.of(DIS_2025, "6.2.2.2", "Shelter structure and kids' sheds")
                    .requirement().nomadic().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("A winter and spring shelter is usually circular, 12 m to 18 m across, with walls 1.5 m to "
                            + "2 m high. The shed is 1.5 m high at the back and no more than 3 m (preferably "
                            + "2.5 m) at the front. Kids' sheds measure 12 m² to 15 m², are separated with wooden "
                            + "fences and hold at most 60 kids.")
                    .rule(Rules.oneOf("circular", SHAPE, CIRCULAR).advice().onlyWhen(Household.winterSpring()))
                    .rule(Rules.between("diameter", DIAMETER, DIAMETER_MIN, DIAMETER_MAX).advice()
                            .onlyWhen(Household.winterSpring().and(Applicability.whenChoice(SHAPE, CIRCULAR))))
                    .rule(Rules.between("wall-height", WALL_HEIGHT, WALL_HEIGHT_MIN, WALL_HEIGHT_MAX).advice()
                            .onlyWhen(Household.winterSpring()))
                    .rule(Rules.roundsTo("back-height", BACK_HEIGHT, BACK_HEIGHT_FIGURE).onlyWhen(Household.winterSpring()))
                    .rule(Rules.atMost("front-height", FRONT_HEIGHT, FRONT_HEIGHT_MAX).readAs(Wording.RANGE)
                            .onlyWhen(Household.winterSpring()))
                    .rule(Rules.atMost("front-height-preferred", FRONT_HEIGHT, FRONT_HEIGHT_PREFERRED).advice()
                            .readAs(Wording.RANGE).onlyWhen(Household.winterSpring()))
                    .rule(Rules.between("kids-shed-area", KIDS_SHED_AREA, KIDS_SHED_AREA_MIN, KIDS_SHED_AREA_MAX)
                            .onlyWhen(Household.withKids()))
                    .rule(Rules.atMost("kids-per-shed", KIDS_SHED_KIDS, KIDS_PER_SHED_MAX)
                            .onlyWhen(Household.withKids()))
                    .rule(Rules.attested("wooden-fences", WOODEN_FENCES).onlyWhen(Household.withKids()))
                    .build(),
            Clause.of(DIS_2025, "6.2.2.3.1", "Food troughs, water tubs and hay feeders")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Kidding pens and kids' sheds have food troughs, hay feeders and, if needed, water tubs. "
                            + "Troughs for adult does are 0.3 m to 0.35 m high and 3 m to 4 m long; troughs for kids "
                            + "0.15 m to 0.2 m high and 1.5 m to 2.0 m long (the optimum the standard requires). Hay "
                            + "feeders are at most 3 m long, less than 0.5 m high and 0.60 m wide, with a grated "
                            + "structure.")
                    .rule(Rules.attested("kidding-pen-feeders", PEN_FEEDERS).onlyWhen(Household.withKids()))
                    .rule(Rules.attested("kids-shed-feeders", SHED_FEEDERS).onlyWhen(Household.withKids()))
                    .rule(feeder(DOE_TROUGH, Rules.between("doe-trough-height", FEEDER_HEIGHT, DOE_TROUGH_HEIGHT_MIN,
                            DOE_TROUGH_HEIGHT_MAX).statement("adult does' trough height " + range(DOE_TROUGH_HEIGHT_MIN, DOE_TROUGH_HEIGHT_MAX))))
                    .rule(feeder(DOE_TROUGH, Rules.between("doe-trough-length", FEEDER_LENGTH, DOE_TROUGH_LENGTH_MIN,
                            DOE_TROUGH_LENGTH_MAX).statement("adult does' trough length " + range(DOE_TROUGH_LENGTH_MIN, DOE_TROUGH_LENGTH_MAX))))
                    .rule(feeder(KID_TROUGH, Rules.between("kid-trough-height", FEEDER_HEIGHT, KID_TROUGH_HEIGHT_MIN,
                            KID_TROUGH_HEIGHT_MAX).statement("kids' trough height " + range(KID_TROUGH_HEIGHT_MIN, KID_TROUGH_HEIGHT_MAX))))
                    .rule(feeder(KID_TROUGH, Rules.between("kid-trough-length", FEEDER_LENGTH, KID_TROUGH_LENGTH_MIN,
                            KID_TROUGH_LENGTH_MAX).statement("kids' trough length "
                            + range(KID_TROUGH_LENGTH_MIN, KID_TROUGH_LENGTH_MAX)).readAs(Wording.OPTIMUM_SHALL)))
                    .rule(feeder(HAY_FEEDER, Rules.atMost("hay-feeder-length", FEEDER_LENGTH, HAY_FEEDER_LENGTH_MAX)
                            .statement("hay feeder length at most " + HAY_FEEDER_LENGTH_MAX.display())))
                    .rule(feeder(HAY_FEEDER, Rules.below("hay-feeder-height", FEEDER_HEIGHT, HAY_FEEDER_HEIGHT_BELOW)
                            .statement("hay feeder height less than " + HAY_FEEDER_HEIGHT_BELOW.display())))
                    .rule(feeder(HAY_FEEDER, Rules.roundsTo("hay-feeder-width", FEEDER_WIDTH, HAY_FEEDER_WIDTH)
                            .statement("hay feeder width 0.60 m (rounded to the figure's last place)")))
                    .rule(feeder(HAY_FEEDER, Rules.attested("hay-feeder-grated", GRATED)))
                    .build(),
            Clause.of(DIS_2025, "6.2.3", "Kidding pen")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("A small pen and shed for kids is built inside the shelter of wood; one built of stone is "
                            + "lined with wood or dried dung, for warmth and so that it does not hurt kids or goats.")
                    .rule(Rules.oneOf("material", PEN_MATERIAL, WOOD, LINED_STONE).onlyWhen(Household.withKids()))
                    .rule(Rules.attested("inside-shelter", PEN_INSIDE).onlyWhen(Household.withKids()))
                    .build());


    /**
     * A shelter that houses adult does and no other goats (every other headcount zero or not given): the only herd
     * for which 6.2.2.1 gives an upper figure.
     */
    private static Applicability onlyAdultDoes() {
        List<EvidenceCode> others = List.of(BUCKS, CASTRATED_MALES, YOUNG_GOATS, KIDS);
        java.util.Set<String> reads = new java.util.LinkedHashSet<>();
        others.forEach(c -> reads.add(c.code()));
        java.util.Map<EvidenceCode, org.pashm.core.text.Message> reasons = new java.util.HashMap<>();
        others.forEach(c -> reasons.put(c, ALSO_HOUSES.with(new org.pashm.core.text.Phrase(
                org.pashm.core.text.Terms.label(c)))));
        return new Applicability(reads, e -> {
            for (EvidenceCode c : others) {
                Long n = e.count(c);
                if (n != null && n > 0) {
                    return reasons.get(c);
                }
            }
            return null;
        });
    }

    /** The shelter's floor area per head of 6.2.2.1, with the adult does' share given. */
    private static Map<EvidenceCode, Quantity> perHead(Quantity perDoe) {
        Map<EvidenceCode, Quantity> shares = new LinkedHashMap<>();
        shares.put(CASTRATED_MALES, AREA_PER_CASTRATED_MALE);
        shares.put(ADULT_DOES, perDoe);
        shares.put(KIDS, AREA_PER_KID);
        return shares;
    }

    /**
     * A rule on feeders of one type: other types, and every feeder of a household without kids this season, are "not
     * applicable"; an untyped feeder is "not assessed".
     */
    private static Rule.Draft feeder(String type, Rule.Draft rule) {
        return rule.requires(FEEDER_TYPE)
                .onlyWhen(Household.withKids().and(Applicability.whenChoice(FEEDER_TYPE, type)));
    }

    /** "from 0.3 to 0.35 m", for statements built from the constants. */
    private static String range(Quantity min, Quantity max) {
        return "from " + Rules.plain(min.value()) + " to " + max.display();
    }

    private static EvidenceCode headcount(String what, String label) {
        return EvidenceCode.count("nomadic.shelter." + what, label, 0, 5000,
                "How many " + label + ": at the assessment, or in the season the shelter serves when it is empty.",
                SubjectKind.SHELTER);
    }

    private ShelterRequirements() {
    }
}
