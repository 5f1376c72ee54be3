package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 6.21: the harvesting site. The nomadic system gives no temperature for the harvesting shed (only
 * "neither too hot nor too cold"), so none is checked: the housing system's 15 °C to 20 °C does not apply here.
 */
final class HarvestSite {

    static final String CANVAS = "canvas";
    static final String NATURAL_FABRIC = "natural-fabric";

    static final EvidenceCode QUIET_AREA = EvidenceCode.attestation("nomadic.harvest-session.spacious-quiet-area",
            "The harvest takes place in a spacious area free of pollution and noise",
            "Whether the harvesting area is roomy, unpolluted and quiet.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode DEDICATED_SHED = EvidenceCode.attestation("nomadic.harvest-session.dedicated-shed",
            "The harvest takes place in a shed or tent set aside for it: spacious, well lit, neither too hot nor too "
                    + "cold, and sheltered from wind",
            "Whether the session uses a specially allocated shed or tent with those qualities.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode CLEAN_LEVEL = EvidenceCode.attestation("nomadic.harvest-session.clean-level-ground",
            "The harvesting site is clean, on level ground", "Whether the site is clean and its ground level.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode GROUND_COVER = EvidenceCode.choice("nomadic.harvest-session.ground-cover",
            "ground cover of the harvesting site", List.of(CANVAS, NATURAL_FABRIC, "petroleum-based", "none"),
            "What covers the ground where goats are combed: canvas, another covering free of petroleum-based "
                    + "material (felt, cotton or wool cloth), a petroleum-based sheet (plastic, polypropylene, nylon), "
                    + "or nothing.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode CONTAMINANTS_REMOVED = EvidenceCode.attestation(
            "nomadic.harvest-session.contaminants-removed",
            "Contaminants and foreign matter are removed from the site before the harvest",
            "Whether the site was cleared of contaminants and foreign matter before combing began.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode CLEANED = EvidenceCode.attestation("nomadic.harvest-session.site-cleaned-daily",
            "The site is cleaned the day before the harvest and every day after it",
            "Whether the harvesting site was cleaned on the eve of the harvest and after each harvesting day.",
            SubjectKind.HARVEST_SESSION);

    /**
     * 6.21.4: the site "shall be cleaned the day before and every day after cashmere harvesting": from the eve of the
     * harvest to its last day, at most a day between two cleanings.
     */
    static final Quantity CLEANED_EVERY = Quantity.of("1", "d");
    static final EvidenceCode CLEANING_INTERVAL = EvidenceCode.quantity("nomadic.harvest-session.site-cleaning-interval",
            "longest time between two cleanings of the harvesting site", "d", "0", "60",
            "From the cleaning on the eve of the harvest to the one after its last day, the longest time between two "
                    + "cleanings of the site (1 d when it was cleaned the day before and after every day).",
            SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(QUIET_AREA, DEDICATED_SHED, CLEAN_LEVEL, GROUND_COVER,
            CONTAMINANTS_REMOVED, CLEANED, CLEANING_INTERVAL);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.21.1", "A spacious site free of pollution and noise")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Cashmere is harvested in a spacious area, free of pollution and noise.")
                    .rule(Rules.attested("spacious-quiet", QUIET_AREA))
                    .build(),
            Clause.of(DIS_2025, "6.21.2", "A dedicated harvesting shed or tent")
                    .requirement().nomadic().freedoms(DISCOMFORT, FEAR_STRESS)
                    .summary("Cashmere is harvested in a specially allocated shed or tent that is spacious, well lit, "
                            + "neither too hot nor too cold, and well protected from wind.")
                    .rule(Rules.attested("dedicated-shed", DEDICATED_SHED))
                    .build(),
            Clause.of(DIS_2025, "6.21.3", "Clean, level ground covered without petroleum-based material")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The harvesting site is clean with level ground, covered with canvas or another covering "
                            + "free of petroleum-based materials.")
                    .rule(Rules.attested("clean-level", CLEAN_LEVEL))
                    .rule(Rules.oneOf("ground-cover", GROUND_COVER, CANVAS, NATURAL_FABRIC))
                    .build(),
            Clause.of(DIS_2025, "6.21.4", "Site cleared and cleaned")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Contaminants and foreign matter are removed from the site before the harvest, and the site "
                            + "is cleaned the day before and every day after harvesting.")
                    .rule(Rules.attested("contaminants-removed", CONTAMINANTS_REMOVED))
                    .rule(Rules.measuredElseAttested(Rules.atMost("cleaned", CLEANING_INTERVAL, CLEANED_EVERY), CLEANED))
                    .build());

    private HarvestSite() {
    }
}
