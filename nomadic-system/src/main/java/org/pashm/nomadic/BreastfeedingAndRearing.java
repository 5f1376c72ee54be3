package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

/**
 * ISO 22786 6.10: breastfeeding and rearing. Its paragraphs carry no numbers in the seed text: they take the numbers
 * of their headings, 6.10.1 general, 6.10.2 rearing of kids in the early postnatal period, and its three rearing
 * groups 6.10.2.1 neonatal, 6.10.2.2 intermediate and 6.10.2.3 grown-up.
 */
final class BreastfeedingAndRearing {

    /** 6.10.2: what the age-band rule says: the group's ages, its class and the band of days it is for. */
    static final Sentence AGES_WITHIN = Sentence.of("nomadic/6.10.2/age-band/within",
            "kids aged {youngest} to {oldest} are all within the {group} group's {band}.",
            "youngest", "oldest", "group", "band");
    static final Sentence AGES_OUTSIDE = Sentence.of("nomadic/6.10.2/age-band/outside",
            "kids aged {youngest} to {oldest} are not all within the {group} group's {band}.",
            "youngest", "oldest", "group", "band");
    static final Sentence BAND_FROM_TO = Sentence.of("nomadic/6.10.2/age-band/band/from-to",
            "{first} to {last, plural, one {# day} other {# days}}", "first", "last");
    static final Sentence BAND_OVER = Sentence.of("nomadic/6.10.2/age-band/band/over",
            "over {last, plural, one {# day} other {# days}}", "last");


    /** 6.10.1: newborn kids suckle colostrum within 2 hours of birth. */
    static final Quantity COLOSTRUM_WITHIN = Quantity.of("2", "h");
    /**
     * 6.10.2: the three rearing groups by age: neonatal from day 0 to day 7, intermediate from day 8 to day 14,
     * grown-up over day 14. The grouping is described ("kids are reared through"), not required: advice.
     */
    static final BigDecimal NEONATAL_LAST_DAY = BigDecimal.valueOf(7);
    static final BigDecimal INTERMEDIATE_FIRST_DAY = BigDecimal.valueOf(8);
    static final BigDecimal INTERMEDIATE_LAST_DAY = BigDecimal.valueOf(14);
    /**
     * 6.10.2: intermediate group pens "may accommodate from 30 to 40 kids", grown-up pens "up to 250 kids". "May": a
     * permission (docs/reading-the-standard.md, R10), so advice. Capacities: the most a pen holds is checked; the 30
     * is not a minimum (a household with fewer kids is not advised to crowd them), so it is not checked.
     */
    static final long INTERMEDIATE_PEN_MAX = 40;
    static final long GROWN_UP_PEN_MAX = 250;
    /** 6.10.2.2: intermediate kids are reunited with their mothers for suckling at least three times a day. */
    static final long INTERMEDIATE_SUCKLING_REUNIONS_MIN = 3;
    /**
     * 6.10.2.3: grown-up kids "are kept separately and reunited for twice daily breastfeeding": a step of the rearing
     * stated as fact (docs/reading-the-standard.md, R2), so a requirement.
     */
    static final long GROWN_UP_SUCKLING_REUNIONS = 2;

    static final EvidenceCode COLOSTRUM_TIME = EvidenceCode.quantity("nomadic.goat-group.colostrum-time",
            "longest time from birth to first colostrum", "h", "0", "72",
            "For a neonatal group: the longest time any of its kids waited between birth and first suckling "
                    + "colostrum, from the herder's kidding notes or observation.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode REJECTING_DOES = EvidenceCode.attestation("nomadic.site.rejecting-does-penned",
            "Does that reject their kids are kept with them in a separate pen",
            "Whether a doe that rejects her kids is penned apart with them until she accepts them and suckles "
                    + "normally.", SubjectKind.SITE);
    static final EvidenceCode YOUNGEST_AGE = EvidenceCode.quantity("nomadic.goat-group.youngest-kid-age",
            "age of the youngest kid in the group", "d", "0", "400", "Age in days of the group's youngest kid.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode OLDEST_AGE = EvidenceCode.quantity("nomadic.goat-group.oldest-kid-age",
            "age of the oldest kid in the group", "d", "0", "400", "Age in days of the group's oldest kid.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode EXAMINED = EvidenceCode.attestation("nomadic.site.kids-examined-when-regrouped",
            "Kids moving from one rearing group to the next are examined for growth and health",
            "Whether each kid is checked for growth and health when it moves from the neonatal to the intermediate "
                    + "group and from the intermediate to the grown-up group.", SubjectKind.SITE);
    static final EvidenceCode KIDS_IN_GROUP = EvidenceCode.count("nomadic.goat-group.kids", "kids in the group's pen",
            0, 5000, "How many kids the rearing group's pen holds.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode WITH_MOTHERS = EvidenceCode.attestation("nomadic.goat-group.kept-with-mothers",
            "The neonatal kids are kept with their mothers", "Whether kids of the first week stay with their dams.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode HAY_ON_ROPES_NEONATAL = EvidenceCode.attestation("nomadic.goat-group.soft-hay-on-ropes",
            "Soft natural hay is hung on long ropes for the neonatal kids to smell and grasp",
            "Whether soft natural hay hangs on ropes within the neonatal kids' reach, so that they learn to eat hay.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode MILK_SUPERVISED = EvidenceCode.attestation("nomadic.goat-group.milk-supervised",
            "The neonatal group is supervised so that every kid gets enough milk from its mother",
            "Whether the herder checks that each mother gives her kids enough milk.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode REUNIONS = EvidenceCode.count("nomadic.goat-group.suckling-reunions-per-day",
            "suckling reunions per day", 0, 24,
            "How many times a day the group's kids are reunited with their mothers to suckle, while the does graze "
                    + "apart.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode TOGETHER_AT_NIGHT = EvidenceCode.attestation("nomadic.goat-group.together-at-night",
            "Does and intermediate kids are kept together through the night",
            "Whether the intermediate group's kids spend the night with their mothers.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode HAY_SUPPLEMENTED = EvidenceCode.attestation("nomadic.goat-group.hay-supplemented",
            "The kids get high-quality supplementary hay, more as they grow",
            "Whether the grown-up kids are given high-quality hay and the amount rises with their age.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode HAY_HUNG_ACCESSIBLE = EvidenceCode.attestation("nomadic.goat-group.hay-hung-accessible",
            "Supplementary hay is hung at a height the kids can reach, inside and outside the pens",
            "Whether hay is hung within the kids' reach both in and outside their pens, to encourage them to move.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode HAY_ON_ROPES = EvidenceCode.attestation("nomadic.goat-group.hay-on-ropes",
            "The grown-up kids' hay hangs on ropes, off the ground",
            "Whether hay is hung on ropes so that it is not soiled on the ground and kids do not get caught in it.",
            SubjectKind.GOAT_GROUP);

    static final List<EvidenceCode> CODES = List.of(COLOSTRUM_TIME, REJECTING_DOES, YOUNGEST_AGE, OLDEST_AGE, EXAMINED,
            KIDS_IN_GROUP, WITH_MOTHERS, HAY_ON_ROPES_NEONATAL, MILK_SUPERVISED, REUNIONS, TOGETHER_AT_NIGHT,
            HAY_SUPPLEMENTED, HAY_HUNG_ACCESSIBLE, HAY_ON_ROPES);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.10.1", "Colostrum and does that reject their kids")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Newborn kids suckle colostrum within 2 hours of birth; if the mother lacks milk, a doe "
                            + "that kidded at the same time may suckle them. A doe that rejects her kids is kept with "
                            + "them in a separate pen until she accepts them and suckles normally; a doe whose kids "
                            + "died may adopt a rejected kid.")
                    .rule(Rules.atMost("colostrum", COLOSTRUM_TIME, COLOSTRUM_WITHIN)
                            .onlyWhen(Household.kidGroups(Household.NEONATAL_KIDS)))
                    .rule(Rules.attested("rejecting-does", REJECTING_DOES).onlyWhen(Household.withKids()))
                    .build(),
            Clause.of(DIS_2025, "6.10.2", "Rearing groups by age")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE, NORMAL_BEHAVIOUR)
                    .summary("Newborn kids are reared in three successive groups: neonatal (days 0 to 7), intermediate "
                            + "(days 8 to 14) and grown-up (over 14 days). Kids moving from one group to the next are "
                            + "examined for growth and health. Intermediate pens may hold 30 to 40 kids, grown-up pens "
                            + "up to 250.")
                    // "newborn kids are formed into groups. Kids are reared through three consecutive group
                    // periods": the rearing stated as fact (R2), a requirement.
                    .rule(ageBand().readAs(Wording.PROCEDURE).onlyWhen(Household.kidGroups(Household.NEONATAL_KIDS,
                            Household.INTERMEDIATE_KIDS, Household.GROWN_UP_KIDS)))
                    .rule(Rules.attested("examined", EXAMINED).onlyWhen(Household.withKids()))
                    .rule(Rules.atMost("intermediate-pen", KIDS_IN_GROUP, INTERMEDIATE_PEN_MAX)
                            .statement("an intermediate group pen holds at most " + INTERMEDIATE_PEN_MAX + " kids")
                            .readAs(Wording.PERMISSION)
                            .onlyWhen(Household.kidGroups(Household.INTERMEDIATE_KIDS)))
                    .rule(Rules.atMost("grown-up-pen", KIDS_IN_GROUP, GROWN_UP_PEN_MAX)
                            .statement("a grown-up group pen holds at most " + GROWN_UP_PEN_MAX + " kids")
                            .readAs(Wording.PERMISSION)
                            .onlyWhen(Household.kidGroups(Household.GROWN_UP_KIDS)))
                    .build(),
            Clause.of(DIS_2025, "6.10.2.1", "Neonatal group")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, NORMAL_BEHAVIOUR, FEAR_STRESS)
                    .summary("Neonatal kids stay with their mothers, with soft natural hay hung on long ropes so that "
                            + "they learn to eat hay, and the group is supervised so that every kid gets enough milk.")
                    .rule(Rules.attested("with-mothers", WITH_MOTHERS)
                            .onlyWhen(Household.kidGroups(Household.NEONATAL_KIDS)))
                    .rule(Rules.attested("soft-hay", HAY_ON_ROPES_NEONATAL)
                            .onlyWhen(Household.kidGroups(Household.NEONATAL_KIDS)))
                    .rule(Rules.attested("milk-supervised", MILK_SUPERVISED)
                            .onlyWhen(Household.kidGroups(Household.NEONATAL_KIDS)))
                    .build(),
            Clause.of(DIS_2025, "6.10.2.2", "Intermediate group")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, FEAR_STRESS)
                    .summary("Does of the intermediate group graze by day without their kids but are reunited with "
                            + "them to suckle at least three times a day, and does and kids spend the night together. "
                            + "Intermediate pens may hold 30 to 40 kids.")
                    .rule(Rules.atLeast("suckling-reunions", REUNIONS, INTERMEDIATE_SUCKLING_REUNIONS_MIN)
                            .onlyWhen(Household.kidGroups(Household.INTERMEDIATE_KIDS)))
                    .rule(Rules.attested("together-at-night", TOGETHER_AT_NIGHT)
                            .onlyWhen(Household.kidGroups(Household.INTERMEDIATE_KIDS)))
                    .build(),
            Clause.of(DIS_2025, "6.10.2.3", "Grown-up group")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, NORMAL_BEHAVIOUR)
                    .summary("Grown-up kids live apart from the does and are reunited with them twice a day to suckle. "
                            + "They get high-quality supplementary hay, more as they grow, hung within reach inside and "
                            + "outside the pens to make them move; hanging it on ropes keeps it clean and safe. On warm, "
                            + "sunny days they can go to nearby pasture.")
                    .rule(Rules.atLeast("suckling-reunions", REUNIONS, GROWN_UP_SUCKLING_REUNIONS)
                            .readAs(Wording.PROCEDURE)
                            .onlyWhen(Household.kidGroups(Household.GROWN_UP_KIDS)))
                    .rule(Rules.attested("hay-supplemented", HAY_SUPPLEMENTED)
                            .onlyWhen(Household.kidGroups(Household.GROWN_UP_KIDS)))
                    .rule(Rules.attested("hay-accessible", HAY_HUNG_ACCESSIBLE)
                            .onlyWhen(Household.kidGroups(Household.GROWN_UP_KIDS)))
                    .rule(Rules.attested("hay-on-ropes", HAY_ON_ROPES).advice()
                            .onlyWhen(Household.kidGroups(Household.GROWN_UP_KIDS)))
                    .build());


    /** 6.10.2: the group's kids are all of its rearing period's ages. */
    private static Rule.Draft ageBand() {
        Message neonatal = BAND_FROM_TO.with(0L, NEONATAL_LAST_DAY.longValueExact());
        Message intermediate = BAND_FROM_TO.with(INTERMEDIATE_FIRST_DAY.longValueExact(),
                INTERMEDIATE_LAST_DAY.longValueExact());
        Message grownUp = BAND_OVER.with(INTERMEDIATE_LAST_DAY.longValueExact());
        Message neonatalGroup = Terms.choice(Household.GROUP_CLASS, Household.NEONATAL_KIDS);
        Message intermediateGroup = Terms.choice(Household.GROUP_CLASS, Household.INTERMEDIATE_KIDS);
        Message grownUpGroup = Terms.choice(Household.GROUP_CLASS, Household.GROWN_UP_KIDS);
        return Rules.custom("age-band", "kids of each rearing group within its ages: neonatal 0 to "
                        + NEONATAL_LAST_DAY + " days, intermediate " + INTERMEDIATE_FIRST_DAY + " to " + INTERMEDIATE_LAST_DAY
                        + " days, grown-up over " + INTERMEDIATE_LAST_DAY + " days", Method.MEASUREMENT,
                SubjectKind.GOAT_GROUP, Set.of(Household.GROUP_CLASS, YOUNGEST_AGE, OLDEST_AGE), e -> {
                    String group = e.choice(Household.GROUP_CLASS);
                    BigDecimal youngest = e.quantity(YOUNGEST_AGE);
                    BigDecimal oldest = e.quantity(OLDEST_AGE);
                    if (group == null) {
                        return Rules.notObserved(Household.GROUP_CLASS);
                    }
                    if (youngest == null) {
                        return Rules.notObserved(YOUNGEST_AGE);
                    }
                    if (oldest == null) {
                        return Rules.notObserved(OLDEST_AGE);
                    }
                    List<Fact> facts = List.of(Fact.observed(e, Household.GROUP_CLASS),
                            Fact.observed(e, YOUNGEST_AGE), Fact.observed(e, OLDEST_AGE));
                    Message band;
                    Message groupWords;
                    boolean inside;
                    if (Household.NEONATAL_KIDS.equals(group)) {
                        band = neonatal;
                        groupWords = neonatalGroup;
                        inside = oldest.compareTo(NEONATAL_LAST_DAY) <= 0;
                    } else if (Household.INTERMEDIATE_KIDS.equals(group)) {
                        band = intermediate;
                        groupWords = intermediateGroup;
                        inside = youngest.compareTo(INTERMEDIATE_FIRST_DAY) >= 0
                                && oldest.compareTo(INTERMEDIATE_LAST_DAY) <= 0;
                    } else {
                        band = grownUp;
                        groupWords = grownUpGroup;
                        inside = youngest.compareTo(INTERMEDIATE_LAST_DAY) > 0;
                    }
                    Quantity from = Rules.quantity(YOUNGEST_AGE, youngest);
                    Quantity to = Rules.quantity(OLDEST_AGE, oldest);
                    return inside
                            ? Verdict.met(facts, AGES_WITHIN.with(from, to, groupWords, band))
                            : Verdict.notMet(facts, AGES_OUTSIDE.with(from, to, groupWords, band));
                }).says(AGES_WITHIN, AGES_OUTSIDE, BAND_FROM_TO, BAND_OVER);
    }

    private BreastfeedingAndRearing() {
    }
}
