package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.transport.Scope.byVehicle;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Strength;

/** ISO 22786 9.1: loading and unloading (9.1.1 to 9.1.4). */
final class Loading {

    /**
     * 9.1.1: "the gradient shall not exceed 20" with no unit in the text. Read as 20 degrees: the usual unit for
     * livestock ramps, and the stricter percent reading (20 %, about 11.3 degrees) would make most ramps fail on a
     * number the standard does not state. A gradient in percent cannot be converted to an angle by a unit factor,
     * so it is refused as an incompatible unit and must be submitted as an angle.
     */
    static final Quantity RAMP_GRADIENT_MAX = Quantity.of("20", "deg");

    /**
     * 9.1.4: "several small stalls". Read as at least two: the smallest number "several" can mean, and the least
     * that divides a carriage into stalls at all.
     */
    static final long SMALL_PENS_MIN = 2;

    // ---- 9.1.1 ----
    static final EvidenceCode LEVEL_HANDLING = EvidenceCode.attestation("transport.journey.level-handling-equipment",
            "Suitable handling equipment kept loading and unloading as level as possible",
            "Whether the goats were loaded and unloaded with suitable equipment (a loading dock, a lifting deck, a "
                    + "ramp set at the lowest workable slope) so that they walked as nearly level as the site allows.",
            SubjectKind.JOURNEY);
    static final EvidenceCode RAMP_USED = EvidenceCode.attestation("transport.journey.ramp-used",
            "A ramp was used to load or unload the goats",
            "Whether the goats walked up or down a ramp to enter or leave the vehicle. \"no\" (loaded level, from a "
                    + "dock) makes the ramp rules of 9.1.1 not applicable to the journey.", SubjectKind.JOURNEY);
    static final EvidenceCode RAMP_GRADIENT = EvidenceCode.quantity("transport.journey.ramp-gradient",
            "gradient of the loading ramp", "deg", "0", "90",
            "The angle of the steepest ramp used to load or unload the goats, from the horizontal.", SubjectKind.JOURNEY);
    static final EvidenceCode RAMP_SAFE = EvidenceCode.attestation("transport.journey.ramp-slip-resistant-fenced",
            "The ramp has slip-resistant measures and safety fences",
            "Whether the loading ramp is slip-resistant and fenced at the sides.", SubjectKind.JOURNEY);

    // ---- 9.1.2 ----
    static final EvidenceCode MINIMAL_FORCE = EvidenceCode.attestation("transport.journey.minimal-force",
            "The goats were loaded and unloaded with minimal force, guided to walk in and out by themselves",
            "Whether the handlers let the goats walk on and off the vehicle at their own pace, guiding them with "
                    + "boards, a leader goat or feed rather than pushing, lifting or carrying them where avoidable.",
            SubjectKind.JOURNEY);
    static final EvidenceCode ROUGH_HANDLING = EvidenceCode.attestation("transport.journey.rough-handling",
            "Rough methods were used to drive the goats",
            "Whether anyone hit, kicked, dragged, twisted tails, pulled by the horns, ears, legs or fleece, threw, "
                    + "or used sticks, whips or electric prods on the goats to drive them on or off the vehicle.",
            SubjectKind.JOURNEY);
    static final EvidenceCode NOISE_MINIMISED = EvidenceCode.attestation("transport.journey.noise-minimised",
            "Noise was kept as low as possible while loading and unloading",
            "Whether handlers worked quietly (no shouting, whistling, banging on the vehicle, engine revving or horn) "
                    + "while the goats were loaded and unloaded.", SubjectKind.JOURNEY);

    // ---- 9.1.3 ----
    static final EvidenceCode UNLOADED_PROMPTLY = EvidenceCode.attestation("transport.journey.unloaded-promptly",
            "The goats were unloaded promptly on arrival",
            "Whether the goats were taken off the vehicle as soon as it arrived at the destination, without being "
                    + "left standing in the carriage.", SubjectKind.JOURNEY);
    static final EvidenceCode INJURY_CHECK = EvidenceCode.attestation("transport.journey.injury-check",
            "The goats were checked for injuries on unloading",
            "Whether every goat was looked over for injuries as it came off the vehicle and any injured goat was "
                    + "separated and treated.", SubjectKind.JOURNEY);
    static final EvidenceCode GRADUAL_FEEDING = EvidenceCode.attestation("transport.journey.gradual-feeding",
            "After a full rest the goats were given feed and water a little at a time",
            "Whether the goats rested after unloading before being fed, and then got small amounts of feed and "
                    + "water rather than a full ration at once.", SubjectKind.JOURNEY);

    // ---- 9.1.4 ----
    static final EvidenceCode ROOM_TO_STAND_AND_LIE = EvidenceCode.attestation("transport.journey.room-to-stand-and-lie",
            "Every stall gave its goats room to stand up and lie down",
            "Whether, as loaded on this journey, every goat in every stall could stand up and lie down without being "
                    + "trampled or wedged.", SubjectKind.JOURNEY);

    static final List<EvidenceCode> CODES = List.of(LEVEL_HANDLING, RAMP_USED, RAMP_GRADIENT, RAMP_SAFE, MINIMAL_FORCE,
            ROUGH_HANDLING, NOISE_MINIMISED, UNLOADED_PROMPTLY, INJURY_CHECK, GRADUAL_FEEDING, ROOM_TO_STAND_AND_LIE);

    private static final Applicability RAMP = Applicability.whenAttested(RAMP_USED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "9.1.1", "Level loading; gentle, slip-resistant, fenced ramps")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Goats are loaded and unloaded as level as possible with suitable equipment; an "
                            + "unavoidable ramp is as gentle as possible, at most 20 degrees, slip-resistant and "
                            + "fenced.")
                    .rule(byVehicle(Rules.attested("level-handling", LEVEL_HANDLING)))
                    .rule(byVehicle(Rules.atMost("ramp-gradient", RAMP_GRADIENT, RAMP_GRADIENT_MAX)).onlyWhen(RAMP))
                    .rule(byVehicle(Rules.attested("ramp-safety", RAMP_SAFE)).onlyWhen(RAMP))
                    .build(),
            Clause.of(DIS_2025, "9.1.2", "Gentle, quiet handling; no rough driving")
                    .requirement().bothSystems().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Goats are loaded and unloaded with as little force as possible, guided to walk in and "
                            + "out by themselves; rough methods of driving them are not allowed, and noise is kept "
                            + "as low as possible.")
                    .rule(byVehicle(Rules.attested("minimal-force", MINIMAL_FORCE)))
                    .rule(byVehicle(Rules.never("no-rough-driving", ROUGH_HANDLING).strength(Strength.PROHIBITION)))
                    .rule(byVehicle(Rules.attested("noise-minimised", NOISE_MINIMISED)))
                    .build(),
            Clause.of(DIS_2025, "9.1.3", "Prompt unloading, injury check, gradual feeding")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE, HUNGER_THIRST, FEAR_STRESS)
                    .summary("On arrival goats are unloaded promptly and checked for injuries; after a full rest they "
                            + "get feed and water a little at a time, not a full ration at once (advice).")
                    .rule(byVehicle(Rules.attested("unloaded-promptly", UNLOADED_PROMPTLY)))
                    .rule(byVehicle(Rules.attested("injury-check", INJURY_CHECK)))
                    .rule(byVehicle(Rules.attested("gradual-feeding", GRADUAL_FEEDING)).advice())
                    .build(),
            Clause.of(DIS_2025, "9.1.4", "Small stalls with room to stand and lie")
                    .requirement().bothSystems().freedoms(DISCOMFORT, NORMAL_BEHAVIOUR)
                    .summary("The carriage is divided into several small stalls, at least two, and each gives its "
                            + "goats room to stand up and lie down.")
                    .rule(byVehicle(Rules.atLeast("several-stalls", Vehicles.SMALL_PENS, SMALL_PENS_MIN)))
                    .rule(byVehicle(Rules.attested("room-to-stand-and-lie", ROOM_TO_STAND_AND_LIE)))
                    .build());

    private Loading() {
    }
}
