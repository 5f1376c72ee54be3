package org.pashm.housing;

import org.pashm.core.record.RecordField;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.LAND_PARCEL;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;

/**
 * ISO 22786 5.16: ranch management, the farm's own grazing and crop land. Soil tests (5.16.5) are judged per land
 * parcel; every rule is not applicable on a farm that has no such land.
 */
final class RanchManagement {

    static final EvidenceCode HAS_LAND = siteAttestation("grazing-or-crop-land",
            "The farm manages grazing or crop land of its own",
            "Pasture, meadow or feed-crop fields that the farm uses or farms.");
    private static final Applicability ON_LAND = Applicability.whenAttested(HAS_LAND);

    static final EvidenceCode PASTURE_MAINTAINED = siteAttestation("pasture-maintained",
            "The pasture is maintained regularly through the seasons to keep its ecology good",
            "Maintenance plan and records (reseeding, rest, repairs).");
    static final EvidenceCode BIOLOGICAL_CONTROL = siteAttestation("biological-pest-control",
            "Pests and diseases of grassland and feed crops are controlled by biological and physical methods, not "
                    + "chemical insecticides", "The pest control records.");
    static final EvidenceCode DRIFT_SPRAYING = siteAttestation("spraying-with-drift-risk",
            "Insecticide is sprayed where it risks drifting onto non-target areas",
            "Spraying records, weather at spraying and distance to other land. \"yes\" when found.");
    static final EvidenceCode POISONOUS_WEEDS = siteAttestation("poisonous-weeds-controlled",
            "Poisonous weeds on the grazing land are cleared and kept from spreading", "A walk over the grazing land.");
    static final EvidenceCode PASTURE_POLLUTED = siteAttestation("pasture-polluted",
            "The goat farming pollutes the pasture", "Manure, waste, litter or run-off on the pasture. \"yes\" when "
                    + "found.");

    /** 5.16.5: soil is tested at least every three years. */
    static final Period SOIL_TEST_INTERVAL = Period.ofYears(3);

    static final EvidenceCode LAST_SOIL_TEST = HousingEvidence.date(LAND_PARCEL, "last-soil-test", "last soil test",
            "Date of the parcel's latest soil test, from the laboratory report.");
    static final EvidenceCode SOIL_TEST_CONTENT = HousingEvidence.attestation(LAND_PARCEL, "soil-test-content",
            "The latest soil test covered major nutrients, pH and soil organic matter", "The laboratory report.");
    static final EvidenceCode FERTILISER_ON_FROZEN = HousingEvidence.attestation(LAND_PARCEL,
            "fertiliser-on-frozen-or-waterlogged-soil",
            "Chemical fertiliser is applied to frozen or waterlogged soil",
            "Fertiliser records against the dates the soil was frozen or waterlogged. \"yes\" when found.");

    static final EvidenceCode MULCH_USED = siteAttestation("crop-mulch-used", "Crops on the farm are mulched",
            "Whether mulch film or other mulch is laid on the farm's crops.");
    static final EvidenceCode MULCH_BIODEGRADABLE = siteAttestation("mulch-biodegradable",
            "Mulch is biodegradable, or non-degradable mulch is collected and treated properly",
            "The mulch used and what happens to it after the season.");
    static final EvidenceCode WILDLIFE_BALANCE = siteAttestation("wildlife-balance",
            "The pasture's wild plants and wildlife (rats and voles aside) are kept in ecological balance",
            "The measures taken: no persecution of wildlife, refuges, mixed swards.");
    static final EvidenceCode NON_CHEMICAL_CONTROL = siteAttestation("non-chemical-pest-and-rodent-control",
            "Diseases, pests and rodents of grassland and feed crops are controlled by biological or physical means",
            "Traps, predators' perches, biological agents instead of poisons.");

    static final List<EvidenceCode> CODES = List.of(HAS_LAND, PASTURE_MAINTAINED, BIOLOGICAL_CONTROL, DRIFT_SPRAYING,
            POISONOUS_WEEDS, PASTURE_POLLUTED, LAST_SOIL_TEST, SOIL_TEST_CONTENT, FERTILISER_ON_FROZEN, MULCH_USED,
            MULCH_BIODEGRADABLE, WILDLIFE_BALANCE, NON_CHEMICAL_CONTROL);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.16.1", "Pasture maintenance")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("The pasture is maintained regularly, season by season, to keep its ecology good.")
                    .rule(Rules.attested("maintained", PASTURE_MAINTAINED).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.2", "Biological and physical pest control")
                    .requirement().housing().freedoms(INJURY_DISEASE, HUNGER_THIRST)
                    .summary("Diseases and pests of grassland and feed crops are controlled by biological and "
                            + "physical methods instead of chemical insecticides.")
                    .rule(Rules.attested("non-chemical", BIOLOGICAL_CONTROL).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.3", "Insecticide spraying and poisonous weeds")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Insecticide may be sprayed, on the target area only, when monitoring shows a pest "
                            + "level nothing else controls; spraying is not allowed where it risks drifting to other "
                            + "areas. Poisonous weeds on grazing land are cleared and kept from spreading.")
                    .rule(Rules.never("no-drift", DRIFT_SPRAYING).strength(Strength.PROHIBITION).onlyWhen(ON_LAND))
                    .rule(Rules.attested("poisonous-weeds", POISONOUS_WEEDS).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.4", "No pollution of the pasture")
                    .prohibition().housing().freedoms(INJURY_DISEASE, HUNGER_THIRST)
                    .summary("Goat farming never pollutes the pastureland.")
                    .rule(Rules.never("no-pollution", PASTURE_POLLUTED).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.5", "Soil testing; no fertiliser on frozen or waterlogged soil")
                    .requirement().housing().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("The soil of grazing and crop land is tested at least every three years for major "
                            + "nutrients, pH and organic matter. Chemical fertiliser on frozen or waterlogged soil is "
                            + "prohibited.")
                    .rule(Rules.notOlderThan("soil-test", LAST_SOIL_TEST, SOIL_TEST_INTERVAL).onlyWhen(ON_LAND))
                    .rule(Rules.attested("soil-test-content", SOIL_TEST_CONTENT).onlyWhen(ON_LAND))
                    .rule(Rules.never("no-fertiliser-on-frozen-soil", FERTILISER_ON_FROZEN)
                            .strength(Strength.PROHIBITION).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.6", "Biodegradable mulch")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Crop mulch on the farm is biodegradable; non-degradable mulch is treated properly.")
                    .rule(Rules.attested("biodegradable", MULCH_BIODEGRADABLE)
                            .onlyWhen(ON_LAND.and(Applicability.whenAttested(MULCH_USED))))
                    .build(),
            Clause.of(DIS_2025, "5.16.7", "Wild plants and wildlife")
                    .requirement().housing().freedoms(HUNGER_THIRST)
                    .summary("Effective measures keep the pasture's wild plants and wildlife (other than rats and "
                            + "voles) in ecological balance.")
                    .rule(Rules.attested("balance", WILDLIFE_BALANCE).onlyWhen(ON_LAND))
                    .build(),
            Clause.of(DIS_2025, "5.16.8", "Non-chemical control of pests and rodents")
                    .advice().housing().freedoms(INJURY_DISEASE)
                    .summary("Biological or physical methods are recommended against diseases, pests and rodents of "
                            + "grassland and feed crops.")
                    .rule(Rules.attested("non-chemical", NON_CHEMICAL_CONTROL).onlyWhen(ON_LAND))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("soil-testing", DIS_2025, List.of(ClauseNumber.of("5.16.5")),
            "Soil testing of grazing and crop land",
            "Test the soil of each parcel of grazing and crop land for major nutrients, pH and organic matter.",
            LAND_PARCEL, Set.of(ProductionSystem.HOUSING), new Recurrence.Every(SOIL_TEST_INTERVAL)));

    /** 5.16.5: the soil test covers "major nutrients, pH value, and soil organic matters". */
    private static final String NUTRIENT_UNIT = "mg/kg of dry soil";

    /**
     * 5.16.5: a soil test of a parcel, with its results. An evaluation of grazing land, kept 10 years (11.1.2). The
     * ranges are what a soil can hold (nutrients up to 10 % of the dry mass, pH 0 to 14), not targets.
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            RecordKind.of(DIS_2025, "soil-test", "Soil test").clauses("5.16.5").about(LAND_PARCEL)
                    .fulfils("soil-testing")
                    .field(RecordField.number("nitrogen", "0", "100000", NUTRIENT_UNIT, "Nitrogen, a major nutrient"))
                    .field(RecordField.number("phosphorus", "0", "100000", NUTRIENT_UNIT,
                            "Phosphorus, a major nutrient"))
                    .field(RecordField.number("potassium", "0", "100000", NUTRIENT_UNIT, "Potassium, a major nutrient"))
                    .field(RecordField.number("ph", "0", "14", "pH", "The soil's pH value"))
                    .field(RecordField.number("organicMatter", "0", "100", "% of dry mass", "Soil organic matter"))
                    .keptAs(Iso22786Retention.GRAZING_LAND_EVALUATION).build());

    private RanchManagement() {
    }
}
