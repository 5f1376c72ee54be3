package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.KID_GROUPS;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.10: breastfeeding and rearing of kids, judged per kid cohort (a goat group of role {@code kids}). */
final class BreastfeedingAndRearing {

    private static final SubjectKind GROUP = SubjectKind.GOAT_GROUP;

    /** 5.10.1: every new-born kid has colostrum within 2 hours of birth. */
    static final Quantity FIRST_COLOSTRUM_MAX = Quantity.of("2", "h");
    /** 5.10.1: and enough colostrum within 12 hours. */
    static final Quantity SUFFICIENT_COLOSTRUM_MAX = Quantity.of("12", "h");
    /**
     * 5.10.5: kids get kid feed and good forage "15 days after birth", read as: supplementary feeding has started by
     * day 15 of life (earlier creep feeding is no breach).
     */
    static final Quantity SUPPLEMENT_START_MAX = Quantity.of("15", "d");

    static final EvidenceCode FIRST_COLOSTRUM = quantity(GROUP, "first-colostrum-time",
            "longest time to first colostrum", "h", "0", "96",
            "Longest time between birth and first suck of colostrum among the cohort's kids, from the kidding "
                    + "records.");
    static final EvidenceCode SUFFICIENT_COLOSTRUM = quantity(GROUP, "sufficient-colostrum-time",
            "longest time to sufficient colostrum", "h", "0", "96",
            "Longest time between birth and a sufficient intake of colostrum among the cohort's kids.");
    static final EvidenceCode SUPPLEMENT_START = quantity(GROUP, "supplementary-feeding-start",
            "age at first supplementary feed", "d", "0", "180",
            "Age of the kids when kid feed and good forage were first offered to the cohort.");
    static final EvidenceCode REJECTED_KIDS = siteAttestation("rejected-kids-managed",
            "Does that reject their kids are penned and fed apart, and rejoin the group only once doe and kids know "
                    + "each other and suckle normally", "The farm's procedure and the kidding records.");
    static final EvidenceCode HAND_FEEDING = siteAttestation("hand-feeding-for-low-milk",
            "Kids of does with too little milk are fed by hand", "Milk replacer or bottle feeding and its records.");
    static final EvidenceCode LITTER_MEASURES = siteAttestation("single-and-multiple-kid-measures",
            "Written breastfeeding measures make sure both single kids and twins or triplets suckle enough",
            "The farm's written rearing procedure.");

    static final List<EvidenceCode> CODES = List.of(FIRST_COLOSTRUM, SUFFICIENT_COLOSTRUM, SUPPLEMENT_START,
            REJECTED_KIDS, HAND_FEEDING, LITTER_MEASURES);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.10.1", "Colostrum")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("New-born kids suckle colostrum, naturally or with help, within 2 hours of birth and "
                            + "have enough of it within 12 hours.")
                    .rule(Rules.atMost("first-colostrum", FIRST_COLOSTRUM, FIRST_COLOSTRUM_MAX).onlyWhen(KID_GROUPS))
                    .rule(Rules.atMost("sufficient-colostrum", SUFFICIENT_COLOSTRUM, SUFFICIENT_COLOSTRUM_MAX)
                            .onlyWhen(KID_GROUPS))
                    .build(),
            Clause.of(DIS_2025, "5.10.2", "Does that reject their kids")
                    .requirement().housing().freedoms(HUNGER_THIRST, FEAR_STRESS)
                    .summary("A doe that does not take to her kids is put in the farrowing pen and fed apart; after "
                            + "assisted suckling she rejoins the group with her kids once they know each other and "
                            + "suckle normally.")
                    .rule(Rules.attested("rejected-kids", REJECTED_KIDS))
                    .build(),
            Clause.of(DIS_2025, "5.10.3", "Hand feeding")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Kids of does with too little milk are fed by hand.")
                    .rule(Rules.attested("hand-feeding", HAND_FEEDING))
                    .build(),
            Clause.of(DIS_2025, "5.10.4", "Single and multiple kids")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Breastfeeding measures are set down so that single kids and kids of multiple births "
                            + "each suckle as they need.")
                    .rule(Rules.attested("measures", LITTER_MEASURES))
                    .build(),
            Clause.of(DIS_2025, "5.10.5", "Supplementary feeding of kids")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("From 15 days after birth kids are given kid feed and good forage, more as they grow, "
                            + "and can forage freely.")
                    .rule(Rules.atMost("start", SUPPLEMENT_START, SUPPLEMENT_START_MAX).onlyWhen(KID_GROUPS))
                    .build());

    private BreastfeedingAndRearing() {
    }
}
