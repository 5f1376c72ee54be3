package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 6.19: cashmere harvesting in the nomadic system. */
final class CashmereHarvesting {

    /** 6.19.1.1: fibre is harvested once a year. */
    static final long HARVESTS_PER_YEAR_MAX = 1;

    static final EvidenceCode METHOD = EvidenceCode.choice("nomadic.harvest-session.method", "harvest method",
            List.of("combing", "shearing"), "How the fibre of the session was harvested.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode HARVESTS_PER_YEAR = EvidenceCode.count("nomadic.site.harvests-per-year",
            "cashmere harvests in the last twelve months", 0, 12,
            "How many times the herd's cashmere was harvested in the twelve months before the assessment.",
            SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(METHOD, HARVESTS_PER_YEAR);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.19.1.1", "Harvest once a year, by combing only")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Cashmere is harvested in the moulting season, following the fibre's natural growth, "
                            + "once a year and by combing only.")
                    .rule(Rules.oneOf("combing-only", METHOD, "combing"))
                    .rule(Rules.atMost("once-a-year", HARVESTS_PER_YEAR, HARVESTS_PER_YEAR_MAX))
                    .build());

    private CashmereHarvesting() {
    }
}
