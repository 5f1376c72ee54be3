package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.KID_GROUPS;
import static org.pashm.housing.HousingEvidence.MANAGEMENT_GROUPS;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.count;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Numbers;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

/** ISO 22786 5.13: feeding (feed quality and origin, rations, changes of feed, growth promoters). */
final class Feeding {

    private static final SubjectKind GROUP = SubjectKind.GOAT_GROUP;

    // ---- 5.13.1 to 5.13.4 --------------------------------------------------------------------------------------

    static final EvidenceCode FEED_LAWFUL = siteAttestation("feed-lawful",
            "Forage, feed, feed materials and additives comply with the relevant standards, laws and regulations",
            "Labels, supplier certificates and registrations of the feeds and additives in store.");
    static final EvidenceCode ANIMAL_FEED = siteAttestation("animal-derived-feed",
            "Feed of animal origin other than dairy products is used",
            "Meat and bone meal, fish meal, blood or fat of animals in any ration or purchased feed. \"yes\" when "
                    + "found.");
    static final EvidenceCode ANTIBIOTIC_FEED = siteAttestation("antibiotic-feed",
            "Feed containing antibiotics is used",
            "Antibiotics in rations or purchased feed. Medicated feed prescribed to treat sick goats is recorded "
                    + "under 5.13.9 instead. \"yes\" when found.");
    static final EvidenceCode FEED_TRACEABLE = siteAttestation("feed-traceable",
            "The source of every feed material can be traced", "Purchase records naming supplier and batch.");
    static final EvidenceCode BOUGHT_FEED_RECORDS = siteAttestation("bought-feed-composition",
            "Every purchased feed has a written record of its materials and their contents",
            "The supplier's composition sheet for each feed bought.");
    static final EvidenceCode SELF_MADE_FEED = siteAttestation("self-made-feed",
            "The farm mixes feed of its own", "Whether any ration or concentrate is made on the farm.");
    static final EvidenceCode FORMULA_KEPT = siteAttestation("feed-formula-kept",
            "The formula and ingredient list of the farm's own feed are kept", "The mixing records.");
    static final EvidenceCode SPOILED_FEED = siteAttestation("spoiled-feed",
            "Deteriorated, mouldy or contaminated forage or feed is used",
            "Feed in store and in the troughs. \"yes\" when any such feed is fed.");
    static final EvidenceCode FEED_STORAGE = siteAttestation("feed-storage-protected",
            "Stored feed is protected against contamination, spoilage and waste",
            "Dry, covered, rodent-proof storage; first in, first out.");

    // ---- 5.13.5 to 5.13.7 rations -------------------------------------------------------------------------------

    /**
     * 5.13.5 ("adopt free foraging and drinking methods, and feed once in the morning, noon, and evening", an
     * instruction, R1): kids under 3 months are fed in the morning, at noon and in the evening, and forage and drink
     * freely. The rules concern a kid cohort whose youngest kid is within 3 months of age; where the age is not given,
     * a cohort not yet weaned (weaning comes at around 90 days, 5.11.1). "Once in the morning, noon, and evening" is
     * a single figure of care, three feeds a day: the least the kids get (R14).
     */
    static final long KID_FEEDS_PER_DAY = 3;
    /** 5.13.5: "kids within 3 months" (3 mean months of UCUM, 91.3 days). */
    static final Quantity KID_AGE_MAX = Quantity.of("3", "mo");

    static final EvidenceCode YOUNGEST_KID_AGE = quantity(GROUP, "youngest-kid-age", "age of the youngest kid", "d",
            "0", "400", "Age on the day of the assessment of the cohort's youngest kid, from the birth records.");

    private static final BigDecimal KID_AGE_MAX_DAYS = Rules.canonical(YOUNGEST_KID_AGE, KID_AGE_MAX);
    static final Sentence KID_TOO_OLD = Sentence.of("housing/5.13.5/kids/too-old",
            "the cohort's youngest kid is {age} old, older than the 3 months 5.13.5 speaks of", "age");
    static final Sentence WEANED_AGE_UNKNOWN = Sentence.text("housing/5.13.5/kids/weaned-age-unknown",
            "the cohort is weaned and the age of its youngest kid was not given");
    private static final Message WEANED_AGE_UNKNOWN_WORDS = WEANED_AGE_UNKNOWN.message();
    private static final Applicability WITHIN_THREE_MONTHS = new Applicability(
            Set.of(YOUNGEST_KID_AGE.code(), Weaning.WEANED.code()), e -> {
                BigDecimal age = e.quantity(YOUNGEST_KID_AGE);
                if (age != null) {
                    return age.compareTo(KID_AGE_MAX_DAYS) <= 0 ? null
                            : KID_TOO_OLD.with(Rules.quantity(YOUNGEST_KID_AGE, Numbers.forPeopleValue(age)));
                }
                return Boolean.TRUE.equals(e.attested(Weaning.WEANED)) ? WEANED_AGE_UNKNOWN_WORDS : null;
            });
    private static final Applicability SUCKLING_KIDS = KID_GROUPS.and(WITHIN_THREE_MONTHS);
    /**
     * 5.13.5 ("the optimal ratio of fine to crude feed diet is 4:6", no "shall": R3, advice): a single figure (R8),
     * written in parts of ten, so met when the roughage share of the ration's dry matter, rounded half up to whole
     * parts in ten, is 6 (from 55 % up to, not including, 65 %; concentrate 4 parts).
     */
    static final long OPTIMAL_ROUGHAGE_PARTS = 6;
    /** 5.13.7: at least 50 % fibrous feed for rumination. */
    static final Quantity ROUGHAGE_SHARE_MIN = Quantity.of("50", "%");

    static final EvidenceCode FULL_DIET = siteAttestation("complete-diets",
            "Complete diets meet each goat's needs by breed, physiological stage and health",
            "The farm's rations for each group, and the goats' condition.");
    static final EvidenceCode KID_FEEDS_PER_DAY_CODE = count(GROUP, "kid-feeds-per-day", "kid feeds per day", 0, 24,
            "How many times a day the cohort's kids (under 3 months) are given feed.");
    static final EvidenceCode KID_FREE_ACCESS = attestation(GROUP, "kid-free-access",
            "The kids forage and drink freely", "Feed and water within the kids' reach at all times.");
    static final EvidenceCode ROUGHAGE_SHARE = quantity(GROUP, "roughage-share", "roughage share of the ration", "%",
            "0", "100", "Share of roughage (crude, fibrous feed: hay, straw, silage, grazing) in the dry matter of the "
                    + "group's daily ration, from the ration sheet.");
    static final EvidenceCode DIET_SPECIFIED = siteAttestation("nutrient-requirements-specified",
            "Daily, monthly and yearly nutrient requirements are set for unmated goats, stud goats and pregnant and "
                    + "lactating does", "The written feeding standards (energy, protein, calcium, phosphorus, minerals, "
                    + "vitamins).");

    // ---- 5.13.8 and 5.13.9 ---------------------------------------------------------------------------------------

    /** 5.13.8: a change of feed is made gradually, over more than 7 days. */
    static final Quantity TRANSITION_MIN = Quantity.of("7", "d");

    static final EvidenceCode FEED_CHANGED = siteAttestation("feed-changed",
            "The farm changed the type or amount of feed in the period assessed",
            "Answer no when the rations stayed the same: the transition rule is then not applicable.");
    static final EvidenceCode TRANSITION = quantity(SubjectKind.SITE, "feed-transition", "feed transition period",
            "d", "0", "120", "Length of the shortest gradual transition made when changing feed, from the feeding "
                    + "records.");
    static final EvidenceCode HORMONES = siteAttestation("hormone-growth-promoters",
            "Hormonal growth promoters are used", "Feed, drugs and records. \"yes\" when found.");
    static final EvidenceCode GROWTH_ANTIBIOTICS = siteAttestation("growth-promoting-antibiotics",
            "Antibiotics are used, not to treat disease, but to promote growth", "Feed, drugs and records. \"yes\" "
                    + "when found.");
    static final EvidenceCode MEDICATED_FEED_USED = siteAttestation("medicated-feed-used",
            "Medicated feed is used on the farm", "Whether any feed with veterinary medicine in it is given.");
    static final EvidenceCode MEDICATED_FEED_RECORDED = siteAttestation("medicated-feed-recorded",
            "Medicated feed is clearly marked and its use recorded", "Labels on the feed and the treatment records.");

    static final List<EvidenceCode> CODES = List.of(FEED_LAWFUL, ANIMAL_FEED, ANTIBIOTIC_FEED, FEED_TRACEABLE,
            BOUGHT_FEED_RECORDS, SELF_MADE_FEED, FORMULA_KEPT, SPOILED_FEED, FEED_STORAGE, FULL_DIET,
            KID_FEEDS_PER_DAY_CODE, YOUNGEST_KID_AGE, KID_FREE_ACCESS, ROUGHAGE_SHARE, DIET_SPECIFIED, FEED_CHANGED,
            TRANSITION, HORMONES, GROWTH_ANTIBIOTICS, MEDICATED_FEED_USED, MEDICATED_FEED_RECORDED);

    static final Sentence OPTIMAL = Sentence.of("housing/5.13.5/optimal-roughage/optimal",
            "{label} is {share}: concentrate to roughage {concentrate}:{roughage} in whole tenths, the optimal.",
            "label", "share", "concentrate", "roughage");
    static final Sentence NOT_OPTIMAL = Sentence.of("housing/5.13.5/optimal-roughage/not-optimal",
            "{label} is {share}: concentrate to roughage {concentrate}:{roughage} in whole tenths, not the optimal "
                    + "4:6.", "label", "share", "concentrate", "roughage");
    private static final Message ROUGHAGE_SHARE_LABEL = Terms.label(ROUGHAGE_SHARE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.13.1", "Lawful feed; no animal-derived or antibiotic feed")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Forage, feed materials and additives comply with the relevant standards and laws. Feed "
                            + "of animal origin (except dairy products) and feed containing antibiotics are "
                            + "prohibited.")
                    .rule(Rules.attested("lawful", FEED_LAWFUL))
                    .rule(Rules.never("no-animal-feed", ANIMAL_FEED).strength(Strength.PROHIBITION))
                    .rule(Rules.never("no-antibiotic-feed", ANTIBIOTIC_FEED).strength(Strength.PROHIBITION))
                    .build(),
            Clause.of(DIS_2025, "5.13.2", "Traceable feed")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Feed materials can be traced to their source; bought feed comes with a written record "
                            + "of its composition; the formula and ingredients of feed made on the farm are kept.")
                    .rule(Rules.attested("traceable", FEED_TRACEABLE))
                    .rule(Rules.attested("bought-feed", BOUGHT_FEED_RECORDS))
                    .rule(Rules.attested("own-feed", FORMULA_KEPT).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(SELF_MADE_FEED)))
                    .build(),
            Clause.of(DIS_2025, "5.13.3", "No spoiled feed")
                    .prohibition().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Deteriorated, mouldy or contaminated forage or feed is never used.")
                    .rule(Rules.never("no-spoiled-feed", SPOILED_FEED))
                    .build(),
            Clause.of(DIS_2025, "5.13.4", "Feed storage")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Stored feed is protected from contamination, spoilage and waste.")
                    .rule(Rules.attested("storage", FEED_STORAGE))
                    .build(),
            Clause.of(DIS_2025, "5.13.5", "Complete diets")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Complete diets meet the needs of each breed, physiological stage and state of health. "
                            + "Kids under 3 months forage and drink freely and are fed morning, noon and evening; "
                            + "the best ratio of concentrate to roughage is 4:6.")
                    .rule(Rules.attested("complete", FULL_DIET))
                    .rule(Rules.atLeast("kid-feeds", KID_FEEDS_PER_DAY_CODE, KID_FEEDS_PER_DAY)
                            .readAs(Wording.ALLOWANCE_FIGURE).onlyWhen(SUCKLING_KIDS)
                            .says(KID_TOO_OLD, WEANED_AGE_UNKNOWN))
                    .rule(Rules.attested("kid-free-access", KID_FREE_ACCESS).readAs(Wording.IMPERATIVE)
                            .onlyWhen(SUCKLING_KIDS).says(KID_TOO_OLD, WEANED_AGE_UNKNOWN))
                    .rule(Rules.custom("optimal-roughage", "concentrate to roughage 4:6 (the roughage share, in "
                                    + "whole tenths, is 6)", Method.MEASUREMENT, GROUP, Set.of(ROUGHAGE_SHARE),
                                    Feeding::fourToSix).says(OPTIMAL, NOT_OPTIMAL)
                            .readAs(Wording.OPTIMUM).onlyWhen(MANAGEMENT_GROUPS))
                    .build(),
            Clause.of(DIS_2025, "5.13.6", "Nutrient requirements set")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Daily, monthly and yearly requirements for energy, protein, calcium, phosphorus, "
                            + "minerals and vitamins are set for unmated goats, stud goats and pregnant and lactating "
                            + "does.")
                    .rule(Rules.attested("specified", DIET_SPECIFIED))
                    .build(),
            Clause.of(DIS_2025, "5.13.7", "Fibre for rumination")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("The ration balances concentrate and roughage, with at least 50 % fibrous feed so that "
                            + "goats ruminate.")
                    .rule(Rules.atLeast("roughage", ROUGHAGE_SHARE, ROUGHAGE_SHARE_MIN).onlyWhen(MANAGEMENT_GROUPS))
                    .build(),
            Clause.of(DIS_2025, "5.13.8", "Gradual change of feed")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Sudden changes in the type or amount of feed are avoided; a needed change is made "
                            + "gradually over more than 7 days.")
                    .rule(Rules.above("transition", TRANSITION, TRANSITION_MIN).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(FEED_CHANGED)))
                    .build(),
            Clause.of(DIS_2025, "5.13.9", "No growth promoters")
                    .prohibition().housing().freedoms(INJURY_DISEASE)
                    .summary("Hormonal growth promoters and antibiotics given to promote growth rather than to "
                            + "treat are never used; medicated feed is clearly marked and recorded.")
                    .rule(Rules.never("no-hormones", HORMONES))
                    .rule(Rules.never("no-growth-antibiotics", GROWTH_ANTIBIOTICS))
                    .rule(Rules.attested("medicated-feed", MEDICATED_FEED_RECORDED).strength(Strength.REQUIREMENT)
                            .onlyWhen(Applicability.whenAttested(MEDICATED_FEED_USED)))
                    .build());

    /** 5.13.5: the ration's concentrate to roughage, to whole parts in ten, is 4:6. */
    private static Verdict fourToSix(SubjectEvidence e) {
        BigDecimal share = e.quantity(ROUGHAGE_SHARE);
        if (share == null) {
            return Rules.notObserved(ROUGHAGE_SHARE);
        }
        long roughage = share.divide(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<Fact> facts = List.of(Fact.observed(e, ROUGHAGE_SHARE));
        Quantity said = Rules.quantity(ROUGHAGE_SHARE, Numbers.forPeopleValue(share));
        return roughage == OPTIMAL_ROUGHAGE_PARTS
                ? Verdict.met(facts, OPTIMAL.with(ROUGHAGE_SHARE_LABEL, said, 10 - roughage, roughage))
                : Verdict.notMet(facts, NOT_OPTIMAL.with(ROUGHAGE_SHARE_LABEL, said, 10 - roughage, roughage));
    }

    private Feeding() {
    }
}
