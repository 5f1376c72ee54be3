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

/** ISO 22786 6.3: the environment inside the goat shelter (temperature, dry bedding, curtains, light, safety). */
final class ShelterEnvironment {

    /**
     * 6.3.1: "the optimal inside temperature shall be at a range of (-6 to 8) °C". An optimum the sentence makes a
     * "shall" (docs/reading-the-standard.md, R3): a requirement, at both ends of the range.
     */
    static final Quantity SHELTER_TEMPERATURE_MIN = Quantity.of("-6", "Cel");
    static final Quantity SHELTER_TEMPERATURE_MAX = Quantity.of("8", "Cel");
    /** 6.3.1: kidding pens and kids' sheds "shall be heated to maintain inside temperatures at (4 to 10) °C". */
    static final Quantity KID_PEN_TEMPERATURE_MIN = Quantity.of("4", "Cel");
    static final Quantity KID_PEN_TEMPERATURE_MAX = Quantity.of("10", "Cel");
    /** 6.3.1: wet bedding dung is removed and replaced with dry dung once a day. */
    static final Quantity BEDDING_REPLACED_EVERY = Quantity.of("1", "d");

    static final EvidenceCode SHELTER_TEMPERATURE = EvidenceCode.quantity("nomadic.shelter.temperature",
            "shelter inside temperature", "Cel", "-50", "50",
            "Air temperature inside the shelter at goat height, away from doors and heaters.", SubjectKind.SHELTER);
    static final EvidenceCode KIDDING_PEN_TEMPERATURE = EvidenceCode.quantity("nomadic.kidding-pen.temperature",
            "kidding pen temperature", "Cel", "-50", "50", "Air temperature inside the kidding pen at goat height.",
            SubjectKind.KIDDING_PEN);
    static final EvidenceCode KIDS_SHED_TEMPERATURE = EvidenceCode.quantity("nomadic.kids-shed.temperature",
            "kids' shed temperature", "Cel", "-50", "50", "Air temperature inside the kids' shed at kid height.",
            SubjectKind.KIDS_SHED);
    static final EvidenceCode SHELTER_BEDDING = beddingInterval(SubjectKind.SHELTER, "shelter");
    static final EvidenceCode KIDDING_PEN_BEDDING = beddingInterval(SubjectKind.KIDDING_PEN, "kidding pen");
    static final EvidenceCode KIDS_SHED_BEDDING = beddingInterval(SubjectKind.KIDS_SHED, "kids' shed");
    static final EvidenceCode CURTAINS = EvidenceCode.attestation("nomadic.shelter.drop-curtains",
            "Drop curtains close the open side and are opened after sunrise",
            "For a semi-closed shelter: whether its open side has drop curtains that are easy to open after sunrise, "
                    + "for warmth and for air.", SubjectKind.SHELTER);
    static final EvidenceCode DAYLIGHT = EvidenceCode.attestation("nomadic.shelter.daylight-design",
            "The shelter's design lets in natural light",
            "Whether openings, orientation or translucent parts let daylight into the shelter.", SubjectKind.SHELTER);
    static final EvidenceCode SAFE = EvidenceCode.attestation("nomadic.shelter.safe-from-weather-and-predators",
            "The shelter keeps goats safe from adverse weather and wild predators",
            "Whether walls, gates and roof keep out wolves, foxes and other predators and protect the goats in "
                    + "storms, snow and heavy rain.", SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = List.of(SHELTER_TEMPERATURE, KIDDING_PEN_TEMPERATURE,
            KIDS_SHED_TEMPERATURE, SHELTER_BEDDING, KIDDING_PEN_BEDDING, KIDS_SHED_BEDDING, CURTAINS, DAYLIGHT, SAFE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.3.1", "Temperatures and dry bedding")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .conflictsWith("6.9.1.3", "the kidding pen is 4 °C to 10 °C in 6.3.1 and 6 °C to 8 °C in 6.9.1.3")
                    .summary("The optimal temperature inside the shelter shall be -6 °C to 8 °C; kidding pens and kids' "
                            + "sheds are heated to stay between 4 °C and 10 °C. Wet bedding dung is replaced with dry "
                            + "dung once a day in shelters and kid pens.")
                    .rule(Rules.between("shelter-temperature", SHELTER_TEMPERATURE, SHELTER_TEMPERATURE_MIN,
                            SHELTER_TEMPERATURE_MAX).readAs(Wording.OPTIMUM_SHALL)
                            .onlyWhen(Household.winterSpring().and(Applicability.whenAttested(Household.SHELTER_IN_USE))))
                    .rule(Rules.between("kidding-pen-temperature", KIDDING_PEN_TEMPERATURE, KID_PEN_TEMPERATURE_MIN,
                            KID_PEN_TEMPERATURE_MAX).onlyWhen(kiddingPenInUse()))
                    .rule(Rules.between("kids-shed-temperature", KIDS_SHED_TEMPERATURE, KID_PEN_TEMPERATURE_MIN,
                            KID_PEN_TEMPERATURE_MAX).onlyWhen(kidsShedInUse()))
                    .rule(Rules.atMost("shelter-bedding", SHELTER_BEDDING, BEDDING_REPLACED_EVERY)
                            .onlyWhen(Applicability.whenAttested(Household.SHELTER_IN_USE)))
                    .rule(Rules.atMost("kidding-pen-bedding", KIDDING_PEN_BEDDING, BEDDING_REPLACED_EVERY)
                            .onlyWhen(kiddingPenInUse()))
                    .rule(Rules.atMost("kids-shed-bedding", KIDS_SHED_BEDDING, BEDDING_REPLACED_EVERY)
                            .onlyWhen(kidsShedInUse()))
                    .build(),
            Clause.of(DIS_2025, "6.3.2", "Drop curtains on semi-closed shelters")
                    .requirement().nomadic().freedoms(DISCOMFORT)
                    .summary("A semi-closed shelter has drop curtains that are easily opened after sunrise, for "
                            + "warmth and for ventilation.")
                    .rule(Rules.attested("drop-curtains", CURTAINS)
                            .onlyWhen(Applicability.whenChoice(Household.SHELTER_CONSTRUCTION, "semi-closed")))
                    .build(),
            Clause.of(DIS_2025, "6.3.3", "Natural light by design")
                    .requirement().nomadic().freedoms(DISCOMFORT)
                    .summary("The shelter is designed so that natural light reaches the goats.")
                    .rule(Rules.attested("daylight", DAYLIGHT))
                    .build(),
            Clause.of(DIS_2025, "6.3.4", "Safe from weather and predators")
                    .requirement().nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Shelters keep the goats safe, and their welfare assured, in adverse weather and from wild "
                            + "predators.")
                    .rule(Rules.attested("safe", SAFE))
                    .build());

    /** Kidding pens in use, on a household with kids this season. */
    private static Applicability kiddingPenInUse() {
        return Household.withKids().and(Applicability.whenAttested(Household.KIDDING_PEN_IN_USE));
    }

    /** Kids' sheds that hold kids, on a household with kids this season. */
    private static Applicability kidsShedInUse() {
        return Household.withKids().and(Applicability.whenAny(ShelterRequirements.KIDS_SHED_KIDS));
    }

    private static EvidenceCode beddingInterval(SubjectKind kind, String words) {
        return EvidenceCode.quantity("nomadic." + kind.name() + ".bedding-replacement-interval",
                "interval between wet-bedding replacements in the " + words, "d", "0", "90",
                "How often wet bedding dung in the " + words + " is removed and replaced with dry dung, as the time "
                        + "between two replacements (1 d for every day; 12 h for twice a day).", kind);
    }

    private ShelterEnvironment() {
    }
}
