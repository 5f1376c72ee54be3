package org.pashm.nomadic;

import org.pashm.core.text.Sentence;
import org.pashm.core.iso22786.Iso22786Harvest;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import org.pashm.core.evaluation.Periods;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;

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

/** ISO 22786 6.20: timing of the cashmere harvest. */
final class HarvestTiming {

    /**
     * 6.20.1: nomadic cashmere goats moult "from mid-March to early-June". Read as 15 March to 10 June (early June:
     * its first ten days, as for castration in 6.18.3). Not the housing window of 5.20.1, which is later. The draft
     * adds that the moult depends "on annual climate conditions and ecological zones", so, as in 5.20.1, a session
     * outside the window conforms when the auditor attests that the goats were moulting, and one inside it does not
     * when they are found not to be.
     */
    static final MonthDay MOULT_OPENS = MonthDay.of(3, 15);
    static final MonthDay MOULT_CLOSES = MonthDay.of(6, 10);
    private static final String MOULT_WINDOW = Periods.words(MOULT_OPENS) + " to " + Periods.words(MOULT_CLOSES);

    static final EvidenceCode DATE = EvidenceCode.date("nomadic.harvest-session.date", "day of the harvest session",
            "The day the session's goats were combed (the first day, for a session over several days).",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode MOULTING = EvidenceCode.attestation("nomadic.harvest-session.goats-moulting",
            "The goats were moulting when combed",
            "Whether the session's goats were shedding their down when combed. Needed above all for a session outside "
                    + "mid-March to early June, the moult depending on the year's climate and the ecological zone.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode BEST_TIME = EvidenceCode.attestation("nomadic.harvest-session.moult-started",
            "Combing began when the down around the head, ears and eyes had started to moult and the body down was "
                    + "loosening from the skin",
            "Whether the goats were combed at the best time 6.20.2 describes.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode STABLE_WEATHER = EvidenceCode.attestation("nomadic.harvest-session.warm-stable-weather",
            "The harvest took place in warm, stable weather", "Whether the weather was warm and settled during the "
                    + "session.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode SUSPENDED = EvidenceCode.attestation("nomadic.harvest-session.suspended-in-extreme-weather",
            "Harvesting is suspended in extreme weather",
            "Whether the household stops harvesting when extreme weather (cold snap, storm, snow) comes.",
            SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(DATE, MOULTING, BEST_TIME, STABLE_WEATHER, SUSPENDED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.20.1", "Harvest in the moulting season, mid-March to early June")
                    .requirement().nomadic().freedoms(FEAR_STRESS, DISCOMFORT)
                    .summary("Cashmere is harvested during the moulting season. Nomadic cashmere goats shed their down "
                            + "from mid-March to early June, depending on the year's climate and the ecological zone, "
                            + "and on breed, age, environment, nutrition, physiology and geography.")
                    .rule(Iso22786Harvest.inTheMoult("harvested from " + MOULT_WINDOW + ", or outside it while the "
                                    + "goats were moulting", SubjectKind.HARVEST_SESSION, DATE, MOULTING, MOULT_OPENS,
                            MOULT_CLOSES, Sentence.text("nomadic/6.20.1/moulting-season/window", MOULT_WINDOW),
                            Sentence.text("nomadic/6.20.1/moulting-season/why",
                                    "the moult depends on the year's climate and the ecological zone")))
                    .build(),
            // "The best time to harvest cashmere is when ...": an optimum without "shall" (R3), advice.
            Clause.of(DIS_2025, "6.20.2", "The best time to comb")
                    .readAs(Wording.OPTIMUM).nomadic().freedoms(FEAR_STRESS)
                    .summary("The best time to harvest is when the undercoat around the head, ears and eyes begins to "
                            + "moult and the roots of the body down begin to come away from the skin.")
                    .rule(Rules.attested("best-time", BEST_TIME))
                    .build(),
            Clause.of(DIS_2025, "6.20.3", "Warm, stable weather")
                    .requirement().nomadic().freedoms(DISCOMFORT)
                    .summary("Cashmere is harvested in a period of warm, stable weather, and harvesting is suspended in "
                            + "extreme weather.")
                    .rule(Rules.attested("warm-stable", STABLE_WEATHER))
                    .rule(Rules.attested("suspended-in-extremes", SUSPENDED))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("nomadic-harvest", DIS_2025,
            List.of(ClauseNumber.of("6.19.1.1"), ClauseNumber.of("6.20.1")),
            "Cashmere harvest by combing, once a year in the moulting season",
            "Comb the herd's cashmere once this year, between " + Periods.words(MOULT_OPENS) + " and "
                    + Periods.words(MOULT_CLOSES) + ", when the down begins to moult.",
            SubjectKind.SITE, Set.of(ProductionSystem.NOMADIC),
            new Recurrence.YearlyWindow(MOULT_OPENS, MOULT_CLOSES)));

    /** The yearly combing (6.19.1.1, 6.20.1): the same kind of record as the housing system's harvest. */
    static final List<RecordKind> RECORD_KINDS = List.of(RecordKind.of(DIS_2025, "harvest", "Cashmere harvest")
            .clauses("6.19.1.1", "6.20.1").about(SubjectKind.SITE).fulfils("nomadic-harvest")
            .keptAs(Iso22786Retention.RECORD).build());

    private HarvestTiming() {
    }
}
