package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/** ISO 22786 5.4: environmental hygiene in the farm areas (assessment, pollution control, grazing, behaviour). */
final class EnvironmentalHygiene {

    static final EvidenceCode ENVIRONMENTAL_ASSESSMENT = siteAttestation("environmental-assessment",
            "An environmental assessment of the farm was made under the rules on pollution from livestock farming",
            "The environmental impact assessment or approval made when the farm was built (or the one in force, for "
                    + "a farm built before such assessments were required).");
    static final EvidenceCode ENVIRONMENT_MONITORED = siteAttestation("environment-monitored",
            "Air, water and soil on the site are monitored regularly and improvements are made so that the site and "
                    + "its surroundings do not pollute each other",
            "Monitoring results for the site's air, water and soil, and the actions taken on them.");
    static final EvidenceCode POLLUTION_CONTROL = siteAttestation("pollution-control-equipment",
            "The farm has processes and equipment to reduce pollutants, treat animal waste and reuse resources",
            "Manure and waste-water handling, composting or biogas, and how residues are put to use.");
    static final EvidenceCode GRASSLAND_SUITABLE = siteAttestation("grassland-suitable",
            "The grassland around the farm is suitable for grazing",
            "Whether pasture and water within reach of the farm can carry its goats for part of the year.");
    static final EvidenceCode ABNORMAL_BEHAVIOUR_WATCHED = siteAttestation("abnormal-behaviour-watched",
            "Abnormal goat behaviour is watched for often, recorded, analysed and corrected promptly",
            "The farm's behaviour observations (e.g. when pasture or water is short, goats lose weight or fall "
                    + "ill) and the corrective actions taken.");

    static final List<EvidenceCode> CODES = List.of(ENVIRONMENTAL_ASSESSMENT, ENVIRONMENT_MONITORED,
            POLLUTION_CONTROL, GRASSLAND_SUITABLE, ABNORMAL_BEHAVIOUR_WATCHED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.4.1", "Environmental assessment and monitoring")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("A new goat farm has an environmental assessment made under the law on pollution from "
                            + "large-scale livestock farming. The site's air, water and soil are to be monitored "
                            + "regularly and improved so that site and surroundings do not pollute each other.")
                    .rule(Rules.attested("assessment", ENVIRONMENTAL_ASSESSMENT))
                    // 5.4.1: "Regularly monitor environmental parameters ... promptly take ... measures" (R1).
                    .rule(Rules.attested("monitoring", ENVIRONMENT_MONITORED).readAs(Wording.IMPERATIVE))
                    .build(),
            Clause.of(DIS_2025, "5.4.2", "Pollution reduction and waste treatment")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The farm has the processes and equipment to reduce pollutants, treat animal waste and "
                            + "reuse resources.")
                    .rule(Rules.attested("equipment", POLLUTION_CONTROL))
                    .build(),
            Clause.of(DIS_2025, "5.4.3", "Grazing and abnormal behaviour")
                    .requirement().housing().freedoms(NORMAL_BEHAVIOUR, FEAR_STRESS)
                    .summary("Where the grassland suits grazing, goats are grazed, as their nature needs. Abnormal "
                            + "behaviour (when pasture or water is short, goats lose weight or fall ill) is watched for "
                            + "often, recorded, analysed and corrected promptly.")
                    .rule(Rules.attested("grazing", HousingEvidence.GOATS_GRAZE).readAs(Wording.CONDITIONAL)
                            .onlyWhen(Applicability.whenAttested(GRASSLAND_SUITABLE)))
                    .rule(Rules.attested("abnormal-behaviour", ABNORMAL_BEHAVIOUR_WATCHED))
                    .build());

    private EnvironmentalHygiene() {
    }
}
