package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.COMBING;
import static org.pashm.housing.HousingEvidence.SHEARING;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.count;
import static org.pashm.housing.HousingEvidence.harvestedBy;
import static org.pashm.housing.HousingEvidence.quantity;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 5.23: combs and shears, observed on each harvest session. */
final class HarvestAppliances {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;

    // 5.23.1, descriptive ("the coarse-tooth comb consists of ..."), hence advice (R13): a coarse comb of 7 to 8 teeth
    // 2 cm to 2.5 cm apart, a fine comb of 12 to 14 teeth 0.5 cm to 1.0 cm apart.
    static final long COARSE_TEETH_MIN = 7;
    static final long COARSE_TEETH_MAX = 8;
    static final Quantity COARSE_SPACING_MIN = Quantity.of("2", "cm");
    static final Quantity COARSE_SPACING_MAX = Quantity.of("2.5", "cm");
    static final long FINE_TEETH_MIN = 12;
    static final long FINE_TEETH_MAX = 14;
    static final Quantity FINE_SPACING_MIN = Quantity.of("0.5", "cm");
    static final Quantity FINE_SPACING_MAX = Quantity.of("1.0", "cm");

    static final EvidenceCode COMBS_AT_HAND = attestation(SESSION, "combs-at-hand",
            "Both coarse-tooth and fine-tooth combs were at hand for combing", "The combs in use.");
    static final EvidenceCode COARSE_TEETH = count(SESSION, "coarse-comb-teeth", "coarse comb teeth", 1, 60,
            "Number of teeth of the coarse-tooth comb in use.");
    static final EvidenceCode COARSE_SPACING = quantity(SESSION, "coarse-comb-spacing", "coarse comb tooth spacing",
            "cm", "0", "10", "Distance between neighbouring teeth of the coarse-tooth comb.");
    static final EvidenceCode FINE_TEETH = count(SESSION, "fine-comb-teeth", "fine comb teeth", 1, 60,
            "Number of teeth of the fine-tooth comb in use.");
    static final EvidenceCode FINE_SPACING = quantity(SESSION, "fine-comb-spacing", "fine comb tooth spacing", "cm",
            "0", "10", "Distance between neighbouring teeth of the fine-tooth comb.");
    static final EvidenceCode TIPS_CHECKED = attestation(SESSION, "comb-tips-checked",
            "The comb tips were checked for sharpness before combing and ground down where too sharp",
            "The combs and the operators' routine.");

    static final String MANUAL_SCISSORS = "manual-scissors";
    static final String POWERED_SHEARS = "powered-shears";

    static final EvidenceCode SHEARING_TOOL = HousingEvidence.choice(SESSION, "shearing-tool", "shearing tool",
            List.of(MANUAL_SCISSORS, POWERED_SHEARS), "What the goats were shorn with.");
    static final EvidenceCode SHEARS_ADJUSTED = attestation(SESSION, "shears-adjusted",
            "The powered shearing equipment was installed and adjusted properly before use",
            "The machine set-up and the mechanic's check.");

    private static final Applicability COMBED = harvestedBy(COMBING);
    private static final Applicability SHORN = harvestedBy(SHEARING);

    static final List<EvidenceCode> CODES = List.of(COMBS_AT_HAND, COARSE_TEETH, COARSE_SPACING, FINE_TEETH,
            FINE_SPACING, TIPS_CHECKED, SHEARING_TOOL, SHEARS_ADJUSTED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.23.1", "Combs")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Combing needs combs: a coarse-tooth comb of 7 to 8 teeth 2 cm to 2.5 cm apart for "
                            + "guard hair and a first pass, and a fine-tooth comb of 12 to 14 teeth 0.5 cm to 1.0 cm "
                            + "apart for the second pass and small areas. Comb tips are checked before combing and "
                            + "ground if too sharp.")
                    .rule(Rules.attested("combs", COMBS_AT_HAND).onlyWhen(COMBED))
                    .rule(Rules.attested("tips-checked", TIPS_CHECKED).onlyWhen(COMBED))
                    .rule(Rules.between("coarse-teeth", COARSE_TEETH, COARSE_TEETH_MIN, COARSE_TEETH_MAX)
                            .readAs(Wording.DESCRIPTION).onlyWhen(COMBED))
                    .rule(Rules.between("coarse-spacing", COARSE_SPACING, COARSE_SPACING_MIN, COARSE_SPACING_MAX)
                            .readAs(Wording.DESCRIPTION).onlyWhen(COMBED))
                    .rule(Rules.between("fine-teeth", FINE_TEETH, FINE_TEETH_MIN, FINE_TEETH_MAX)
                            .readAs(Wording.DESCRIPTION).onlyWhen(COMBED))
                    .rule(Rules.between("fine-spacing", FINE_SPACING, FINE_SPACING_MIN, FINE_SPACING_MAX)
                            .readAs(Wording.DESCRIPTION).onlyWhen(COMBED))
                    .build(),
            Clause.of(DIS_2025, "5.23.2", "Shears")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Goats can be shorn with hand scissors, but powered shears are preferable; powered "
                            + "equipment is installed and adjusted properly before use.")
                    .rule(Rules.oneOf("powered-preferred", SHEARING_TOOL, POWERED_SHEARS).advice().onlyWhen(SHORN))
                    .rule(Rules.attested("adjusted", SHEARS_ADJUSTED)
                            .onlyWhen(SHORN.and(Applicability.whenChoice(SHEARING_TOOL, POWERED_SHEARS))))
                    .build());

    private HarvestAppliances() {
    }
}
