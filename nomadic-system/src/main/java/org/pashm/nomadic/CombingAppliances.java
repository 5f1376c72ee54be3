package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 6.23: combing appliances. The comb dimensions come from the EXAMPLE under 6.23.1, which is informative
 * ("may have"): they are checked as advice, so a different comb gives at most an observation. They are not the
 * housing system's combs of 5.23.1 (7 to 8 teeth, 2 cm to 2.5 cm apart).
 */
final class CombingAppliances {

    /** 6.23.1 EXAMPLE: a coarse-tooth comb may have 12 teeth spaced 1.0 cm to 1.5 cm. */
    static final long COARSE_TEETH = 12;
    static final Quantity COARSE_SPACING_MIN = Quantity.of("1.0", "cm");
    static final Quantity COARSE_SPACING_MAX = Quantity.of("1.5", "cm");
    /** 6.23.1 EXAMPLE: a fine-tooth comb has 12 to 14 teeth spaced 0.4 cm to 0.6 cm. */
    static final long FINE_TEETH_MIN = 12;
    static final long FINE_TEETH_MAX = 14;
    static final Quantity FINE_SPACING_MIN = Quantity.of("0.4", "cm");
    static final Quantity FINE_SPACING_MAX = Quantity.of("0.6", "cm");

    static final EvidenceCode PURPOSE_MADE = EvidenceCode.attestation("nomadic.harvest-session.cashmere-combs",
            "The combs are made specifically for combing goat cashmere",
            "Whether the session uses coarse-tooth and fine-tooth combs made for combing goat cashmere, not improvised "
                    + "tools.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode COARSE_TEETH_COUNT = EvidenceCode.count("nomadic.harvest-session.coarse-comb-teeth",
            "teeth of the coarse-tooth comb", 1, 60, "How many teeth the coarse-tooth comb has.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode COARSE_SPACING = EvidenceCode.quantity("nomadic.harvest-session.coarse-comb-spacing",
            "tooth spacing of the coarse-tooth comb", "cm", "0.1", "10",
            "Distance between neighbouring teeth of the coarse-tooth comb.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode FINE_TEETH_COUNT = EvidenceCode.count("nomadic.harvest-session.fine-comb-teeth",
            "teeth of the fine-tooth comb", 1, 60, "How many teeth the fine-tooth comb has.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode FINE_SPACING = EvidenceCode.quantity("nomadic.harvest-session.fine-comb-spacing",
            "tooth spacing of the fine-tooth comb", "cm", "0.1", "10",
            "Distance between neighbouring teeth of the fine-tooth comb.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode TIPS_CHECKED = EvidenceCode.attestation("nomadic.harvest-session.comb-tips-checked",
            "The sharpness of the comb tips is checked before combing",
            "Whether the combers check the comb tips for sharpness before each session.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode PRONGS_ROUNDED = EvidenceCode.attestation("nomadic.harvest-session.comb-prongs-rounded",
            "The prongs of the combs are rounded", "Whether the comb prongs are rounded so that they cannot cut the "
                    + "skin.", SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(PURPOSE_MADE, COARSE_TEETH_COUNT, COARSE_SPACING,
            FINE_TEETH_COUNT, FINE_SPACING, TIPS_CHECKED, PRONGS_ROUNDED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.23.1", "Combs made for cashmere")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Combing devices are made specifically for combing goat cashmere: coarse-tooth and "
                            + "fine-tooth combs. For example, a coarse-tooth comb may have 12 teeth 1.0 cm to 1.5 cm "
                            + "apart, for the guard hair, and a fine-tooth comb 12 to 14 teeth 0.4 cm to 0.6 cm apart, "
                            + "for the parts the coarse comb does not suit.")
                    .rule(Rules.attested("cashmere-combs", PURPOSE_MADE).onlyWhen(CashmereHarvesting.combing()))
                    // "A coarse-tooth comb may have 12 teeth with a spacing of (1,0 to 1,5) cm": a permission
                    // (R10), in an EXAMPLE, so advice.
                    .rule(Rules.exactly("coarse-teeth", COARSE_TEETH_COUNT, COARSE_TEETH).readAs(Wording.PERMISSION)
                            .onlyWhen(CashmereHarvesting.combing()))
                    .rule(Rules.between("coarse-spacing", COARSE_SPACING, COARSE_SPACING_MIN, COARSE_SPACING_MAX)
                            .readAs(Wording.PERMISSION).onlyWhen(CashmereHarvesting.combing()))
                    .rule(Rules.between("fine-teeth", FINE_TEETH_COUNT, FINE_TEETH_MIN, FINE_TEETH_MAX)
                            .advice().onlyWhen(CashmereHarvesting.combing()))
                    .rule(Rules.between("fine-spacing", FINE_SPACING, FINE_SPACING_MIN, FINE_SPACING_MAX).advice()
                            .onlyWhen(CashmereHarvesting.combing()))
                    .build(),
            Clause.of(DIS_2025, "6.23.2", "Comb tips checked, prongs rounded")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("The sharpness of the comb tips is always checked before combing, and the prongs are "
                            + "rounded so that they do not damage the skin.")
                    .rule(Rules.attested("tips-checked", TIPS_CHECKED).onlyWhen(CashmereHarvesting.combing()))
                    .rule(Rules.attested("prongs-rounded", PRONGS_ROUNDED).onlyWhen(CashmereHarvesting.combing()))
                    .build());

    private CombingAppliances() {
    }
}
