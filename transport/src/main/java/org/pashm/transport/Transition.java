package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.transport.Scope.onFoot;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 10.1: transition, the herd's move on foot between seasonal pastures or camps. Each move is one subject
 * of kind {@code transition}.
 */
final class Transition {

    // ---- 10.1.1: what the plans prepared before the move take into account, one statement each ----
    static final EvidenceCode PLAN_TIME = plan("time", "the timing",
            "when the herd leaves and how many days the move takes");
    static final EvidenceCode PLAN_WEATHER = plan("weather", "the expected weather",
            "the forecast and the season's risks (snow, sandstorm, heat) along the way");
    static final EvidenceCode PLAN_DESTINATION = plan("destination", "the destination",
            "the pasture or camp the herd goes to and its state on arrival");
    static final EvidenceCode PLAN_ROUTE = plan("route", "the route",
            "the way the herd walks, its stages and the hard passages (roads, rivers, passes)");
    static final EvidenceCode PLAN_GRAZING = plan("grazing", "grazing on the way",
            "where the herd can graze at each stage");
    static final EvidenceCode PLAN_WATER = plan("water", "drinking water on the way",
            "the wells, springs or water carried for each stage");
    static final EvidenceCode PLAN_REST_PLACES = plan("rest-places", "rest places",
            "where the herd stops to rest and stays overnight");
    static final EvidenceCode PLAN_EQUIPMENT = plan("equipment", "moving the equipment",
            "how tents, pens, troughs and supplies are carried to the destination");
    static final EvidenceCode PLAN_EMERGENCIES = plan("emergencies", "emergencies",
            "what is done if a goat falls ill, the weather turns or the route is blocked, and whom to call");

    // ---- 10.1.2 ----
    static final EvidenceCode WEATHER_FOLLOWED = EvidenceCode.attestation("transport.transition.weather-followed",
            "The weather was followed throughout the move",
            "Whether the herders kept up with forecasts and warnings (radio, phone, the local weather service) for "
                    + "the whole move.", SubjectKind.TRANSITION);
    static final EvidenceCode EMERGENCY_OCCURRED = EvidenceCode.attestation("transport.transition.emergency-occurred",
            "A natural disaster, extreme weather or other emergency struck during the move",
            "Whether the herd met a blizzard, sandstorm, flood, heat wave or similar emergency on the way. \"no\" "
                    + "makes the emergency-measures rule of 10.1.2 not applicable to the move.", SubjectKind.TRANSITION);
    static final EvidenceCode EMERGENCY_MEASURES = EvidenceCode.attestation("transport.transition.emergency-measures",
            "Effective measures limited the goats' injuries and stress in the emergency",
            "Whether the herders took effective measures when the emergency struck (sheltered, held or turned back "
                    + "the herd, moved it to safety, treated injured goats).", SubjectKind.TRANSITION);

    // ---- 10.1.3 ----
    static final EvidenceCode LONG_DISTANCE = EvidenceCode.attestation("transport.transition.long-distance",
            "The move is a long-distance transfer",
            "Whether the move takes more than one day's walk. \"no\" makes the walking-speed and schedule rules of "
                    + "10.1.3 not applicable to the move.", SubjectKind.TRANSITION);
    static final EvidenceCode WALKING_SPEED_CONTROLLED = EvidenceCode.attestation(
            "transport.transition.walking-speed-controlled", "The flock's walking speed was controlled",
            "Whether the herders held the flock to a pace the slowest goats could keep, without driving it on.",
            SubjectKind.TRANSITION);
    static final EvidenceCode STOPS_SCHEDULED = EvidenceCode.attestation("transport.transition.stops-scheduled",
            "Times to graze, drink and rest were scheduled along the way",
            "Whether the move had planned times for the goats to feed, drink and rest, and kept to them.",
            SubjectKind.TRANSITION);
    static final EvidenceCode WEAK_GOATS = EvidenceCode.attestation("transport.transition.weak-goats",
            "Some goats were sick or too weak to follow the flock",
            "Whether any goat fell behind from sickness or weakness during the move. \"no\" makes the weak-goats rule "
                    + "of 10.1.3 not applicable to the move.", SubjectKind.TRANSITION);
    static final EvidenceCode WEAK_GOATS_CARED_FOR = EvidenceCode.attestation("transport.transition.weak-goats-cared-for",
            "Sick or weak goats were treated promptly, left in someone's care or carried",
            "Whether each goat that could not follow was treated without delay, left in the care of someone on the "
                    + "way, or carried on a vehicle.", SubjectKind.TRANSITION);
    static final EvidenceCode KIDS_OR_PREGNANT_DOES = EvidenceCode.attestation("transport.transition.kids-or-pregnant-does",
            "The flock includes kids or pregnant does",
            "Whether kids or pregnant does walked with the flock. \"no\" makes the kids-and-pregnant-does rule of "
                    + "10.1.3 not applicable to the move.", SubjectKind.TRANSITION);
    static final EvidenceCode KIDS_AND_PREGNANT_DOES_NOT_HURRIED = EvidenceCode.attestation(
            "transport.transition.kids-and-pregnant-does-not-hurried",
            "Kids and pregnant does were looked after and not hurried",
            "Whether kids and pregnant does were watched over and allowed to walk at their own pace (a slower group, "
                    + "more rests, a cart for tired kids).", SubjectKind.TRANSITION);

    static final List<EvidenceCode> CODES = List.of(PLAN_TIME, PLAN_WEATHER, PLAN_DESTINATION, PLAN_ROUTE, PLAN_GRAZING,
            PLAN_WATER, PLAN_REST_PLACES, PLAN_EQUIPMENT, PLAN_EMERGENCIES, WEATHER_FOLLOWED, EMERGENCY_OCCURRED,
            EMERGENCY_MEASURES, LONG_DISTANCE, WALKING_SPEED_CONTROLLED, STOPS_SCHEDULED, WEAK_GOATS,
            WEAK_GOATS_CARED_FOR, KIDS_OR_PREGNANT_DOES, KIDS_AND_PREGNANT_DOES_NOT_HURRIED);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "10.1.1", "Plans prepared before the move")
                    .requirement().bothSystems().freedoms(FEAR_STRESS, INJURY_DISEASE, HUNGER_THIRST)
                    .summary("Before a herd is moved, plans are prepared that weigh the timing, the weather, the "
                            + "destination, the route, grazing and drinking water on the way, rest places, moving the "
                            + "equipment and emergencies.")
                    .rule(planCovers("plan-time", PLAN_TIME))
                    .rule(planCovers("plan-weather", PLAN_WEATHER))
                    .rule(planCovers("plan-destination", PLAN_DESTINATION))
                    .rule(planCovers("plan-route", PLAN_ROUTE))
                    .rule(planCovers("plan-grazing", PLAN_GRAZING))
                    .rule(planCovers("plan-water", PLAN_WATER))
                    .rule(planCovers("plan-rest-places", PLAN_REST_PLACES))
                    .rule(planCovers("plan-equipment", PLAN_EQUIPMENT))
                    .rule(planCovers("plan-emergencies", PLAN_EMERGENCIES))
                    .build(),
            // "it is necessary to": a necessity (docs/reading-the-standard.md, R6), so a requirement.
            Clause.of(DIS_2025, "10.1.2", "Weather watched; emergencies met")
                    .readAs(Wording.NECESSITY).bothSystems().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("During the move the herders keep up with the weather at all times, and in an "
                            + "emergency (natural disaster, extreme weather) take effective measures to limit the "
                            + "goats' injuries and stress.")
                    .rule(onFoot(Rules.attested("weather-followed", WEATHER_FOLLOWED)))
                    .rule(onFoot(Rules.attested("emergency-measures", EMERGENCY_MEASURES))
                            .onlyWhen(Applicability.whenAttested(EMERGENCY_OCCURRED)))
                    .build(),
            Clause.of(DIS_2025, "10.1.3", "Pace, stops, weak goats, kids and pregnant does")
                    .requirement().bothSystems().freedoms(FEAR_STRESS, INJURY_DISEASE, HUNGER_THIRST)
                    .summary("On a long move the flock's walking speed is controlled and its grazing, drinking and "
                            + "resting times are scheduled; sick or weak goats that cannot follow are treated at once, "
                            + "left in someone's care or carried; kids and pregnant does are looked after and not "
                            + "hurried.")
                    .rule(onFoot(Rules.attested("walking-speed", WALKING_SPEED_CONTROLLED))
                            .onlyWhen(Applicability.whenAttested(LONG_DISTANCE)))
                    .rule(onFoot(Rules.attested("stops-scheduled", STOPS_SCHEDULED))
                            .onlyWhen(Applicability.whenAttested(LONG_DISTANCE)))
                    .rule(onFoot(Rules.attested("weak-goats", WEAK_GOATS_CARED_FOR))
                            .onlyWhen(Applicability.whenAttested(WEAK_GOATS)))
                    .rule(onFoot(Rules.attested("kids-and-pregnant-does", KIDS_AND_PREGNANT_DOES_NOT_HURRIED))
                            .onlyWhen(Applicability.whenAttested(KIDS_OR_PREGNANT_DOES)))
                    .build());

    private static EvidenceCode plan(String thing, String what, String detail) {
        return EvidenceCode.attestation("transport.transition.plan-" + thing,
                "The plan for the move took " + what + " into account",
                "Whether the plans prepared before the move considered " + what + ": " + detail + ".",
                SubjectKind.TRANSITION);
    }

    private static Rule.Draft planCovers(String id, EvidenceCode code) {
        return onFoot(Rules.attested(id, code));
    }

    private Transition() {
    }
}
