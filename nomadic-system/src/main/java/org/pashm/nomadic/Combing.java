package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;

/** ISO 22786 6.24: combing. Every rule applies to sessions harvested by combing. */
final class Combing {

    /**
     * 6.24.1: long guard hair is clipped "leaving a centimeter in length above the tip of the cashmere fibre". A
     * single figure (docs/reading-the-standard.md, R8): met by a margin that rounds to 1 cm (0.5 cm up to, not
     * including, 1.5 cm).
     */
    static final Quantity GUARD_HAIR_MARGIN_FIGURE = Quantity.of("1", "cm");
    /** 6.24.7: the comb is held at 30° to 45° to the surface of the goat's body. */
    static final Quantity COMB_ANGLE_MIN = Quantity.of("30", "deg");
    static final Quantity COMB_ANGLE_MAX = Quantity.of("45", "deg");
    /** 6.24.9: combing one goat lasts no more than 30 minutes. */
    static final Quantity COMBING_TIME_MAX = Quantity.of("30", "min");

    static final EvidenceCode GUARD_HAIR_MARGIN = EvidenceCode.quantity("nomadic.harvest-session.guard-hair-margin",
            "guard hair left above the cashmere tips", "cm", "0", "30",
            "The shortest length of guard hair left above the tips of the cashmere when the long guard hair was "
                    + "clipped before combing.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode TOO_TIGHT = EvidenceCode.attestation("nomadic.harvest-session.legs-tied-too-tight",
            "Legs are tied so tightly that blood circulation is restricted",
            "Whether any goat's legs were fastened so tightly as to restrict its blood circulation.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode SAME_SIDE = EvidenceCode.attestation("nomadic.harvest-session.same-side",
            "Goats are laid down and stood up on the same side",
            "Whether each goat is laid down and helped up on the same side, never rolled over, to avoid intestinal "
                    + "twisting and bloat.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode WATCHED = EvidenceCode.attestation("nomadic.harvest-session.condition-watched",
            "The goat's physical condition is watched throughout combing",
            "Whether someone watches each goat's condition at all times while it is combed.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode HALTED = EvidenceCode.attestation("nomadic.harvest-session.halted-on-discomfort",
            "At any sign of discomfort combing is halted, the legs untied and the goat helped to stand",
            "Whether, at signs such as acute bloat, intestinal volvulus or laboured breathing, combing stops at once, "
                    + "the goat is untied and helped up.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode TIPS_CLEANED = EvidenceCode.attestation("nomadic.harvest-session.fibre-tips-cleaned",
            "After restraint the fibre tips are cleaned and grass, dung and urine-stained fibre clipped away",
            "Whether the fibre tips are cleaned before combing and soiled fibre removed with scissors.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode SKILFUL = EvidenceCode.attestation("nomadic.harvest-session.skilful-combing",
            "Combing is skilful and smooth, with wrinkled skin stretched and combed evenly in one go",
            "Whether the combers work smoothly and stretch the skin of wrinkled parts before combing them evenly.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode FROM_HEAD = EvidenceCode.attestation("nomadic.harvest-session.combed-from-head",
            "Cashmere is combed from the head along the body, with even hand pressure",
            "Whether combing starts at the head and follows neck, shoulder, back, waist, thigh and abdomen, with even "
                    + "pressure.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode COMB_ANGLE = EvidenceCode.quantity("nomadic.harvest-session.comb-angle",
            "comb angle to the body surface", "deg", "0", "90",
            "The angle between the comb and the surface of the goat's body, as observed while combing.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode FINE_COMB = EvidenceCode.attestation("nomadic.harvest-session.fine-comb-against-fibre",
            "Where needed, a fine-tooth comb is used against the fibre after the coarse-tooth comb",
            "Whether, when down remains after the coarse-tooth comb, the goat is combed against the fibre with a "
                    + "fine-tooth comb.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode COMBING_TIME = EvidenceCode.quantity("nomadic.harvest-session.longest-combing-time",
            "longest time to comb one goat", "min", "0", "600",
            "The longest time any goat of the session spent being combed, from being laid down to release.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode YANKING = EvidenceCode.attestation("nomadic.harvest-session.yanking",
            "Fibre is yanked or pulled excessively", "Whether any comber yanks the comb or pulls the fibre hard.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode GENTLE_STROKES = EvidenceCode.attestation("nomadic.harvest-session.gentle-strokes",
            "Cashmere is combed gently and steadily, close to the skin, quickly and evenly",
            "Whether the comb strokes are gentle, steady, close to the skin, quick and even.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode RELEASED = EvidenceCode.attestation("nomadic.harvest-session.released-promptly",
            "After combing the goat is released and returned to the flock as soon as possible",
            "Whether each goat is untied and let back to the flock right after combing.", SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(GUARD_HAIR_MARGIN, TOO_TIGHT, SAME_SIDE, WATCHED, HALTED,
            TIPS_CLEANED, SKILFUL, FROM_HEAD, COMB_ANGLE, FINE_COMB, COMBING_TIME, YANKING, GENTLE_STROKES, RELEASED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.24.1", "Guard hair clipped 1 cm above the cashmere")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Before combing, long guard hair is clipped, leaving 1 cm above the tips of the cashmere, "
                            + "so that less guard hair is combed out.")
                    .rule(Rules.roundsTo("guard-hair-margin", GUARD_HAIR_MARGIN, GUARD_HAIR_MARGIN_FIGURE)
                            .onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.2", "Three legs fastened, never too tight")
                    .prohibition().nomadic().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("Before combing three legs are fastened (see 6.19.1.3), but never so tightly as to restrict "
                            + "blood circulation.")
                    .rule(Rules.never("too-tight", TOO_TIGHT).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.3", "Laid down and stood up on the same side")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("The goat is laid down and stood up on the same side, to prevent sudden discomfort from "
                            + "intestinal twisting and bloat when a goat rolls over.")
                    .rule(Rules.attested("same-side", SAME_SIDE).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.4", "Condition watched; halt at any discomfort")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("The goat's physical condition is watched throughout combing. At any discomfort (acute "
                            + "rumen bloat, intestinal volvulus, laboured breathing...) combing stops at once, the legs "
                            + "are untied and the goat is helped to stand.")
                    .rule(Rules.attested("watched", WATCHED).onlyWhen(combing()))
                    .rule(Rules.attested("halted", HALTED).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.5", "Fibre tips cleaned")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Once the goat is restrained, the fibre tips are cleaned and grass, dung and urine-stained "
                            + "fibre are clipped away.")
                    .rule(Rules.attested("tips-cleaned", TIPS_CLEANED).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.6", "Skilful, smooth combing")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Combing is skilful and smooth; on wrinkled parts the skin is stretched as smooth as "
                            + "possible and combed evenly in one go.")
                    .rule(Rules.attested("skilful", SKILFUL).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.7", "From the head, comb at 30° to 45°")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Cashmere is combed from the head with even hand pressure, the comb at 30° to 45° to the "
                            + "body surface, along the neck, shoulder, back, waist, thigh, abdomen and other parts.")
                    .rule(Rules.attested("from-head", FROM_HEAD).onlyWhen(combing()))
                    .rule(Rules.between("comb-angle", COMB_ANGLE, COMB_ANGLE_MIN, COMB_ANGLE_MAX).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.8", "Fine-tooth comb against the fibre where needed")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("After the coarse-tooth comb, a fine-tooth comb is used against the fibre if needed.")
                    .rule(Rules.attested("fine-comb", FINE_COMB).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.9", "At most 30 minutes per goat")
                    .requirement().nomadic().freedoms(FEAR_STRESS, DISCOMFORT)
                    .summary("Combing one goat lasts no more than 30 minutes.")
                    .rule(Rules.atMost("combing-time", COMBING_TIME, COMBING_TIME_MAX).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.10", "Gentle combing; no yanking")
                    .prohibition().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Cashmere is combed gently and steadily, close to the skin, quickly and evenly. Yanking and "
                            + "excessive pulling are prohibited, to protect the skin follicles.")
                    .rule(Rules.never("yanking", YANKING).onlyWhen(combing()))
                    .rule(Rules.attested("gentle-strokes", GENTLE_STROKES).strength(Strength.REQUIREMENT)
                            .onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.24.11", "Released and returned to the flock promptly")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("After combing the goat is released and returned to the flock as soon as possible.")
                    .rule(Rules.attested("released", RELEASED).onlyWhen(combing()))
                    .build());

    private static Applicability combing() {
        return CashmereHarvesting.combing();
    }

    private Combing() {
    }
}
