package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.COMBING;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.harvestedBy;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;

/** ISO 22786 5.24: combing, judged on each harvest session whose method is combing. */
final class Combing {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;
    private static final Applicability COMBED = harvestedBy(COMBING);

    // 5.24.2: the comb is held at 30 to 45 degrees to the goat's body surface.
    static final Quantity COMB_ANGLE_MIN = Quantity.of("30", "deg");
    static final Quantity COMB_ANGLE_MAX = Quantity.of("45", "deg");
    /** 5.24.5: combing one goat takes at most 30 minutes. */
    static final Quantity COMBING_TIME_MAX = Quantity.of("30", "min");

    static final EvidenceCode TIPS_CLEANED = attestation(SESSION, "fibre-tips-cleaned",
            "After restraint, the fibre tips were cleaned of grass, dung and urine-stained fibre before combing",
            "The auditor's watch.");
    /**
     * 5.24.2: "comb the hair from the head with a comb, with even hand strength ... and comb the hair along the neck,
     * shoulder, back, waist, thigh, abdomen, and other parts in turn", an instruction (R1).
     */
    static final EvidenceCode COMBING_PATH = attestation(SESSION, "combing-path",
            "Combing started at the head with an even hand and went along the neck, shoulder, back, waist, thigh, "
                    + "belly and other parts in turn", "The auditor's watch.");
    static final EvidenceCode COMB_ANGLE = HousingEvidence.quantity(SESSION, "comb-angle", "comb angle to the body",
            "deg", "0", "90", "Angle between the comb and the goat's body surface as the operators comb.");
    static final EvidenceCode GENTLE_COMBING = attestation(SESSION, "gentle-combing",
            "Combing was gentle and steady, close to the skin, quick and even, with great care over the back",
            "The auditor's watch.");
    static final EvidenceCode YANKING = attestation(SESSION, "comb-yanked",
            "The comb was yanked", "Any jerking of the comb that pulls on the skin and follicles. \"yes\" when seen.");
    static final EvidenceCode FINE_PASS = attestation(SESSION, "fine-comb-pass",
            "After the coarse comb, a fine comb was drawn against the fibre, and both sides were combed",
            "The auditor's watch.");
    static final EvidenceCode LONGEST_TIME = HousingEvidence.quantity(SESSION, "longest-time-per-goat",
            "longest time per goat", "min", "0", "600",
            "Longest time one goat of the session spent being combed or shorn, from restraint to release.");

    static final List<EvidenceCode> CODES = List.of(TIPS_CLEANED, COMBING_PATH, COMB_ANGLE, GENTLE_COMBING, YANKING, FINE_PASS,
            LONGEST_TIME);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.24.1", "Cleaning the fibre tips")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Once the goat is restrained its fibre tips are cleaned, cutting away grass, dung and "
                            + "urine-stained fibre.")
                    .rule(Rules.attested("cleaned", TIPS_CLEANED).onlyWhen(COMBED))
                    .build(),
            Clause.of(DIS_2025, "5.24.2", "Combing path and comb angle")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Combing starts at the head with an even hand, the comb at 30 to 45 degrees to the "
                            + "body, and goes over neck, shoulder, back, waist, thigh and belly in turn.")
                    .rule(Rules.attested("path", COMBING_PATH).readAs(Wording.IMPERATIVE).onlyWhen(COMBED))
                    .rule(Rules.between("angle", COMB_ANGLE, COMB_ANGLE_MIN, COMB_ANGLE_MAX).readAs(Wording.RANGE)
                            .onlyWhen(COMBED))
                    .build(),
            Clause.of(DIS_2025, "5.24.3", "Gentle combing; no yanking")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Cashmere is combed gently and steadily, close to the skin, quickly and evenly, with "
                            + "great care over the vulnerable back. Yanking the comb is prohibited.")
                    .rule(Rules.attested("gentle", GENTLE_COMBING).onlyWhen(COMBED))
                    .rule(Rules.never("no-yanking", YANKING).strength(Strength.PROHIBITION).onlyWhen(COMBED))
                    .build(),
            // 5.24.4: "comb against the fibre with a fine-tooth comb. Comb the other side ..." (R1).
            Clause.of(DIS_2025, "5.24.4", "Fine-comb pass")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("After the coarse comb, comb against the fibre with the fine comb; then do the other "
                            + "side.")
                    .rule(Rules.attested("fine-pass", FINE_PASS).onlyWhen(COMBED))
                    .build(),
            Clause.of(DIS_2025, "5.24.5", "Combing time")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Combing one goat takes no more than 30 minutes.")
                    .rule(Rules.atMost("within-30-minutes", LONGEST_TIME, COMBING_TIME_MAX).onlyWhen(COMBED))
                    .build());

    private Combing() {
    }
}
