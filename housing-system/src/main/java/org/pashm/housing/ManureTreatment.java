package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.17: treatment of manure. */
final class ManureTreatment {

    static final EvidenceCode WASTE_PLAN = siteAttestation("waste-disposal-plan",
            "The farm has a waste disposal plan", "The written plan.");
    static final EvidenceCode HARMLESS_TREATMENT = siteAttestation("waste-treated-harmlessly",
            "Farm waste is treated harmlessly so that it neither pollutes nor spreads disease",
            "How manure, bedding, carcasses and other waste are treated.");
    static final EvidenceCode MANURE_FACILITIES = siteAttestation("manure-facilities",
            "Dedicated manure storage yards and treatment facilities treat manure promptly as the standards and "
                    + "regulations require", "The manure yard and its records.");
    static final EvidenceCode MANURE_REUSED = siteAttestation("manure-reused", "Manure is used as a resource",
            "Composted manure spread on fields, sold or used for biogas.");

    static final List<EvidenceCode> CODES = List.of(WASTE_PLAN, HARMLESS_TREATMENT, MANURE_FACILITIES, MANURE_REUSED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.17.1", "Waste disposal plan")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The farm has a waste disposal plan and treats its waste harmlessly, to avoid pollution "
                            + "and the spread of disease.")
                    .rule(Rules.attested("plan", WASTE_PLAN))
                    .rule(Rules.attested("harmless", HARMLESS_TREATMENT))
                    .build(),
            Clause.of(DIS_2025, "5.17.2", "Manure storage and treatment")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Dedicated manure storage yards and treatment facilities treat manure promptly as the "
                            + "standards and regulations require.")
                    .rule(Rules.attested("facilities", MANURE_FACILITIES))
                    .build(),
            Clause.of(DIS_2025, "5.17.3", "Manure as a resource")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Manure is put to use as a resource.")
                    .rule(Rules.attested("reused", MANURE_REUSED))
                    .build());

    private ManureTreatment() {
    }
}
