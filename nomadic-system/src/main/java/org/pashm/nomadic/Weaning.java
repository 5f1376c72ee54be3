package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 6.11: weaning. The nomadic system advises against weaning at all (6.11.1); if kids must be weaned, they
 * "may be weaned after 150 days" (6.11.2). Both are advice: an early weaning gives an observation, never a
 * nonconformity. Only the mixed raising of weaned kids (6.11.3) is a requirement.
 */
final class Weaning {

    /** 6.11.2: kids may be weaned after 150 days. Read as: not before the age of 150 days. */
    static final Quantity WEANING_AGE_MIN = Quantity.of("150", "d");

    static final EvidenceCode KIDS_WEANED = EvidenceCode.attestation("nomadic.site.kids-weaned",
            "Kids are weaned from their mothers",
            "Whether the household weans any kids rather than leaving them to the mixed herd.", SubjectKind.SITE);
    static final EvidenceCode WEANING_AGE = EvidenceCode.quantity("nomadic.goat-group.weaning-age",
            "age of the youngest kid at weaning", "d", "0", "400",
            "For a group of weaned kids: the age in days of its youngest kid when it was weaned.",
            SubjectKind.GOAT_GROUP);
    static final EvidenceCode NOT_BEFORE_COLD = EvidenceCode.attestation("nomadic.goat-group.weaned-without-cold-stress",
            "Weaning did not leave the kids in discomfort before the cold season",
            "Whether the kids were weaned under normal feeding and growth, early enough that they were not weakened "
                    + "when the cold season began.", SubjectKind.GOAT_GROUP);
    static final EvidenceCode MIXED = EvidenceCode.attestation("nomadic.goat-group.mixed-sexes",
            "Weaned castrated males and female kids are raised together in mixed groups",
            "Whether after weaning the castrated male kids and the female kids are raised in mixed groups.",
            SubjectKind.GOAT_GROUP);

    static final List<EvidenceCode> CODES = List.of(KIDS_WEANED, WEANING_AGE, NOT_BEFORE_COLD, MIXED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.11.1", "No weaning in the mixed herd")
                    .advice().nomadic().freedoms(FEAR_STRESS, NORMAL_BEHAVIOUR)
                    .summary("Nomadic herding rests on the mixed herd (does, kids, young goats and adult males in one "
                            + "flock), so it is advisable not to wean kids at all.")
                    .rule(Rules.never("no-weaning", KIDS_WEANED))
                    .build(),
            Clause.of(DIS_2025, "6.11.2", "If weaned, not before 150 days")
                    .readAs(Wording.PERMISSION).nomadic().freedoms(FEAR_STRESS, DISCOMFORT)
                    .summary("When weaning cannot be avoided, kids may be weaned after 150 days, with normal feeding and "
                            + "growth, and so that they are not in discomfort when the cold season starts.")
                    .rule(Rules.atLeast("weaning-age", WEANING_AGE, WEANING_AGE_MIN).onlyWhen(weanedGroups()))
                    .rule(Rules.attested("before-cold", NOT_BEFORE_COLD).onlyWhen(weanedGroups()))
                    .build(),
            Clause.of(DIS_2025, "6.11.3", "Weaned kids raised in mixed groups")
                    .requirement().nomadic().freedoms(NORMAL_BEHAVIOUR, FEAR_STRESS)
                    .summary("After weaning, castrated male and female kids are raised together in mixed groups.")
                    .rule(Rules.attested("mixed-groups", MIXED).onlyWhen(weanedGroups()))
                    .build());

    /** Groups of weaned kids, on a household that weans. */
    private static Applicability weanedGroups() {
        return Applicability.whenAttested(KIDS_WEANED).and(Household.groups(Household.WEANED_KIDS));
    }

    private Weaning() {
    }
}
