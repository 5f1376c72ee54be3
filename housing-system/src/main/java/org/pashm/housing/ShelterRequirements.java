package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.choice;
import static org.pashm.housing.HousingEvidence.count;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * ISO 22786 5.2: shelter requirements (type, area, structure, and the facilities in the shelter: troughs, fences,
 * farrowing pen, encirclement pen). The unnumbered paragraphs under "Shelter structure", "Fence in the goat shelter",
 * "Farrowing pen" and "Encirclement pen" take the numbers 5.2.3, 5.2.4.2, 5.2.4.3 and 5.2.4.4.
 */
final class ShelterRequirements {

    private static final SubjectKind SHELTER = SubjectKind.SHELTER;

    // ---- 5.2.1.1 shelter type ------------------------------------------------------------------------------------

    static final String CLOSED = "closed";
    static final String SEMI_CLOSED = "semi-closed";
    static final String OPEN = "open";

    /** 5.2.1.1 classifies sheds by structure; 5.3.4's window ratio concerns the closed and semi-closed ones. */
    static final EvidenceCode STRUCTURE = choice(SHELTER, "structure", "shelter structure",
            List.of(CLOSED, SEMI_CLOSED, OPEN),
            "The shed's architectural type (5.2.1.1): closed, semi-closed (one side partly open) or open (one side "
                    + "fully open to the exercise ground).");

    // ---- 5.2.2.1 shelter area ------------------------------------------------------------------------------------

    // 5.2.2.1 (repeated as Table 2 of 5.5.2, "minimum feeding density"): floor space per goat in the shelter, "shall
    // ... meet the requirements of 4,0 m² to 6,0 m² for each adult buck ...". The lower figures are the least floor
    // area, a requirement (R7); the upper ones are the upper end of an allowance of living space, advice (R12),
    // checked on the herd's whole area.
    static final Quantity ADULT_BUCK_SPACE_MIN = Quantity.of("4.0", "m2");
    static final Quantity ADULT_BUCK_SPACE_MAX = Quantity.of("6.0", "m2");
    static final Quantity UNMATED_BUCK_SPACE_MIN = Quantity.of("1.5", "m2");
    static final Quantity UNMATED_BUCK_SPACE_MAX = Quantity.of("2", "m2");
    static final Quantity ADULT_DOE_SPACE_MIN = Quantity.of("1.5", "m2");
    static final Quantity ADULT_DOE_SPACE_MAX = Quantity.of("2", "m2");
    static final Quantity UNMATED_DOE_SPACE_MIN = Quantity.of("0.8", "m2");
    static final Quantity UNMATED_DOE_SPACE_MAX = Quantity.of("1.2", "m2");
    /** 5.2.2.1: a single figure for kids, so it is both the lower and the upper one. */
    static final Quantity KID_SPACE = Quantity.of("0.5", "m2");
    // 5.2.2.1: "it is appropriate" (advice) to build independent shelters of "about 50 m² to 200 m2"; about, each
    // end give or take a tenth (R5): 45 m² to 220 m².
    static final Quantity SHELTER_SIZE_MIN = Quantity.of("45", "m2");
    static final Quantity SHELTER_SIZE_MAX = Quantity.of("220", "m2");

    static final EvidenceCode FLOOR_AREA = quantity(SHELTER, "floor-area", "shelter floor area", "m2", "1", "5000",
            "Floor area inside the shelter that its goats can use, measured wall to wall less fixed installations.");
    static final EvidenceCode ADULT_BUCKS = count(SHELTER, "adult-bucks", "adult (stud) bucks housed", 0, 5000,
            "Number of adult bucks kept for breeding that live in the shelter on the day of the assessment.");
    static final EvidenceCode UNMATED_BUCKS = count(SHELTER, "unmated-bucks", "unmated bucks housed", 0, 5000,
            "Number of bucks between weaning and first mating (3.10) that live in the shelter.");
    static final EvidenceCode ADULT_DOES = count(SHELTER, "adult-does", "adult does housed", 0, 5000,
            "Number of adult does that live in the shelter.");
    static final EvidenceCode UNMATED_DOES = count(SHELTER, "unmated-does", "unmated does housed", 0, 5000,
            "Number of does between weaning and first mating (3.10) that live in the shelter.");
    static final EvidenceCode KIDS = count(SHELTER, "kids", "kids housed", 0, 5000,
            "Number of kids, from birth to the end of weaning (3.9), that live in the shelter.");

    /** Each category's headcount code with its lower and upper space per head. */
    private static final Map<EvidenceCode, Quantity> SPACE_MIN = ordered(
            ADULT_BUCKS, ADULT_BUCK_SPACE_MIN, UNMATED_BUCKS, UNMATED_BUCK_SPACE_MIN, ADULT_DOES, ADULT_DOE_SPACE_MIN,
            UNMATED_DOES, UNMATED_DOE_SPACE_MIN, KIDS, KID_SPACE);
    private static final Map<EvidenceCode, Quantity> SPACE_MAX = ordered(
            ADULT_BUCKS, ADULT_BUCK_SPACE_MAX, UNMATED_BUCKS, UNMATED_BUCK_SPACE_MAX, ADULT_DOES, ADULT_DOE_SPACE_MAX,
            UNMATED_DOES, UNMATED_DOE_SPACE_MAX);
    /** Kids have a single figure, no upper one, so the upper check does not concern a shed that houses kids. */
    static final Sentence HOUSES_KIDS = Sentence.text("housing/5.2.2.1/planned-to-herd/houses-kids",
            "the shelter houses kids, for whom 5.2.2.1 gives no upper figure");
    private static final Message HOUSES_KIDS_WORDS = HOUSES_KIDS.message();
    private static final Applicability HOUSES_NO_KIDS = new Applicability(Set.of(KIDS.code()), e -> {
        Long kids = e.count(KIDS);
        return kids != null && kids > 0 ? HOUSES_KIDS_WORDS : null;
    });

    // ---- 5.2.3 shelter structure ---------------------------------------------------------------------------------

    /** 5.2.3: the shelter floor is more than 20 cm higher than the exercise area. */
    static final Quantity FLOOR_RISE_MIN = Quantity.of("20", "cm");
    /**
     * 5.2.3: "a slope with an angle of 20 degrees of high inside and low outside". Read as: the floor falls towards
     * the outside (an angle above 0) by at most 20 degrees; an exact 20 degrees cannot be what is meant of a floor
     * goats stand on, and a steeper floor would be worse.
     */
    static final Quantity FLOOR_SLOPE_MAX = Quantity.of("20", "deg");
    static final Quantity FLOOR_SLOPE_FLAT = Quantity.of("0", "deg");
    // 5.2.3: eaves 2 m to 2.5 m above the ground.
    static final Quantity EAVES_MIN = Quantity.of("2", "m");
    static final Quantity EAVES_MAX = Quantity.of("2.5", "m");
    /** 5.2.3: the fence of the exercise area is at least 1.2 m high. */
    static final Quantity EXERCISE_FENCE_MIN = Quantity.of("1.2", "m");
    // 5.2.3: "the height of the wall shall be (1.2 to 1.5) m", read as the wall that encloses the exercise area
    // where it is walled rather than fenced.
    static final Quantity EXERCISE_WALL_MIN = Quantity.of("1.2", "m");
    static final Quantity EXERCISE_WALL_MAX = Quantity.of("1.5", "m");

    static final String FENCE = "fence";
    static final String WALL = "wall";

    static final EvidenceCode FLOOR_RISE = quantity(SHELTER, "floor-rise", "floor height above the exercise ground",
            "cm", "-100", "300", "How much higher the shelter floor is than the adjoining exercise ground, measured "
                    + "at the doorway; negative when the floor is lower.");
    static final EvidenceCode FLOOR_SLOPE = quantity(SHELTER, "floor-slope", "floor slope towards the outside",
            "deg", "-45", "45", "Angle of the shelter floor's fall from the inside towards the outside; negative when "
                    + "it falls inwards, 0 when flat.");
    static final EvidenceCode FLOOR_MATERIAL = choice(SHELTER, "floor-material", "shelter floor material",
            List.of("cement", "brick", "rammed-earth", "wood", "plastic-slats", "bare-soil", "other"),
            "What the shelter floor is made of.");
    static final EvidenceCode EAVES_HEIGHT = quantity(SHELTER, "eaves-height", "eaves height", "m", "0.5", "10",
            "Height of the shelter's eaves above the ground outside.");
    static final EvidenceCode EXERCISE_ENCLOSURE = choice(SHELTER, "exercise-ground-enclosure",
            "exercise ground enclosure", List.of(FENCE, WALL),
            "Whether the shelter's exercise ground is enclosed by a fence or by a wall (the higher share of its "
                    + "perimeter).");
    static final EvidenceCode EXERCISE_FENCE_HEIGHT = quantity(SHELTER, "exercise-ground-fence-height",
            "exercise ground fence height", "m", "0", "5",
            "Lowest height of the fence round the shelter's exercise ground.");
    static final EvidenceCode EXERCISE_WALL_HEIGHT = quantity(SHELTER, "exercise-ground-wall-height",
            "exercise ground wall height", "m", "0", "5",
            "Height of the wall round the shelter's exercise ground (lowest and highest stretch both within range).");

    // ---- 5.2.4.1.1 troughs ---------------------------------------------------------------------------------------

    // 5.2.4.1.1, descriptive ("the height of the trough edge is ..."), hence advice (R13): trough edges 0.4 m to 0.5 m
    // above the ground, kid troughs 0.2 m to 0.3 m; trough length 0.4 m to 0.5 m per adult doe, 0.7 m to 0.8 m per
    // adult buck.
    static final Quantity TROUGH_EDGE_MIN = Quantity.of("0.4", "m");
    static final Quantity TROUGH_EDGE_MAX = Quantity.of("0.5", "m");
    static final Quantity KID_TROUGH_EDGE_MIN = Quantity.of("0.2", "m");
    static final Quantity KID_TROUGH_EDGE_MAX = Quantity.of("0.3", "m");
    static final Quantity DOE_TROUGH_MIN = Quantity.of("0.4", "m");
    static final Quantity DOE_TROUGH_MAX = Quantity.of("0.5", "m");
    static final Quantity BUCK_TROUGH_MIN = Quantity.of("0.7", "m");
    static final Quantity BUCK_TROUGH_MAX = Quantity.of("0.8", "m");

    static final EvidenceCode TROUGH_EDGE_HEIGHT = quantity(SHELTER, "trough-edge-height",
            "food trough edge height", "m", "0", "3", "Height of the food trough's edge above the floor it stands on.");
    static final EvidenceCode KID_TROUGH_EDGE_HEIGHT = quantity(SHELTER, "kid-trough-edge-height",
            "kid feed trough edge height", "m", "0", "3", "Height of the edge of the kids' feed trough above the floor.");
    static final EvidenceCode TROUGH_LENGTH = quantity(SHELTER, "trough-length", "food trough length", "m", "0",
            "2000", "Total length of food trough at which the shelter's goats can feed at the same time (a trough "
                    + "reachable from both sides counts twice).");
    static final EvidenceCode TROUGHS_WITHOUT_CROWDING = attestation(SHELTER, "troughs-without-crowding",
            "Food troughs, water tubs and hay feeders are enough and placed so that goats eat and drink without "
                    + "crowding, waste or soiling", "The auditor watches a feeding and looks at the feeders' state.");
    static final EvidenceCode WATER_TUBS_ENOUGH = attestation(SHELTER, "water-tubs-enough",
            "The water tubs are set to meet the goats' need to drink",
            "Number, size and placing of the shelter's water tubs against the number of goats.");
    static final EvidenceCode DRINKING_TROUGH_CLEANABLE = attestation(SHELTER, "drinking-trough-cleanable",
            "The drinking troughs are dedicated ones, easy to clean, brush and disinfect",
            "Material and shape of the drinking troughs.");

    private static final Map<EvidenceCode, Quantity> TROUGH_MIN = ordered(ADULT_DOES, DOE_TROUGH_MIN, ADULT_BUCKS,
            BUCK_TROUGH_MIN);
    private static final Map<EvidenceCode, Quantity> TROUGH_MAX = ordered(ADULT_DOES, DOE_TROUGH_MAX, ADULT_BUCKS,
            BUCK_TROUGH_MAX);

    /** 5.2.4.1.1 gives trough lengths for adult does and bucks only. */
    static final Sentence NO_ADULTS = Sentence.text("housing/5.2.4.1.1/no-adults",
            "the shelter houses no adult does or bucks, the only goats 5.2.4.1.1 gives trough lengths for");
    private static final Applicability HOUSES_ADULTS = HousingEvidence.whenAnyCounted(NO_ADULTS,
            ADULT_DOES, ADULT_BUCKS);

    // ---- 5.2.4.2 fence in the shelter ----------------------------------------------------------------------------

    // 5.2.4.2, recommended ("it is recommended to use welded steel bars ...", advice): "the diameter of the steel
    // bars is 1,2 cm, the spacing is 12 cm, and the height of the fence is 1,5 m". Single figures (R8): met by a
    // measurement that rounds to them, each given in its code's unit (1.15 cm up to 1.25 cm; 11.5 cm up to 12.5 cm;
    // 1.45 m up to 1.55 m).
    static final Quantity FENCE_BAR_DIAMETER_FIGURE = Quantity.of("1.2", "cm");
    static final Quantity FENCE_BAR_SPACING_FIGURE = Quantity.of("12", "cm");
    static final Quantity FENCE_HEIGHT_FIGURE = Quantity.of("1.5", "m");

    static final EvidenceCode FENCE_WELDED_STEEL = attestation(SHELTER, "fence-welded-steel",
            "The fences inside the shelter are welded steel bars on a steel-pipe frame, in sections that can be "
                    + "taken apart and moved", "How the fences inside the shelter are built.");
    static final EvidenceCode FENCE_BAR_DIAMETER = quantity(SHELTER, "fence-bar-diameter", "fence bar diameter",
            "cm", "0", "10", "Diameter of the steel bars of the fences inside the shelter.");
    static final EvidenceCode FENCE_BAR_SPACING = quantity(SHELTER, "fence-bar-spacing", "fence bar spacing", "cm",
            "0", "100", "Widest clear gap between two bars of the fences inside the shelter.");
    static final EvidenceCode FENCE_HEIGHT = quantity(SHELTER, "fence-height", "inside fence height", "m", "0", "5",
            "Lowest height of the fences inside the shelter.");
    static final EvidenceCode FENCE_HAZARD = attestation(SHELTER, "fence-hazard",
            "Fences or feeding barriers scratch goats' skin or trap their heads or horns",
            "Sharp ends, broken welds, gaps that catch a head or horn; fresh scratches on goats along the fences. "
                    + "\"yes\" when any is found.");
    static final EvidenceCode FENCES_MAINTAINED = attestation(SHELTER, "fences-maintained",
            "Fences and feeding barriers are inspected and maintained regularly",
            "The farm's maintenance record and the state of the fences.");
    static final EvidenceCode ELECTRIC_FENCE_USED = siteAttestation("electric-fence-used",
            "An electric fence is used on the farm", "Whether any electric fence keeps goats in or out.");
    static final EvidenceCode ELECTRIC_FENCE_SAFE = siteAttestation("electric-fence-safe",
            "Electric fences run at a safe voltage and cause goats no excessive discomfort",
            "The energiser's rating and setting, and the goats' behaviour near the fence.");

    // ---- 5.2.4.3 farrowing pen, 5.2.4.4 encirclement pen --------------------------------------------------------

    static final String WOOD = "wood";
    static final String IRON = "iron";

    static final EvidenceCode PEN_MATERIAL = choice(SubjectKind.KIDDING_PEN, "material", "farrowing pen material",
            List.of(WOOD, IRON, "brick", "plastic", "other"),
            "What the farrowing pen is built of (iron includes steel).");
    static final EvidenceCode PEN_SHELTERED = attestation(SubjectKind.KIDDING_PEN, "sheltered",
            "The farrowing pen stands in a sheltered area inside the shelter",
            "Where the pen stands: under the shelter's roof, out of draughts.");

    // 5.2.4.4, descriptive ("a single pen is 1 m to 2 m long and 1,2 m high"), hence advice (R13): the length a range
    // (R7), the height a single figure (R8, 1.15 m up to 1.25 m).
    static final Quantity PANEL_LENGTH_MIN = Quantity.of("1", "m");
    static final Quantity PANEL_LENGTH_MAX = Quantity.of("2", "m");
    static final Quantity PANEL_HEIGHT_FIGURE = Quantity.of("1.2", "m");

    static final EvidenceCode ENCIRCLEMENT_PENS = siteAttestation("encirclement-pens",
            "Movable, foldable pens are at hand in the goat shelter",
            "Pens for epidemic prevention, treatment, breeding, selection, performance tests and individual tests.");
    static final EvidenceCode PANEL_LENGTH = quantity(SubjectKind.SITE, "encirclement-pen-panel-length",
            "encirclement pen panel length", "m", "0", "10", "Length of one panel of the movable pens.");
    static final EvidenceCode PANEL_HEIGHT = quantity(SubjectKind.SITE, "encirclement-pen-panel-height",
            "encirclement pen panel height", "m", "0", "5", "Height of one panel of the movable pens.");

    static final List<EvidenceCode> CODES = List.of(STRUCTURE, FLOOR_AREA, ADULT_BUCKS, UNMATED_BUCKS, ADULT_DOES, UNMATED_DOES,
            KIDS, FLOOR_RISE, FLOOR_SLOPE, FLOOR_MATERIAL, EAVES_HEIGHT, EXERCISE_ENCLOSURE, EXERCISE_FENCE_HEIGHT,
            EXERCISE_WALL_HEIGHT, TROUGH_EDGE_HEIGHT, KID_TROUGH_EDGE_HEIGHT, TROUGH_LENGTH, TROUGHS_WITHOUT_CROWDING,
            WATER_TUBS_ENOUGH, DRINKING_TROUGH_CLEANABLE, FENCE_WELDED_STEEL, FENCE_BAR_DIAMETER, FENCE_BAR_SPACING,
            FENCE_HEIGHT, FENCE_HAZARD, FENCES_MAINTAINED, ELECTRIC_FENCE_USED, ELECTRIC_FENCE_SAFE, PEN_MATERIAL,
            PEN_SHELTERED, ENCIRCLEMENT_PENS, PANEL_LENGTH, PANEL_HEIGHT);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.2.2.1", "Shelter area and space per goat")
                    .requirement().housing().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("Shelters are planned to the size of the herd, ideally as independent sheds of about "
                            + "50 m² to 200 m² (45 m² to 220 m²), giving each adult buck 4 m² to 6 m², each unmated "
                            + "buck or adult doe 1.5 m² to 2 m², each unmated doe 0.8 m² to 1.2 m² and each kid "
                            + "0.5 m²; the shelter is neither smaller than the lower figures nor larger than the "
                            + "upper figures give its herd. The exercise ground of more than 2.5 times the shelter "
                            + "area that this paragraph also names is checked under 5.6.1.")
                    .rule(Rules.perHead("space-per-goat", "floor area gives each goat at least its category's "
                            + "space (adult buck 4, unmated buck 1.5, adult doe 1.5, unmated doe 0.8, kid 0.5 m²)",
                            FLOOR_AREA, SPACE_MIN).readAs(Wording.RANGE))
                    .rule(Rules.perHeadAtMost("planned-to-herd", "floor area not more than the upper figures give "
                            + "the herd (adult buck 6, unmated buck 2, adult doe 2, unmated doe 1.2 m²)",
                            FLOOR_AREA, SPACE_MAX).readAs(Wording.ALLOWANCE).onlyWhen(HOUSES_NO_KIDS)
                            .says(HOUSES_KIDS))
                    .rule(Rules.between("shelter-size", FLOOR_AREA, SHELTER_SIZE_MIN, SHELTER_SIZE_MAX)
                            .statement("shelter floor area about 50 to 200 m² (45 to 220 m²)")
                            .advice().readAs(Wording.APPROXIMATE))
                    .build(),
            Clause.of(DIS_2025, "5.2.3", "Shelter structure")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The shelter floor is more than 20 cm above the exercise area and falls towards the "
                            + "outside (by at most 20 degrees), and is made of cement, brick or rammed earth. The "
                            + "eaves are 2 m to 2.5 m above the ground. The exercise area is enclosed by a fence at "
                            + "least 1.2 m high or a wall 1.2 m to 1.5 m high.")
                    .rule(Rules.above("floor-rise", FLOOR_RISE, FLOOR_RISE_MIN))
                    .rule(Rules.above("floor-falls-outwards", FLOOR_SLOPE, FLOOR_SLOPE_FLAT))
                    .rule(Rules.atMost("floor-slope", FLOOR_SLOPE, FLOOR_SLOPE_MAX))
                    .rule(Rules.oneOf("floor-material", FLOOR_MATERIAL, "cement", "brick", "rammed-earth"))
                    .rule(Rules.between("eaves", EAVES_HEIGHT, EAVES_MIN, EAVES_MAX).readAs(Wording.RANGE))
                    .rule(Rules.atLeast("exercise-fence", EXERCISE_FENCE_HEIGHT, EXERCISE_FENCE_MIN)
                            .onlyWhen(Applicability.whenChoice(EXERCISE_ENCLOSURE, FENCE)))
                    .rule(Rules.between("exercise-wall", EXERCISE_WALL_HEIGHT, EXERCISE_WALL_MIN, EXERCISE_WALL_MAX)
                            .readAs(Wording.RANGE).onlyWhen(Applicability.whenChoice(EXERCISE_ENCLOSURE, WALL)))
                    .build(),
            Clause.of(DIS_2025, "5.2.4.1.1", "Food trough, water tub and hay feeder")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Food troughs, water tubs and hay feeders are provided in such number and place that "
                            + "goats eat and drink without crowding, waste or soiling, and enough to meet their need "
                            + "to drink. As described: trough edges 0.4 m to 0.5 m above the ground (kid troughs "
                            + "0.2 m to 0.3 m), 0.4 m to 0.5 m of trough per adult doe and 0.7 m to 0.8 m per adult "
                            + "buck, dedicated drinking troughs that are easy to clean.")
                    .rule(Rules.attested("without-crowding", TROUGHS_WITHOUT_CROWDING))
                    .rule(Rules.attested("water-tubs", WATER_TUBS_ENOUGH))
                    .rule(Rules.between("trough-edge", TROUGH_EDGE_HEIGHT, TROUGH_EDGE_MIN, TROUGH_EDGE_MAX)
                            .readAs(Wording.DESCRIPTION))
                    .rule(Rules.between("kid-trough-edge", KID_TROUGH_EDGE_HEIGHT, KID_TROUGH_EDGE_MIN,
                                    KID_TROUGH_EDGE_MAX).readAs(Wording.DESCRIPTION)
                            .onlyWhen(Applicability.whenAny(KIDS)))
                    .rule(Rules.perHead("trough-per-goat", "trough length gives each adult doe at least 0.4 m and "
                                    + "each adult buck at least 0.7 m", TROUGH_LENGTH, TROUGH_MIN).readAs(Wording.DESCRIPTION)
                            .onlyWhen(HOUSES_ADULTS).says(NO_ADULTS))
                    .rule(Rules.perHeadAtMost("trough-per-goat-upper", "trough length not more than 0.5 m per "
                                    + "adult doe and 0.8 m per adult buck", TROUGH_LENGTH, TROUGH_MAX).readAs(Wording.ALLOWANCE)
                            .onlyWhen(HOUSES_ADULTS).says(NO_ADULTS))
                    .rule(Rules.attested("drinking-trough", DRINKING_TROUGH_CLEANABLE).advice())
                    .build(),
            Clause.of(DIS_2025, "5.2.4.2", "Fence in the goat shelter")
                    .requirement().housing().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("Fences and feeding barriers never scratch goats or trap their heads or horns, and are "
                            + "inspected and maintained regularly; an electric fence runs at a safe voltage without "
                            + "excessive discomfort. Recommended: welded steel bars 1.2 cm thick and 12 cm apart on "
                            + "a steel-pipe frame, 1.5 m high, in movable sections.")
                    .rule(Rules.never("no-injury", FENCE_HAZARD).strength(Strength.PROHIBITION))
                    .rule(Rules.attested("maintained", FENCES_MAINTAINED))
                    .rule(Rules.attested("electric-fence", ELECTRIC_FENCE_SAFE).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(ELECTRIC_FENCE_USED)))
                    .rule(Rules.attested("welded-steel", FENCE_WELDED_STEEL).advice())
                    .rule(Rules.roundsTo("bar-diameter", FENCE_BAR_DIAMETER, FENCE_BAR_DIAMETER_FIGURE).advice())
                    .rule(Rules.roundsTo("bar-spacing", FENCE_BAR_SPACING, FENCE_BAR_SPACING_FIGURE).advice())
                    .rule(Rules.roundsTo("height", FENCE_HEIGHT, FENCE_HEIGHT_FIGURE).advice())
                    .build(),
            Clause.of(DIS_2025, "5.2.4.3", "Farrowing pen")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Does deliver in a farrowing pen built of wood or iron in a sheltered area inside the "
                            + "shelter.")
                    .rule(Rules.oneOf("material", PEN_MATERIAL, WOOD, IRON))
                    .rule(Rules.attested("sheltered", PEN_SHELTERED))
                    .build(),
            Clause.of(DIS_2025, "5.2.4.4", "Encirclement pen")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Movable, foldable pens are at hand in the shelter for epidemic prevention, treatment, "
                            + "breeding, selection and individual tests; as described, one pen panel is 1 m to 2 m "
                            + "long and 1.2 m high.")
                    .rule(Rules.attested("provided", ENCIRCLEMENT_PENS))
                    .rule(Rules.between("panel-length", PANEL_LENGTH, PANEL_LENGTH_MIN, PANEL_LENGTH_MAX)
                            .readAs(Wording.DESCRIPTION))
                    .rule(Rules.roundsTo("panel-height", PANEL_HEIGHT, PANEL_HEIGHT_FIGURE).advice())
                    .build());

    private static Map<EvidenceCode, Quantity> ordered(Object... pairs) {
        Map<EvidenceCode, Quantity> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((EvidenceCode) pairs[i], (Quantity) pairs[i + 1]);
        }
        return m;
    }

    private ShelterRequirements() {
    }
}
