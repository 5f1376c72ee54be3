package org.pashm.nomadic;

import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import org.pashm.core.evaluation.Periods;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/**
 * ISO 22786 6.18: routine management. 6.18.1 is only the title "Supplementation of salt and minerals" (a heading);
 * its requirement is the paragraph numbered 6.18.2. 6.18.3 is castration.
 */
final class RoutineManagement {

    /**
     * 6.18.3: kids are castrated "in the end of May or early June", before flies and the hot season. Read as the last
     * ten days of May and the first ten of June: 21 May to 10 June. The sentence states the practice as fact ("are
     * castrated"), a step the farm takes (docs/reading-the-standard.md, R2), so a requirement; the window is a yearly
     * duty.
     */
    static final MonthDay CASTRATION_OPENS = MonthDay.of(5, 21);
    static final MonthDay CASTRATION_CLOSES = MonthDay.of(6, 10);

    static final EvidenceCode MINERAL_REGION = EvidenceCode.attestation("nomadic.site.mineral-deficient-region",
            "The household grazes in high mountains or another region where goats need mineral supplements",
            "Whether the herd's rangelands are in high mountains or another region the veterinary or extension "
                    + "service names as short of salt or minerals.", SubjectKind.SITE);
    static final EvidenceCode MINERALS_PROVIDED = EvidenceCode.attestation("nomadic.site.salt-and-minerals-provided",
            "Salt and mineral blocks or other mineral supplements are provided",
            "Whether the goats have salt, combined mineral blocks or other mineral feed.", SubjectKind.SITE);
    static final EvidenceCode CASTRATION_DATE = EvidenceCode.date("nomadic.site.castration-date",
            "day of the kids' castration",
            "The day the household's male kids not kept for breeding were last castrated (the most recent "
                    + "castration round).", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(MINERAL_REGION, MINERALS_PROVIDED, CASTRATION_DATE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.18.2", "Salt and mineral supplements where needed")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("In high mountains and other regions that need it, goats are given mineral supplements "
                            + "such as salt and combined mineral blocks.")
                    .rule(Rules.attested("minerals", MINERALS_PROVIDED)
                            .onlyWhen(Applicability.whenAttested(MINERAL_REGION)))
                    .build(),
            Clause.of(DIS_2025, "6.18.3", "Castration at the end of May or early June")
                    .readAs(Wording.PROCEDURE).nomadic().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Kids are castrated at the end of May or in early June, before flies appear and the hot "
                            + "season starts.")
                    .rule(Rules.withinYearlyWindow("castration-window", CASTRATION_DATE, CASTRATION_OPENS,
                            CASTRATION_CLOSES).onlyWhen(Household.withKids()))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("nomadic-castration", DIS_2025,
            List.of(ClauseNumber.of("6.18.3")), "Castration of kids, end of May to early June",
            "Castrate the male kids not kept for breeding between " + Periods.words(CASTRATION_OPENS) + " and "
                    + Periods.words(CASTRATION_CLOSES) + ", before flies appear and the hot season starts.",
            SubjectKind.SITE, Set.of(ProductionSystem.NOMADIC),
            new Recurrence.YearlyWindow(CASTRATION_OPENS, CASTRATION_CLOSES)));

    /** The household's castration of its kids (6.18.3): the same kind of record as the housing system's. */
    static final List<RecordKind> RECORD_KINDS = List.of(RecordKind.of(DIS_2025, "castration", "Castration")
            .clauses("6.18.3").about(SubjectKind.SITE).fulfils("nomadic-castration")
            .keptAs(Iso22786Retention.RECORD).build());

    private RoutineManagement() {
    }
}
