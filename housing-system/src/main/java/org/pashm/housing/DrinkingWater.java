package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import java.util.Map;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 5.14: drinking water. */
final class DrinkingWater {

    // 5.14.3: goats need 3 to 5 litres of water a day depending on the season. The supply shall meet the need: at
    // least 3 L per goat per day is the requirement, 5 L (the hot season's need) is advice.
    static final Quantity WATER_NEED_MIN = Quantity.of("3", "L/d");
    static final Quantity WATER_NEED_MAX = Quantity.of("5", "L/d");

    static final EvidenceCode WATER_CLEAN = siteAttestation("water-sufficient-clean",
            "The farm gives sufficient, clean and fresh drinking water", "Water points and their state on the day.");
    static final EvidenceCode WATER_QUALITY = siteAttestation("water-quality",
            "The drinking water meets the applicable water quality standard", "The latest water test report.");
    static final EvidenceCode WATER_AT_ALL_TIMES = attestation(SubjectKind.SHELTER, "water-at-all-times",
            "The shed's goats have enough drinking water at any time",
            "Drinking points for the number, age and stage of the goats and their feed; water in them all day.");
    static final EvidenceCode NATURAL_SOURCE = siteAttestation("natural-water-source",
            "The farm draws on a natural water source", "A river, lake, spring or pond the goats drink from.");
    static final EvidenceCode NATURAL_SOURCE_RISK = siteAttestation("natural-water-risk-assessed",
            "The disease risks of the natural water source have been assessed", "The written risk assessment.");
    /** 5.14.3: "If there is no natural water source, ... hand well or deep well shall be drilled" (R4). */
    static final EvidenceCode WELLS = siteAttestation("wells-drilled",
            "Without a natural water source, hand or deep wells have been drilled so that the supply meets the "
                    + "goats' drinking needs", "The farm's wells or other water supply facilities and what they give.");
    static final EvidenceCode WATER_SUPPLY = HousingEvidence.quantity(SubjectKind.SITE, "water-supply",
            "daily water supply", "L/d", "0", "100000000",
            "Drinking water the farm's wells, mains or sources can deliver to the goats per day.");
    static final EvidenceCode GOATS = HousingEvidence.count(SubjectKind.SITE, "goats", "goats on the farm", 0,
            10000000, "Number of goats on the farm on the day, of all ages.");
    static final EvidenceCode NO_DROWNING = siteAttestation("kids-cannot-drown",
            "Drinking water facilities are designed so that kids cannot drown in them", "Depth and access of tubs "
                    + "and troughs.");
    static final EvidenceCode EQUIPMENT_CLEANED = siteAttestation("water-equipment-cleaned",
            "Drinking equipment is cleaned, and the water system maintained and disinfected, regularly",
            "Cleaning and disinfection records.");
    static final EvidenceCode EMERGENCY_SUPPLY = siteAttestation("emergency-water-supply",
            "There is an emergency water supply for drought, frost or breakdowns",
            "A reserve tank, a second well or a water-carting arrangement.");
    static final EvidenceCode MEDICATED_WATER_USED = siteAttestation("medicated-water-used",
            "Drugs or anti-stress agents are added to the drinking water", "Whether this is ever done.");
    static final EvidenceCode MEDICATED_WATER_VET = siteAttestation("medicated-water-under-vet",
            "Drugs in the water are dosed accurately under a veterinarian's guidance and each addition is recorded",
            "Prescriptions and the addition records.");

    static final List<EvidenceCode> CODES = List.of(WATER_CLEAN, WATER_QUALITY, WATER_AT_ALL_TIMES, NATURAL_SOURCE,
            NATURAL_SOURCE_RISK, WELLS, WATER_SUPPLY, GOATS, NO_DROWNING, EQUIPMENT_CLEANED, EMERGENCY_SUPPLY,
            MEDICATED_WATER_USED, MEDICATED_WATER_VET);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.14.1", "Sufficient, clean water")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("The farm gives sufficient, clean and fresh drinking water of the quality the "
                            + "applicable standard requires.")
                    .rule(Rules.attested("sufficient-clean", WATER_CLEAN))
                    .rule(Rules.attested("quality", WATER_QUALITY))
                    .build(),
            Clause.of(DIS_2025, "5.14.2", "Water available at any time")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Drinking facilities suit the number, age, stage and feed of the goats so that they "
                            + "have enough water at any time.")
                    .rule(Rules.attested("at-all-times", WATER_AT_ALL_TIMES))
                    .build(),
            Clause.of(DIS_2025, "5.14.3", "Water sources and daily need")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("The disease risks of a natural water source are assessed; without one, wells are "
                            + "drilled. The supply meets the goats' need of 3 to 5 litres a head a day, depending on "
                            + "the season.")
                    .rule(Rules.attested("natural-source-risk", NATURAL_SOURCE_RISK).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(NATURAL_SOURCE)))
                    .rule(Rules.attested("wells", WELLS).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.unlessAttested(NATURAL_SOURCE)))
                    .rule(Rules.perHead("daily-need", "daily water supply gives each goat at least 3 L a day",
                            WATER_SUPPLY, Map.of(GOATS, WATER_NEED_MIN)))
                    .rule(Rules.perHead("hot-season-need", "daily water supply gives each goat 5 L a day",
                            WATER_SUPPLY, Map.of(GOATS, WATER_NEED_MAX)).readAs(Wording.ALLOWANCE))
                    .build(),
            Clause.of(DIS_2025, "5.14.4", "No drowning of kids")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Drinking facilities are designed so that kids cannot drown.")
                    .rule(Rules.attested("no-drowning", NO_DROWNING))
                    .build(),
            Clause.of(DIS_2025, "5.14.5", "Clean water equipment")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Drinking equipment is cleaned, and the supply system maintained and disinfected, "
                            + "regularly so that the water stays clean.")
                    .rule(Rules.attested("cleaned", EQUIPMENT_CLEANED))
                    .build(),
            Clause.of(DIS_2025, "5.14.6", "Emergency water supply")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("An emergency supply covers drought, frost and breakdowns.")
                    .rule(Rules.attested("emergency", EMERGENCY_SUPPLY))
                    .build(),
            Clause.of(DIS_2025, "5.14.7", "Drugs in drinking water")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Drugs or anti-stress agents put in the water are dosed accurately under a "
                            + "veterinarian's guidance, and each addition is recorded.")
                    .rule(Rules.attested("under-vet", MEDICATED_WATER_VET).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(MEDICATED_WATER_USED)))
                    .build());

    private DrinkingWater() {
    }
}
