package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.standard.Clause;

/** ISO 22786 5.7: farm greening (the unnumbered paragraph under the heading takes its number). */
final class FarmGreening {

    static final EvidenceCode GREENED = siteAttestation("greened",
            "The living, production and shade areas of the farm are planted",
            "Trees, shrubs or grass in each of these areas.");
    static final EvidenceCode TALL_DECIDUOUS = siteAttestation("tall-deciduous-trees",
            "The trees planted are tall deciduous trees", "The species of the farm's trees.");
    static final EvidenceCode PURIFYING_PLANTS = siteAttestation("purifying-plants",
            "Trees and flowers that improve the environment and purify the air are planted",
            "The species planted.");
    static final EvidenceCode HARMFUL_PLANTS = siteAttestation("harmful-plants",
            "Toxic, thorny or fluff-shedding plants are planted on the farm",
            "\"yes\" when any such plant is found where goats live or feed.");

    static final List<EvidenceCode> CODES = List.of(GREENED, TALL_DECIDUOUS, PURIFYING_PLANTS, HARMFUL_PLANTS);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.7", "Farm greening")
                    .requirement().housing().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The living, production and shade areas are planted, with tall deciduous trees. "
                            + "Recommended: plants that improve and purify the air; not advisable: toxic, thorny or "
                            + "fluff-shedding plants. Tree and plant cover shows progress.")
                    .rule(Rules.attested("greened", GREENED))
                    .rule(Rules.attested("tall-deciduous", TALL_DECIDUOUS))
                    .rule(Rules.attested("purifying", PURIFYING_PLANTS).advice())
                    .rule(Rules.never("harmful-plants", HARMFUL_PLANTS).advice())
                    .build());

    private FarmGreening() {
    }
}
