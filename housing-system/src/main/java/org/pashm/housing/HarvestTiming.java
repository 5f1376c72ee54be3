package org.pashm.housing;

import org.pashm.core.iso22786.Iso22786Harvest;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.housing.HousingEvidence.HARVESTED;
import static org.pashm.housing.HousingEvidence.attestation;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.text.Sentence;

/** ISO 22786 5.20: timing of the cashmere harvest. */
final class HarvestTiming {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;

    // 5.20.1: housing cashmere goats shed their down "from mid-April to mid-June each year", read as 15 April to
    // 15 June, both days included. The standard adds that the moult varies from place to place, so a session outside
    // the window conforms when the auditor attests that the goats were moulting.
    static final MonthDay MOULT_OPENS = MonthDay.of(4, 15);
    static final MonthDay MOULT_CLOSES = MonthDay.of(6, 15);

    static final EvidenceCode DATE = HousingEvidence.date(SESSION, "date", "harvest date",
            "First day of the harvest session.");
    static final EvidenceCode MOULTING = attestation(SESSION, "goats-moulting", "The goats were moulting when harvested",
            "The down around head, ears and eyes loosening, body down lifting from the skin. Needed above all for a "
                    + "session outside mid-April to mid-June.");
    static final EvidenceCode BEST_TIME = attestation(SESSION, "best-time",
            "Harvest began when the down round the head, ears and eyes started to fall and the body down's roots to "
                    + "loosen", "The state of the goats' coats when the session began.");
    static final EvidenceCode GOOD_WEATHER = attestation(SESSION, "good-weather",
            "Harvest was done in warm, stable weather and suspended in overcast, rainy, windy, snowy or extreme weather",
            "The weather on the session's days.");

    static final List<EvidenceCode> CODES = List.of(DATE, MOULTING, BEST_TIME, GOOD_WEATHER);

    static final Sentence MOULT_WINDOW = Sentence.text("housing/5.20.1/moulting-season/window",
            "mid-April to mid-June");
    static final Sentence MOULT_VARIES = Sentence.text("housing/5.20.1/moulting-season/why-it-varies",
            "the moult varies from place to place");

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.20.1", "Moulting season")
                    .requirement().housing().freedoms(FEAR_STRESS, DISCOMFORT)
                    .summary("Cashmere is collected during the moult, which for these goats runs from mid-April to "
                            + "mid-June (taken as 15 April to 15 June) but varies with strain, age, environment, "
                            + "nutrition, physiology and place.")
                    .rule(Iso22786Harvest.inTheMoult("harvested between April 15 and June 15, or outside it while the "
                                    + "goats were moulting", SESSION, DATE, MOULTING, MOULT_OPENS, MOULT_CLOSES,
                            MOULT_WINDOW, MOULT_VARIES).onlyWhen(HARVESTED))
                    .build(),
            // 5.20.2: "The best time to collect cashmere is when ...": an optimum with no "shall" (R3).
            Clause.of(DIS_2025, "5.20.2", "Best time to collect")
                    .readAs(Wording.OPTIMUM).housing().freedoms(FEAR_STRESS)
                    .summary("The best time is when the down round the head, ears and eyes begins to fall and the "
                            + "roots of the body down begin to loosen from the skin.")
                    .rule(Rules.attested("best-time", BEST_TIME).onlyWhen(HARVESTED))
                    .build(),
            // 5.20.3: "Choose to collect cashmere during a period of warm and stable climate. Suspend ..." (R1).
            Clause.of(DIS_2025, "5.20.3", "Weather")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(DISCOMFORT, FEAR_STRESS)
                    .summary("Harvest in warm, stable weather; suspend it on overcast, rainy, windy or snowy days and "
                            + "in extreme weather.")
                    .rule(Rules.attested("weather", GOOD_WEATHER).onlyWhen(HARVESTED))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("cashmere-harvest", DIS_2025,
            List.of(ClauseNumber.of("5.19.1.1"), ClauseNumber.of("5.20.1")), "Cashmere harvest",
            "Comb or shear the goats once a year, in the moult (15 April to 15 June unless the local moult differs).",
            SubjectKind.SITE, Set.of(ProductionSystem.HOUSING), new Recurrence.YearlyWindow(MOULT_OPENS,
            MOULT_CLOSES)));

    /** The yearly harvest (5.19.1.1, 5.20.1); the nomadic system's harvest is recorded as the same kind. */
    static final List<RecordKind> RECORD_KINDS = List.of(RecordKind.of(DIS_2025, "harvest", "Cashmere harvest")
            .clauses("5.19.1.1", "5.20.1").about(SubjectKind.SITE).fulfils("cashmere-harvest")
            .keptAs(Iso22786Retention.RECORD).build());

    private HarvestTiming() {
    }
}
