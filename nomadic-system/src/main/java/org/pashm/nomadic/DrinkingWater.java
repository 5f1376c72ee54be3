package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 6.14: drinking water. */
final class DrinkingWater {

    /**
     * 6.14.1.2: goats "shall be allowed to drink (3 to 5) litres of water per day depending on the season, age,
     * physiological status and type of feed": at least 3 L per goat per day, a requirement (docs/reading-the-standard.md,
     * R7); the 5 L upper end of this allowance is advice (R12): more water does not harm a goat.
     */
    static final Quantity WATER_PER_GOAT_MIN = Quantity.of("3", "L/d");
    static final Quantity WATER_PER_GOAT_MAX = Quantity.of("5", "L/d");

    static final EvidenceCode YEAR_ROUND = EvidenceCode.attestation("nomadic.site.year-round-water",
            "The household's water sources meet the herd's needs all year",
            "Whether the wells, springs, rivers or delivered water the household uses give enough water in every "
                    + "season.", SubjectKind.SITE);
    static final EvidenceCode QUALITY = EvidenceCode.attestation("nomadic.site.water-quality-meets-national-standard",
            "Drinking water quality meets the country's standards",
            "Whether the goats' drinking water meets the national drinking water standard for livestock (a test "
                    + "report or the water authority's record).", SubjectKind.SITE);
    static final EvidenceCode NATURAL_SOURCES = EvidenceCode.attestation("nomadic.site.natural-water-sources-used",
            "Natural water sources are used", "Whether the goats drink from rivers, lakes, springs or ponds.",
            SubjectKind.SITE);
    static final EvidenceCode RISKS_ASSESSED = EvidenceCode.attestation("nomadic.site.water-risks-assessed",
            "The disease and pollution risks of natural water sources have been assessed",
            "Whether the risks of disease and pollution from the natural water sources used were assessed.",
            SubjectKind.SITE);
    static final EvidenceCode WELLS = EvidenceCode.attestation("nomadic.site.water-facilities",
            "Adequate drinking water facilities (a hand well or deep well) are provided",
            "Where no natural water source exists: whether a hand well, deep well or other adequate facility supplies "
                    + "the herd.", SubjectKind.SITE);
    static final EvidenceCode WATER_PER_GOAT = EvidenceCode.quantity("nomadic.site.water-per-goat",
            "drinking water allowed per goat per day", "L/d", "0", "30",
            "Water the goats are allowed to drink per head and day, in the season of the assessment: the water drawn "
                    + "or delivered for the herd divided by its headcount.", SubjectKind.SITE);
    static final EvidenceCode SMALL_GROUPS = EvidenceCode.attestation("nomadic.site.watered-in-small-groups",
            "Goats are watered in small groups so that every goat drinks enough",
            "Whether the herd is brought to water in small groups, so that no goat is pushed away.", SubjectKind.SITE);
    static final EvidenceCode EMERGENCY = EvidenceCode.attestation("nomadic.site.emergency-water-supply",
            "Emergency water supply measures are in place",
            "Whether the household can still water the herd when drought, freezing or a failure of the water system "
                    + "interrupts the usual supply (stored water, a second source, a delivery arrangement).",
            SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(YEAR_ROUND, QUALITY, NATURAL_SOURCES, RISKS_ASSESSED, WELLS,
            WATER_PER_GOAT, SMALL_GROUPS, EMERGENCY);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.14.1.1", "Water all year, of national standard quality")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Herders have water sources that meet the goats' needs throughout the year, and the "
                            + "drinking water meets the country's quality standards.")
                    .rule(Rules.attested("year-round", YEAR_ROUND))
                    .rule(Rules.attested("quality", QUALITY))
                    .build(),
            Clause.of(DIS_2025, "6.14.1.2", "Safe sources, wells and 3 L to 5 L a day")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Where natural water sources are used, their disease and pollution risks are assessed; "
                            + "where none exists, adequate facilities such as a hand well or deep well are provided. "
                            + "Goats are allowed 3 L to 5 L a day, depending on season, age, physiological status and "
                            + "feed.")
                    .rule(Rules.attested("risks-assessed", RISKS_ASSESSED)
                            .onlyWhen(Applicability.whenAttested(NATURAL_SOURCES)))
                    .rule(Rules.attested("wells", WELLS).onlyWhen(Applicability.unlessAttested(NATURAL_SOURCES)))
                    .rule(Rules.atLeast("water-per-goat", WATER_PER_GOAT, WATER_PER_GOAT_MIN).readAs(Wording.RANGE))
                    .rule(Rules.atMost("water-per-goat-max", WATER_PER_GOAT, WATER_PER_GOAT_MAX).readAs(Wording.ALLOWANCE))
                    .build(),
            Clause.of(DIS_2025, "6.14.1.3", "Watering in small groups")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Goats are watered in small groups so that each of them gets enough water.")
                    .rule(Rules.attested("small-groups", SMALL_GROUPS))
                    .build(),
            Clause.of(DIS_2025, "6.14.1.4", "Emergency water supply")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Herders have emergency measures so that drought, freezing or a fault in the water system "
                            + "does not cut the herd's water.")
                    .rule(Rules.attested("emergency", EMERGENCY))
                    .build());

    private DrinkingWater() {
    }
}
