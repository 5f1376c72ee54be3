package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.housing.HousingEvidence.count;
import static org.pashm.housing.HousingEvidence.quantity;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;

/**
 * ISO 22786 5.9: reproduction (5.9.1 general requirements). Breeding facts are read from the breeding records of
 * each mating group of the season (a goat group of role {@code mating-group}).
 */
final class Reproduction {

    private static final SubjectKind GROUP = SubjectKind.GOAT_GROUP;

    // ---- 5.9.1.1 first breeding ------------------------------------------------------------------------------------

    /** 5.9.1.1: at first breeding a doe weighs over 70 % of her adult weight (strictly more). */
    static final String FIRST_MATING_WEIGHT_SHARE_MIN = "0.7";
    /**
     * 5.9.1.1: at least 8 months from weaning to first breeding. UCUM months ("mo") are mean months of 30.44 days,
     * so a record in days converts exactly: 8 mo = 243.5 d.
     */
    static final Quantity WEANING_TO_MATING_MIN = Quantity.of("8", "mo");

    static final EvidenceCode FIRST_TIME_DOES = count(GROUP, "first-time-does", "does mated for the first time", 0,
            10000, "Number of the group's does mated for the first time this season.");
    static final EvidenceCode FIRST_MATING_WEIGHT = quantity(GROUP, "first-mating-weight",
            "lightest weight at first mating", "kg", "1", "150",
            "Body weight of the lightest doe of the group when she was mated for the first time, from the breeding "
                    + "records.");
    static final EvidenceCode ADULT_WEIGHT = quantity(GROUP, "adult-weight", "adult weight", "kg", "5", "200",
            "The adult body weight the group's goats are compared with: the mean weight of adult goats of the same "
                    + "breed and sex on the farm (for does at first mating, adult does; for kids at weaning, adults "
                    + "of the sex of the lightest kid).");
    static final EvidenceCode WEANING_TO_MATING = quantity(GROUP, "weaning-to-first-mating",
            "shortest time from weaning to first mating", "mo", "0", "60",
            "Shortest time from weaning to first mating among the group's first-time does.");

    private static final Applicability FIRST_MATINGS = HousingEvidence.groupsOf(HousingEvidence.MATING_GROUP)
            .and(Applicability.whenAny(FIRST_TIME_DOES));

    // ---- 5.9.1.2 buck to doe ratio ----------------------------------------------------------------------------------

    // 5.9.1.2 ("natural mating can be adopted", a permission, R10: advice): one buck to 30 to 50 does, a range
    // that binds at both ends (R7).
    static final String DOES_PER_BUCK_MIN = "30";
    static final String DOES_PER_BUCK_MAX = "50";

    static final EvidenceCode BUCKS = count(GROUP, "bucks", "bucks in the group", 0, 1000,
            "Number of stud bucks placed with the group's does for natural mating.");
    static final EvidenceCode DOES = count(GROUP, "does", "does in the group", 0, 10000,
            "Number of does in the group.");

    private static final Applicability NATURAL_MATING = HousingEvidence.groupsOf(HousingEvidence.MATING_GROUP)
            .and(Applicability.whenAny(BUCKS));

    // ---- 5.9.1.3 to 5.9.1.5 ---------------------------------------------------------------------------------------

    static final EvidenceCode BREEDING_FARM = siteAttestation("breeding-farm",
            "The farm is a cashmere goat breeding farm",
            "Whether the farm breeds and sells breeding stock (a stud or nucleus farm), as against a common farm.");
    static final EvidenceCode AI_OR_SMALL_GROUPS = siteAttestation("ai-or-small-group-mating",
            "Does are bred by artificial insemination or by natural mating in small selected groups",
            "The breeding plan and records of the breeding farm.");
    static final EvidenceCode BREEDING_RECORDS = siteAttestation("breeding-records",
            "Breeding records are kept", "Mating or insemination dates, sires and dams, for every doe bred.");
    static final EvidenceCode LAPAROSCOPY_OR_EMBRYO_TRANSFER = siteAttestation("laparoscopy-or-embryo-transfer",
            "Laparoscopy or embryo transfer is used", "Whether any doe of the farm underwent laparoscopic "
                    + "insemination or embryo transfer (records, vets' invoices, scars). \"yes\" when found.");
    static final EvidenceCode AI_USED = siteAttestation("artificial-insemination-used",
            "Artificial insemination is used on the farm", "Whether any doe is bred by artificial insemination.");
    static final EvidenceCode AI_GENTLE = siteAttestation("ai-operators-skilled",
            "Artificial insemination is done by skilled operators, gently and quickly",
            "The operators' training and the auditor's watch of an insemination or the operators' account of it.");
    static final EvidenceCode MOVED_BEFORE_DELIVERY = siteAttestation("does-penned-before-kidding",
            "Does are put into the kidding shed or pen before they deliver", "Kidding records and the pens in use.");
    /** 5.9.1.4: the kidding pen is not colder than 18 °C. */
    static final Quantity KIDDING_PEN_MIN = Quantity.of("18", "Cel");
    static final EvidenceCode DELIVERY_ATTENDED = siteAttestation("deliveries-attended",
            "Deliveries are attended by a veterinarian or experienced breeding staff who help does and new-born kids",
            "Who is on duty at night in the kidding season, and the kidding records.");

    static final List<EvidenceCode> CODES = List.of(FIRST_TIME_DOES, FIRST_MATING_WEIGHT, ADULT_WEIGHT,
            WEANING_TO_MATING, BUCKS, DOES, BREEDING_FARM, AI_OR_SMALL_GROUPS, BREEDING_RECORDS,
            LAPAROSCOPY_OR_EMBRYO_TRANSFER, AI_USED, AI_GENTLE, MOVED_BEFORE_DELIVERY, DELIVERY_ATTENDED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.9.1.1", "Age and weight at first breeding")
                    .requirement().housing().freedoms(INJURY_DISEASE, DISCOMFORT)
                    .summary("A doe is first bred only when she weighs more than 70 % of her adult weight, and no "
                            + "sooner than 8 months after weaning.")
                    .rule(Rules.ratio("weight", "first-mating weight to adult weight ratio", FIRST_MATING_WEIGHT,
                            ADULT_WEIGHT, Rules.Bound.ABOVE, FIRST_MATING_WEIGHT_SHARE_MIN).onlyWhen(FIRST_MATINGS))
                    .rule(Rules.atLeast("weaning-to-mating", WEANING_TO_MATING, WEANING_TO_MATING_MIN)
                            .onlyWhen(FIRST_MATINGS))
                    .build(),
            Clause.of(DIS_2025, "5.9.1.2", "Natural mating and buck to doe ratio")
                    .readAs(Wording.PERMISSION).housing().freedoms(NORMAL_BEHAVIOUR, FEAR_STRESS)
                    .summary("Common farms can breed by natural mating, placing good stud bucks in the doe herd in "
                            + "the breeding season at one buck to 30 to 50 does; artificial mating or insemination "
                            + "can be used where conditions permit.")
                    .rule(Rules.ratio("does-per-buck-min", "does per buck", DOES, BUCKS, Rules.Bound.AT_LEAST,
                            DOES_PER_BUCK_MIN).readAs(Wording.RANGE).onlyWhen(NATURAL_MATING))
                    .rule(Rules.ratio("does-per-buck-max", "does per buck", DOES, BUCKS, Rules.Bound.AT_MOST,
                            DOES_PER_BUCK_MAX).readAs(Wording.RANGE).onlyWhen(NATURAL_MATING))
                    .build(),
            Clause.of(DIS_2025, "5.9.1.3", "Breeding methods on breeding farms")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Breeding farms breed does by artificial insemination or small-group natural mating and "
                            + "keep breeding records. Laparoscopy and embryo transfer are prohibited. Inseminators "
                            + "are skilled and work gently and quickly to spare the does stress and harm.")
                    .rule(Rules.attested("method", AI_OR_SMALL_GROUPS)
                            .onlyWhen(Applicability.whenAttested(BREEDING_FARM)))
                    .rule(Rules.attested("records", BREEDING_RECORDS)
                            .onlyWhen(Applicability.whenAttested(BREEDING_FARM)))
                    .rule(Rules.never("no-laparoscopy-or-embryo-transfer", LAPAROSCOPY_OR_EMBRYO_TRANSFER)
                            .strength(Strength.PROHIBITION))
                    .rule(Rules.attested("gentle-insemination", AI_GENTLE)
                            .onlyWhen(Applicability.whenAttested(AI_USED)))
                    .build(),
            Clause.of(DIS_2025, "5.9.1.4", "Kidding pen")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Does are put into the kidding shed or pen before they deliver; the kidding pen is never "
                            + "colder than 18 °C.")
                    .rule(Rules.attested("penned-before-kidding", MOVED_BEFORE_DELIVERY))
                    .rule(Rules.atLeast("temperature", ShelterEnvironment.KIDDING_TEMPERATURE, KIDDING_PEN_MIN))
                    .build(),
            Clause.of(DIS_2025, "5.9.1.5", "Attended delivery")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("A veterinarian or experienced breeding staff attend each delivery and help the doe and "
                            + "her new-born kids.")
                    .rule(Rules.attested("attended", DELIVERY_ATTENDED))
                    .build());

    private Reproduction() {
    }
}
