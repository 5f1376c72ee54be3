package org.pashm.nomadic;

import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/**
 * ISO 22786 6.19: cashmere harvesting in the nomadic system (6.19.1 general).
 *
 * <p>Shearing: 6.19.1.1 says cashmere "is harvested once a year by combing only", in a paragraph that opens with
 * "shall", and definition 3.13 and the introduction describe nomadic harvesting as combing. 6.25 adds that shearing
 * "is not recommended". Read together: combing only is a requirement (a sheared session is a nonconformity of
 * 6.19.1.1), and 6.25 is catalogued as the advice it is (the same session also gives an observation there).
 */
final class CashmereHarvesting {

    static final String COMBING = "combing";
    static final String SHEARING = "shearing";

    /** 6.19.1.1: fibre is harvested once a year. */
    static final long HARVESTS_PER_YEAR_MAX = 1;
    /**
     * 6.19.1.3: when a goat is laid down for combing, three legs are tied and one hind leg is left free (6.24.2
     * repeats the three legs; the count is checked here only).
     */
    static final long LEGS_TIED = 3;
    /** 6.19.1.5: a goat whose skin was damaged at harvest is observed for a week. */
    static final Period INJURY_OBSERVATION = Period.ofWeeks(1);
    static final Quantity INJURY_OBSERVATION_MIN = Quantity.of(Integer.toString(INJURY_OBSERVATION.getDays()), "d");

    static final EvidenceCode METHOD = EvidenceCode.choice("nomadic.harvest-session.method", "harvest method",
            List.of(COMBING, SHEARING), "How the fibre of the session was harvested.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode HARVESTS_PER_YEAR = EvidenceCode.count("nomadic.site.harvests-per-year",
            "cashmere harvests in the last twelve months", 0, 12,
            "How many times the herd's cashmere was harvested in the twelve months before the assessment.",
            SubjectKind.SITE);
    static final EvidenceCode GENTLE = EvidenceCode.attestation("nomadic.harvest-session.gentle-handling",
            "Goats are handled gently, with effective measures against injury",
            "Whether the harvesters treat the goats gently and take effective protective measures during the "
                    + "harvest.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode RESTRAINED = EvidenceCode.attestation("nomadic.harvest-session.properly-restrained",
            "Goats are properly restrained, for no longer than needed",
            "Whether each goat is restrained so that the comb cannot injure its skin, and released as soon as "
                    + "possible to spare it stress and pain.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode ORDER = EvidenceCode.attestation("nomadic.harvest-session.combing-order",
            "Goats are combed in the recommended order: adult castrated males, unmated does, adult bucks, unmated "
                    + "bucks", "Whether the session follows the order 6.19.1.3 recommends.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode LEGS = EvidenceCode.count("nomadic.harvest-session.legs-tied", "legs tied for combing",
            0, 4, "How many legs of a goat laid down for combing are tied.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode HIND_LEG_FREE = EvidenceCode.attestation("nomadic.harvest-session.hind-leg-free",
            "The untied leg is a hind leg, so the goat can move", "Whether the leg left free is one of the hind legs.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode SKIN_CARE = EvidenceCode.attestation("nomadic.harvest-session.skin-care",
            "Care is taken not to damage the skin, above all around a buck's foreskin and scrotum and a doe's udder",
            "Whether the harvesters work so as not to damage the skin, with special care at the foreskin and "
                    + "scrotum of bucks and the udder of does.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode INJURED = EvidenceCode.count("nomadic.harvest-session.injured-goats",
            "goats with skin damage from the harvest", 0, 10000,
            "How many goats of the session had their skin damaged.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode TREATED = EvidenceCode.attestation("nomadic.harvest-session.injuries-treated",
            "Skin damage is treated promptly", "Whether every goat whose skin was damaged was treated at once.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode OBSERVED = EvidenceCode.quantity("nomadic.harvest-session.injury-observation",
            "shortest observation of an injured goat after the harvest", "d", "0", "60",
            "The shortest time any goat injured in the session was kept under observation to confirm it recovered.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode COLD_AFTER = EvidenceCode.attestation("nomadic.harvest-session.cold-after-harvest",
            "The weather turned cold after the harvest", "Whether cold weather followed the session.",
            SubjectKind.HARVEST_SESSION);
    static final EvidenceCode KEPT_WARM = EvidenceCode.attestation("nomadic.harvest-session.kept-warm",
            "Harvested goats are covered with warm blankets or kept in the shed in the cold",
            "Whether, when it turned cold after the harvest, the goats were blanketed or kept in the shed.",
            SubjectKind.HARVEST_SESSION);

    static final List<EvidenceCode> CODES = List.of(METHOD, HARVESTS_PER_YEAR, GENTLE, RESTRAINED, ORDER, LEGS,
            HIND_LEG_FREE, SKIN_CARE, INJURED, TREATED, OBSERVED, COLD_AFTER, KEPT_WARM);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.19.1.1", "Harvest once a year, by combing only")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Cashmere is harvested in the moulting season, following the fibre's natural growth, "
                            + "once a year and by combing only.")
                    // "Cashmere fibre is harvested once a year by combing only": stated as fact (R2), a requirement.
                    .rule(Rules.oneOf("combing-only", METHOD, COMBING).readAs(Wording.PROCEDURE))
                    .rule(Rules.atMost("once-a-year", HARVESTS_PER_YEAR, HARVESTS_PER_YEAR_MAX)
                            .readAs(Wording.PROCEDURE))
                    .build(),
            Clause.of(DIS_2025, "6.19.1.2", "Gentle handling and proper, brief restraint")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Effective protective measures are taken during the harvest and goats are treated gently; "
                            + "they are properly restrained so that their skin is not injured, for as short a time as "
                            + "possible.")
                    .rule(Rules.attested("gentle", GENTLE))
                    // "the goats shall be properly restrained ... It is necessary to minimize the restraining time":
                    // the necessity (docs/reading-the-standard.md, R6) is a requirement, as the "shall" is.
                    .rule(Rules.attested("restrained", RESTRAINED).readAs(Wording.NECESSITY))
                    .build(),
            Clause.of(DIS_2025, "6.19.1.3", "Combing order; three legs tied, one hind leg free")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Goats should be combed in the order: adult castrated males, unmated does, adult bucks, "
                            + "unmated bucks. A goat laid down for combing has three legs carefully tied and one hind "
                            + "leg left free, so that it can move.")
                    .rule(Rules.attested("order", ORDER).advice().onlyWhen(combing()))
                    .rule(Rules.exactly("three-legs", LEGS, LEGS_TIED).onlyWhen(combing()))
                    .rule(Rules.attested("hind-leg-free", HIND_LEG_FREE).onlyWhen(combing()))
                    .build(),
            Clause.of(DIS_2025, "6.19.1.4", "Care for the skin")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Care is taken not to damage the goat's skin, with special care around the foreskin and "
                            + "scrotum of bucks and the udder of does.")
                    .rule(Rules.attested("skin-care", SKIN_CARE))
                    .build(),
            Clause.of(DIS_2025, "6.19.1.5", "Injuries treated and watched for a week")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Skin damaged during the harvest is treated promptly, and the injured goat is observed for "
                            + "a week to confirm it recovers.")
                    .rule(Rules.attested("treated", TREATED).onlyWhen(Applicability.whenAny(INJURED)))
                    .rule(Rules.atLeast("observed-a-week", OBSERVED, INJURY_OBSERVATION_MIN)
                            .readAs(Wording.ALLOWANCE_FIGURE).onlyWhen(Applicability.whenAny(INJURED)))
                    .build(),
            Clause.of(DIS_2025, "6.19.1.6", "Protection from cold after the harvest")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("If the weather turns cold after the harvest, the goats are covered with warm blankets or "
                            + "kept in the shed, so that they do not suffer from the cold.")
                    .rule(Rules.attested("kept-warm", KEPT_WARM).onlyWhen(Applicability.whenAttested(COLD_AFTER)))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("nomadic-injury-observation", DIS_2025,
            List.of(ClauseNumber.of("6.19.1.5")), "Observation of a goat injured at harvest",
            "Treat the skin damage at once and observe the injured goat for a week to confirm it recovers.",
            SubjectKind.GOAT, Set.of(ProductionSystem.NOMADIC),
            new Recurrence.AfterEvent("harvest-injury", INJURY_OBSERVATION)));

    /**
     * 6.19.1.5: a goat's skin damaged at harvest (the event that starts the week of observation), and the
     * observation that follows: the same kinds of record as the housing system's (5.19.1.5).
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            RecordKind.of(DIS_2025, "harvest-injury", "Skin injury at harvest (starts a week of observation)")
                    .clauses("6.19.1.5").about(SubjectKind.GOAT).keptAs(Iso22786Retention.RECORD).build(),
            RecordKind.of(DIS_2025, "injury-observation", "Observation of a goat injured at harvest")
                    .clauses("6.19.1.5").about(SubjectKind.GOAT).fulfils("nomadic-injury-observation")
                    .keptAs(Iso22786Retention.RECORD).build());

    /** Harvest sessions done by combing (or whose method was not given): the combing rules of 6.19, 6.23, 6.24. */
    static Applicability combing() {
        return Applicability.whenChoice(METHOD, COMBING);
    }

    private CashmereHarvesting() {
    }
}
