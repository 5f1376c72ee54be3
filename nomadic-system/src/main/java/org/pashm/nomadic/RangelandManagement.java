package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/** ISO 22786 6.16: rangeland management. */
final class RangelandManagement {

    /** 6.16.4 (and 11.2.4): rangeland health and biodiversity are monitored every year. */
    static final Period RANGELAND_MONITORING_INTERVAL = Period.ofYears(1);

    static final EvidenceCode LAST_MONITORING = EvidenceCode.date("nomadic.site.last-rangeland-monitoring",
            "last rangeland health and biodiversity monitoring",
            "The day the household's rangeland health and biodiversity were last monitored.", SubjectKind.SITE);
    static final EvidenceCode MOTORCYCLES = EvidenceCode.attestation("nomadic.site.motorcycles-used",
            "Motorcycles or vehicles are used when tending goats on rangelands",
            "Whether the herder tends the goats on the rangeland with a motorcycle or another vehicle.",
            SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(LAST_MONITORING, MOTORCYCLES);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.16.4", "Annual rangeland health and biodiversity monitoring")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Rangeland health and biodiversity are monitored every year, so that the herd has enough "
                            + "nutrition, water and minerals.")
                    .rule(Rules.notOlderThan("annual", LAST_MONITORING, RANGELAND_MONITORING_INTERVAL))
                    .build(),
            Clause.of(DIS_2025, "6.16.5", "No motorcycles or vehicles when tending goats")
                    .prohibition().nomadic().freedoms(FEAR_STRESS)
                    .summary("Goats on the rangeland are tended without motorcycles or other vehicles, so as not to "
                            + "stress the herd.")
                    .rule(Rules.never("motorcycles", MOTORCYCLES))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("rangeland-monitoring", DIS_2025,
            List.of(ClauseNumber.of("6.16.4")), "Rangeland health and biodiversity monitoring",
            "Monitor the health and biodiversity of the household's seasonal rangelands, with herders and the local "
                    + "authority (11.2.4).", SubjectKind.SITE, null, Set.of(ProductionSystem.NOMADIC),
            new Recurrence.Every(RANGELAND_MONITORING_INTERVAL)));

    private RangelandManagement() {
    }
}
