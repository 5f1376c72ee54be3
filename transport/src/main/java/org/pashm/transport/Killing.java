package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.transport.Scope.whenKilling;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 clause 12: killing of goats. The clause is one unnumbered paragraph under the heading "12"; following
 * the rule for unnumbered paragraphs it takes the heading's number, 12, rather than an invented 12.1.
 */
final class Killing {

    /** 12 and Bibliography [2]: the chapter of the WOAH Terrestrial Animal Health Code that killing follows. */
    static final String WOAH_CHAPTER = "7.6";

    static final EvidenceCode KILLING_PER_WOAH = EvidenceCode.attestation("transport.site.killing-per-woah-code",
            "Goats are killed by the methods of chapter " + WOAH_CHAPTER + " of the WOAH Terrestrial Animal Health Code",
            "Whether every goat the site killed was killed as chapter " + WOAH_CHAPTER + " (killing of animals for "
                    + "disease control purposes) of the World Organisation for Animal Health's Terrestrial Animal "
                    + "Health Code sets out: trained staff, handling and restraint that spare the animal, an "
                    + "approved method that makes it unconscious at once, and a check of death.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(KILLING_PER_WOAH);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "12", "Killing of goats by WOAH methods")
                    .requirement().bothSystems().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Cashmere goats are killed as the World Organisation for Animal Health's Terrestrial "
                            + "Animal Health Code, chapter " + WOAH_CHAPTER + " (killing of animals for disease control "
                            + "purposes), sets out.")
                    .rule(whenKilling(Rules.attested("woah-methods", KILLING_PER_WOAH)))
                    .build());

    private Killing() {
    }
}
