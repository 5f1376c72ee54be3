package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Season;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 5.3: the environment inside the goat shelter (law, temperature, air, light, noise, bedding). */
final class ShelterEnvironment {

    // ---- 5.3.1 -------------------------------------------------------------------------------------------------

    static final EvidenceCode LAWFUL_ENVIRONMENT = siteAttestation("shelter-environment-lawful",
            "The environment inside the goat shelters complies with the applicable regulations and local laws",
            "The regulations or local laws on livestock housing that apply to the farm, and how the sheds meet them.");

    // ---- 5.3.2 temperature ---------------------------------------------------------------------------------------

    /** 5.3.2: "Select building materials and structures according to local climatic conditions ..." (R1). */
    static final EvidenceCode SUITS_CLIMATE = siteAttestation("sheds-suit-climate",
            "The sheds' materials and structure suit the local climate, and effective lighting and ventilation "
                    + "measures keep their environment right",
            "The building materials and structure against the local winters and summers; windows, vents and fans.");

    // 5.3.2, "the optimal temperature ... is from 15 °C to 21 °C" with no "shall" (R3, advice), a range binding at
    // both ends: 15 to 21 °C in goat shelters, 18 to 25 °C in the kidding shed.
    static final Quantity SHELTER_OPTIMAL_MIN = Quantity.of("15", "Cel");
    static final Quantity SHELTER_OPTIMAL_MAX = Quantity.of("21", "Cel");
    static final Quantity KIDDING_OPTIMAL_MIN = Quantity.of("18", "Cel");
    static final Quantity KIDDING_OPTIMAL_MAX = Quantity.of("25", "Cel");
    /**
     * 5.3.2: the shed is never warmer than 30 °C in summer. A season's limit (R11) judges the summer's record
     * (the log's highest) and any reading of the shed taken in summer (June to August).
     */
    static final Quantity SUMMER_MAX = Quantity.of("30", "Cel");
    /** 5.3.2: the shed is never colder than 0 °C in winter: the winter's record and any winter reading (R11). */
    static final Quantity WINTER_MIN = Quantity.of("0", "Cel");

    static final EvidenceCode TEMPERATURE = quantity(SubjectKind.SHELTER, "temperature", "shelter temperature", "Cel",
            "-50", "60", "Air temperature inside the shed at goat height, on the day the observation gives (else "
                    + "the day of the assessment visit); a reading taken in summer or winter is also held to that "
                    + "season's limit.");
    static final EvidenceCode SUMMER_TEMPERATURE = quantity(SubjectKind.SHELTER, "summer-maximum-temperature",
            "highest summer temperature", "Cel", "-20", "60",
            "Highest air temperature inside the shed in the last summer, from the farm's thermometer log (or the "
                    + "auditor's reading on a summer visit).");
    static final EvidenceCode WINTER_TEMPERATURE = quantity(SubjectKind.SHELTER, "winter-minimum-temperature",
            "lowest winter temperature", "Cel", "-50", "40",
            "Lowest air temperature inside the shed in the last winter, from the farm's thermometer log (or the "
                    + "auditor's reading on a winter visit).");
    static final EvidenceCode KIDDING_TEMPERATURE = quantity(SubjectKind.KIDDING_PEN, "temperature",
            "kidding pen temperature", "Cel", "-50", "60",
            "Lowest air temperature in the kidding pen while does were kidding, from the kidding-season log (or the "
                    + "auditor's reading when does are kidding). 5.9.1.4 sets its minimum.");

    // ---- 5.3.4 light --------------------------------------------------------------------------------------------

    /** 5.3.4: window area at least 1:15 of the floor area, an exact fraction. */
    static final String WINDOW_TO_FLOOR_MIN = "1/15";
    /** 5.3.4: lighting of 100 lux at the height of the goats' heads, a single figure of an allowance: its least (R14). */
    static final Quantity ILLUMINANCE_MIN = Quantity.of("100", "lx");
    /** 5.3.4: at least 6 hours a day of continuous darkness or low light. */
    static final Quantity DARKNESS_MIN = Quantity.of("6", "h");

    static final EvidenceCode NATURAL_LIGHT = attestation(SubjectKind.SHELTER, "natural-light",
            "The shed is well lit, and by natural light", "Windows, skylights or open sides that light the shed by day.");
    static final EvidenceCode WINDOW_AREA = quantity(SubjectKind.SHELTER, "window-area", "window area", "m2", "0",
            "2000", "Total glazed or open window area in the outer walls of the shed.");
    static final EvidenceCode ILLUMINANCE = quantity(SubjectKind.SHELTER, "illuminance", "artificial illuminance",
            "lx", "0", "100000", "Illuminance given by the shed's lamps, measured horizontally at the height of the "
                    + "goats' heads with a lux meter.");
    static final EvidenceCode DARKNESS = quantity(SubjectKind.SHELTER, "daily-darkness", "continuous darkness per day",
            "h", "0", "24", "Longest continuous period of darkness or low light in the shed each day (lighting "
                    + "schedule and daylight).");

    // ---- 5.3.5 noise, and shelter for grazing goats --------------------------------------------------------------

    /** 5.3.5: the noise in the shed does not exceed 70 dB. */
    static final Quantity NOISE_MAX = Quantity.of("70", "dB");

    static final EvidenceCode NOISE = quantity(SubjectKind.SHELTER, "noise", "noise level", "dB", "0", "150",
            "Sound level in the shed measured with a sound level meter at goat height, during normal work.");
    static final EvidenceCode GRAZING_SHELTER = siteAttestation("grazing-shelter",
            "Goats out at grazing have shelter from bad weather and protection from wild animals",
            "Shelters or sheds on the grazing land, and the measures against predators.");

    // ---- 5.3.6 bedding -------------------------------------------------------------------------------------------

    static final EvidenceCode BEDDING = attestation(SubjectKind.SHELTER, "bedding",
            "The shed gives goats bedding to lie on",
            "Drainage boards, bricks, dry sand, chopped straw or other bedding that keeps the lying area comfortable.");
    static final EvidenceCode KIDDING_BEDDING = attestation(SubjectKind.KIDDING_PEN, "bedding",
            "The kidding pen gives does and kids bedding to lie on",
            "Dry straw or other bedding in the pen.");

    // ---- 5.3.3 air ----------------------------------------------------------------------------------------------

    // 5.3.3: limits on the air of the goat shed.
    static final Quantity AMMONIA_MAX = Quantity.of("20", "mg/m3");
    static final Quantity CARBON_DIOXIDE_MAX = Quantity.of("1500", "mg/m3");
    static final Quantity TSP_MAX = Quantity.of("4", "mg/m3");
    static final Quantity PM10_MAX = Quantity.of("2", "mg/m3");

    static final EvidenceCode AMMONIA = EvidenceCode.quantity("housing.shelter.ammonia", "ammonia concentration",
            "mg/m3", "0", "500", "Ammonia (NH3) concentration in the shed air, measured at goat height.",
            SubjectKind.SHELTER);
    static final EvidenceCode CARBON_DIOXIDE = EvidenceCode.quantity("housing.shelter.carbon-dioxide",
            "carbon dioxide concentration", "mg/m3", "0", "50000",
            "Carbon dioxide (CO2) concentration in the shed air.", SubjectKind.SHELTER);
    static final EvidenceCode TSP = EvidenceCode.quantity("housing.shelter.tsp", "total suspended particles", "mg/m3",
            "0", "100", "Total suspended particles (TSP) in the shed air.", SubjectKind.SHELTER);
    static final EvidenceCode PM10 = EvidenceCode.quantity("housing.shelter.pm10", "PM10 concentration", "mg/m3", "0",
            "100", "Particulate matter below 10 µm (PM10) in the shed air.", SubjectKind.SHELTER);
    /** 5.3.3: "The goat shed shall be well ventilated". */
    static final EvidenceCode WELL_VENTILATED = attestation(SubjectKind.SHELTER, "well-ventilated",
            "The shed is well ventilated", "Vents, windows, ridge openings or fans, and the air movement in the shed "
                    + "with the goats inside.");
    static final EvidenceCode NO_ODOUR = EvidenceCode.attestation("housing.shelter.no-special-odour",
            "The shed has almost no special odour", "The auditor's judgement of the smell inside the shed.",
            SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = List.of(LAWFUL_ENVIRONMENT, SUITS_CLIMATE, TEMPERATURE,
            SUMMER_TEMPERATURE, WINTER_TEMPERATURE, KIDDING_TEMPERATURE, AMMONIA, CARBON_DIOXIDE, TSP, PM10,
            WELL_VENTILATED, NO_ODOUR, NATURAL_LIGHT, WINDOW_AREA, ILLUMINANCE, DARKNESS, NOISE, GRAZING_SHELTER, BEDDING,
            KIDDING_BEDDING);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.3.1", "Lawful shelter environment")
                    .requirement().housing().freedoms(DISCOMFORT)
                    .summary("The environment inside the goat shelters complies with the applicable regulations or "
                            + "local laws.")
                    .rule(Rules.attested("lawful", LAWFUL_ENVIRONMENT))
                    .build(),
            Clause.of(DIS_2025, "5.3.2", "Temperature in the goat shed")
                    .requirement().housing().freedoms(DISCOMFORT)
                    .summary("Materials, structure, lighting and ventilation suit the local climate. The shed is "
                            + "never above 30 °C in summer nor below 0 °C in winter, judged on the season's log and "
                            + "on any reading taken in that season (summer June to August, winter December to "
                            + "February); best are 15 °C to 21 °C in goat "
                            + "shelters and 18 °C to 25 °C in the kidding shed.")
                    .rule(Rules.attested("suits-climate", SUITS_CLIMATE).readAs(Wording.IMPERATIVE))
                    .rule(Rules.atMost("summer-maximum", SUMMER_TEMPERATURE, SUMMER_MAX).readAs(Wording.SEASONAL))
                    .rule(Rules.atLeast("winter-minimum", WINTER_TEMPERATURE, WINTER_MIN).readAs(Wording.SEASONAL))
                    .rule(Rules.atMost("summer-reading", TEMPERATURE, SUMMER_MAX)
                            .statement("a shelter temperature read in summer (June to August) at most 30 °C")
                            .readAs(Wording.SEASONAL).onlyWhen(Applicability.measuredIn(Season.SUMMER, TEMPERATURE)))
                    .rule(Rules.atLeast("winter-reading", TEMPERATURE, WINTER_MIN)
                            .statement("a shelter temperature read in winter (December to February) at least 0 °C")
                            .readAs(Wording.SEASONAL).onlyWhen(Applicability.measuredIn(Season.WINTER, TEMPERATURE)))
                    .rule(Rules.between("optimal", TEMPERATURE, SHELTER_OPTIMAL_MIN, SHELTER_OPTIMAL_MAX)
                            .readAs(Wording.OPTIMUM))
                    .rule(Rules.between("kidding-optimal", KIDDING_TEMPERATURE, KIDDING_OPTIMAL_MIN,
                            KIDDING_OPTIMAL_MAX).readAs(Wording.OPTIMUM))
                    .build(),
            Clause.of(DIS_2025, "5.3.3", "Air quality in the goat shed")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The shed is well ventilated and its air is good: ammonia at most 20 mg/m³, carbon "
                            + "dioxide at most 1 500 mg/m³, total suspended particles at most 4 mg/m³, PM10 at most "
                            + "2 mg/m³, and almost no special odour.")
                    .rule(Rules.attested("ventilated", WELL_VENTILATED))
                    .rule(Rules.atMost("ammonia", AMMONIA, AMMONIA_MAX))
                    .rule(Rules.atMost("carbon-dioxide", CARBON_DIOXIDE, CARBON_DIOXIDE_MAX))
                    .rule(Rules.atMost("tsp", TSP, TSP_MAX))
                    .rule(Rules.atMost("pm10", PM10, PM10_MAX))
                    .rule(Rules.attested("odour", NO_ODOUR))
                    .build(),
            Clause.of(DIS_2025, "5.3.4", "Light and darkness in the goat shed")
                    .requirement().housing().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("The shed is well lit with natural light: its outer windows are at least 1/15 of its "
                            + "floor area (closed and semi-closed sheds), its lamps give 100 lx at the height of the "
                            + "goats' heads, and goats have at least 6 hours a day of continuous darkness or low "
                            + "light to rest.")
                    .rule(Rules.attested("natural-light", NATURAL_LIGHT))
                    .rule(Rules.ratio("window-to-floor", "window to floor area ratio", WINDOW_AREA,
                                    ShelterRequirements.FLOOR_AREA, Rules.Bound.AT_LEAST, WINDOW_TO_FLOOR_MIN)
                            .onlyWhen(Applicability.whenChoice(ShelterRequirements.STRUCTURE,
                                    ShelterRequirements.CLOSED, ShelterRequirements.SEMI_CLOSED)))
                    .rule(Rules.atLeast("illuminance", ILLUMINANCE, ILLUMINANCE_MIN).readAs(Wording.ALLOWANCE_FIGURE))
                    .rule(Rules.atLeast("darkness", DARKNESS, DARKNESS_MIN))
                    .build(),
            Clause.of(DIS_2025, "5.3.5", "Noise, and shelter for grazing goats")
                    .requirement().housing().freedoms(DISCOMFORT, FEAR_STRESS, INJURY_DISEASE)
                    .summary("The noise in the shed does not exceed 70 dB. Goats that go out to graze have shelter "
                            + "that keeps them safe in bad weather and from wild animals.")
                    .rule(Rules.atMost("noise", NOISE, NOISE_MAX))
                    .rule(Rules.attested("grazing-shelter", GRAZING_SHELTER).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(HousingEvidence.GOATS_GRAZE)))
                    .build(),
            Clause.of(DIS_2025, "5.3.6", "Bedding")
                    .requirement().housing().freedoms(DISCOMFORT)
                    .summary("Every place goats live in has bedding (drainage boards, bricks, dry sand, chopped "
                            + "straw or the like) so that they lie comfortably.")
                    .rule(Rules.attested("shelter", BEDDING))
                    .rule(Rules.attested("kidding-pen", KIDDING_BEDDING))
                    .build());

    private ShelterEnvironment() {
    }
}
