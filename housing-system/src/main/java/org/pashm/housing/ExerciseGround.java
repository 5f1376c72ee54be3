package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.quantity;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 5.6: the outdoor exercise ground of each shelter, observed on the shelter it belongs to. */
final class ExerciseGround {

    private static final SubjectKind SHELTER = SubjectKind.SHELTER;

    /** 5.6.1 (also said in 5.2.2.1): the exercise ground is more than 2.5 times the shelter's area. */
    static final String EXERCISE_TO_SHELTER_MIN = "2.5";
    /** 5.6.1: the shelter's entrance and exit are at least 1.5 m wide. */
    static final Quantity ENTRANCE_WIDTH_MIN = Quantity.of("1.5", "m");

    static final EvidenceCode AREA = quantity(SHELTER, "exercise-ground-area", "exercise ground area", "m2", "0",
            "100000", "Area of the outdoor exercise ground that the shelter's goats use.");
    static final EvidenceCode CONNECTED = attestation(SHELTER, "exercise-ground-connected",
            "The exercise ground adjoins the shelter and goats go in and out freely",
            "Whether the doors stand open to the exercise ground when weather allows.");
    static final EvidenceCode ENTRANCE_WIDTH = quantity(SHELTER, "entrance-width", "entrance width", "m", "0", "20",
            "Clear width of the narrowest doorway between the shelter and its exercise ground.");
    static final EvidenceCode FLAT_AND_DRY = attestation(SHELTER, "exercise-ground-flat-dry",
            "The exercise ground surface is flat and dry", "The state of the surface on the day: no pits, standing "
                    + "water or deep mud.");
    static final EvidenceCode BRICK_PAVED = attestation(SHELTER, "exercise-ground-brick-paved",
            "The exercise ground is paved with clay bricks for cleaning and drainage",
            "Whether the ground is paved with clay bricks. Required unless the farm shows its conditions do not "
                    + "permit it (housing.site.brick-paving-not-permitted).");
    /** 5.6.2: "If conditions permit, the ground shall be paved with clay bricks" (R4): the farm's proviso. */
    static final EvidenceCode PAVING_NOT_PERMITTED = HousingEvidence.siteAttestation("brick-paving-not-permitted",
            "Conditions on the farm do not permit paving the exercise grounds with clay bricks",
            "What the farm shows and the auditor accepts: soil, climate, supply or cost that rule clay bricks out. "
                    + "\"yes\" makes the paving rule of 5.6.2 not applicable, and the report says so.");
    static final EvidenceCode HOT_SUMMERS = HousingEvidence.siteAttestation("hot-summers",
            "Summers are hot where the farm is", "Whether summer heat at the site calls for shade outdoors.");
    static final EvidenceCode SHADE = attestation(SHELTER, "exercise-ground-shade",
            "Trees or sunshades shade the exercise ground", "Shade that all the goats of the ground can use at midday.");
    static final EvidenceCode DRINKING_WATER = attestation(SHELTER, "exercise-ground-water",
            "The exercise ground has drinking water", "Water points on the exercise ground itself.");
    static final EvidenceCode TREES = attestation(SHELTER, "exercise-ground-trees",
            "Trees grow on the exercise ground", "Whether there are trees the goats can reach.");
    static final EvidenceCode BARK_PROTECTED = attestation(SHELTER, "tree-bark-protected",
            "The trees' bark is protected from the goats", "Guards, wraps or fences round the trunks.");

    static final List<EvidenceCode> CODES = List.of(AREA, CONNECTED, ENTRANCE_WIDTH, FLAT_AND_DRY, BRICK_PAVED,
            PAVING_NOT_PERMITTED, HOT_SUMMERS, SHADE, DRINKING_WATER, TREES, BARK_PROTECTED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.6.1", "Size and access of the exercise ground")
                    .requirement().housing().freedoms(NORMAL_BEHAVIOUR, DISCOMFORT)
                    .summary("Each shelter has an outdoor exercise ground of more than 2.5 times its area, "
                            + "adjoining it so that goats go in and out freely through doorways at least 1.5 m wide.")
                    .rule(Rules.ratio("area", "exercise ground to shelter area ratio", AREA,
                            ShelterRequirements.FLOOR_AREA, Rules.Bound.ABOVE, EXERCISE_TO_SHELTER_MIN))
                    .rule(Rules.attested("free-access", CONNECTED))
                    .rule(Rules.atLeast("entrance-width", ENTRANCE_WIDTH, ENTRANCE_WIDTH_MIN))
                    .build(),
            Clause.of(DIS_2025, "5.6.2", "Surface, shade and water of the exercise ground")
                    .requirement().housing().freedoms(DISCOMFORT, HUNGER_THIRST, INJURY_DISEASE)
                    .summary("The exercise ground is flat and dry, and paved with clay bricks unless the farm shows "
                            + "its conditions do not permit it. "
                            + "Where summers are hot it has trees or sunshades and drinking water. Tree bark is "
                            + "protected from the goats.")
                    .rule(Rules.attested("flat-dry", FLAT_AND_DRY))
                    .rule(Rules.attested("brick-paved", BRICK_PAVED).readAs(Wording.IF_CONDITIONS_PERMIT)
                            .onlyWhen(Applicability.unlessAttested(PAVING_NOT_PERMITTED)))
                    // 5.6.2: "In areas with high summer temperatures, the exercise ground shall be ..." (R4).
                    .rule(Rules.attested("shade", SHADE).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(HOT_SUMMERS)))
                    .rule(Rules.attested("drinking-water", DRINKING_WATER).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(HOT_SUMMERS)))
                    .rule(Rules.attested("bark", BARK_PROTECTED).onlyWhen(Applicability.whenAttested(TREES)))
                    .build());

    private ExerciseGround() {
    }
}
