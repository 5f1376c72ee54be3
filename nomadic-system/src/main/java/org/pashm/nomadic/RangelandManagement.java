package org.pashm.nomadic;

import org.pashm.core.record.Participants;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;

/** ISO 22786 6.16: rangeland management. */
final class RangelandManagement {

    /** 6.16.1: herders have rangelands for all four seasons. */
    static final long GRAZING_SEASONS = 4;
    /** 6.16.4 (and 11.2.4): rangeland health and biodiversity are monitored every year. */
    static final Period RANGELAND_MONITORING_INTERVAL = Period.ofYears(1);

    static final EvidenceCode SEASONS_COVERED = EvidenceCode.count("nomadic.site.grazing-seasons-covered",
            "seasons with grazing rangeland", 0, 4,
            "For how many of the four seasons (spring, summer, autumn, winter) the household has a grazing rangeland "
                    + "of its own or by agreement.", SubjectKind.SITE);
    static final EvidenceCode FORAGE_WATER_MINERALS = EvidenceCode.attestation(
            "nomadic.rangeland.forage-water-minerals",
            "The rangeland gives the herd sufficient nutritious forage, clean water and minerals",
            "Whether, in its season (name the rangeland by it: winter-pasture, summer-pasture...), the rangeland feeds the herd well and offers clean water and minerals (salt "
                    + "licks, saline soils or supplied blocks).", SubjectKind.RANGELAND);
    static final EvidenceCode SHARES_RANGELAND = EvidenceCode.attestation("nomadic.site.shares-rangeland",
            "The household shares seasonal rangelands or water sources with other herder families",
            "Whether other herder families use the same seasonal rangelands or water sources.", SubjectKind.SITE);
    static final EvidenceCode USER_GROUP = EvidenceCode.attestation("nomadic.site.user-group-member",
            "The household belongs to a rangeland user group or herder cooperative",
            "Whether the household has joined, of its own will, the user group or cooperative of the families it "
                    + "shares rangeland or water with.", SubjectKind.SITE);
    static final EvidenceCode GRAZING_AGREEMENT = EvidenceCode.attestation("nomadic.site.grazing-agreement",
            "A user agreement enforces seasonal rotational grazing and resting plans and schedules",
            "Whether the user group has a written agreement setting out which rangeland is grazed and rested when, "
                    + "and whether it is kept (cite the agreement in the observation's reference).", SubjectKind.SITE);
    static final EvidenceCode HAY_MAKING_AREA = EvidenceCode.attestation("nomadic.site.hay-making-area",
            "The household has a hay-making area and access to forage",
            "Whether the household can cut hay on land of its own or by agreement, and can obtain forage.",
            SubjectKind.SITE);
    static final EvidenceCode HAY_RESERVE = EvidenceCode.attestation("nomadic.site.winter-spring-hay-reserve",
            "A hay and forage reserve is kept for additional feeding in winter and spring",
            "Whether, going into winter, the household holds a reserve of hay and forage for the winter and spring "
                    + "seasons.", SubjectKind.SITE);
    static final EvidenceCode LAST_MONITORING = EvidenceCode.date("nomadic.site.last-rangeland-monitoring",
            "last rangeland health and biodiversity monitoring",
            "The day the household's rangeland health and biodiversity were last monitored.", SubjectKind.SITE);
    static final EvidenceCode MOTORCYCLES = EvidenceCode.attestation("nomadic.site.motorcycles-used",
            "Motorcycles or vehicles are used when tending goats on rangelands",
            "Whether the herder tends the goats on the rangeland with a motorcycle or another vehicle.",
            SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(SEASONS_COVERED, FORAGE_WATER_MINERALS, SHARES_RANGELAND,
            USER_GROUP, GRAZING_AGREEMENT, HAY_MAKING_AREA, HAY_RESERVE, LAST_MONITORING, MOTORCYCLES);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.16.1", "Four-season grazing rangelands")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, NORMAL_BEHAVIOUR)
                    .summary("Herders have grazing rangelands for all four seasons, giving the herd enough nutritious "
                            + "food, clean water and minerals.")
                    .rule(Rules.atLeast("four-seasons", SEASONS_COVERED, GRAZING_SEASONS))
                    .rule(Rules.attested("forage-water-minerals", FORAGE_WATER_MINERALS))
                    .build(),
            Clause.of(DIS_2025, "6.16.2", "User groups and grazing agreements")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Herder families who share seasonal rangelands and water sources form, voluntarily, user "
                            + "groups or herder cooperatives and make a user agreement that enforces seasonal "
                            + "rotational grazing and resting plans and schedules.")
                    .rule(Rules.attested("user-group", USER_GROUP)
                            .onlyWhen(Applicability.whenAttested(SHARES_RANGELAND)))
                    .rule(Rules.attested("grazing-agreement", GRAZING_AGREEMENT)
                            .onlyWhen(Applicability.whenAttested(SHARES_RANGELAND)))
                    .build(),
            Clause.of(DIS_2025, "6.16.3", "Hay making and a winter and spring reserve")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Herders have a hay-making area and access to forage, so that a reserve of additional feed "
                            + "is kept for the winter and spring seasons.")
                    .rule(Rules.attested("hay-making-area", HAY_MAKING_AREA))
                    .rule(Rules.attested("hay-reserve", HAY_RESERVE))
                    .build(),
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
                    + "authority (11.2.4).", SubjectKind.SITE, Set.of(ProductionSystem.NOMADIC),
            new Recurrence.Every(RANGELAND_MONITORING_INTERVAL)));

    /**
     * 6.16.4: a monitoring of the rangelands, with who took part: 11.2.4 asks for "participation of herders and
     * local authority". An evaluation of grazing land, kept 10 years (11.1.2).
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            RecordKind.of(DIS_2025, "rangeland-monitoring", "Rangeland health and biodiversity monitoring")
                    .clauses("6.16.4", "11.2.4").about(SubjectKind.SITE).fulfils("rangeland-monitoring")
                    .participants(Participants.of(List.of("herder", "local-authority", "veterinarian", "other"),
                            List.of("herder", "local-authority"), "11.2.4"))
                    .keptAs(Iso22786Retention.GRAZING_LAND_EVALUATION).build());

    private RangelandManagement() {
    }
}
