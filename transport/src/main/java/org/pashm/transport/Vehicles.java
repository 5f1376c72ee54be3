package org.pashm.transport;

import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.transport.Scope.byVehicle;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * ISO 22786 7.1: transportation vehicles (7.1.2 to 7.1.7). The seed text numbers this heading "7.1.1"; its
 * paragraphs start at 7.1.2, so the heading is 7.1 and the paragraph numbers are kept as printed.
 */
final class Vehicles {

    /** 7.1.2: vehicles pass an inspection every year. */
    static final Period INSPECTION_INTERVAL = Period.ofYears(1);

    // 7.1.3: "Vehicle carrying area required for each goat is as follows: 0,4 m² to 0,5 m² ...". A range binds at
    // both ends with the sentence's strength (docs/reading-the-standard.md, R7), here a requirement: the lower ends
    // are the least each goat has, and the upper ends are checked on the whole load, a carrying area no larger than
    // the upper figures give the goats carried (goats with too much room are thrown about on the road).
    static final Quantity SPACE_ADULT_BUCK_OR_PREGNANT_DOE = Quantity.of("0.4", "m2");
    static final Quantity SPACE_ADULT_BUCK_OR_PREGNANT_DOE_UPPER = Quantity.of("0.5", "m2");
    static final Quantity SPACE_ADULT_DOE = Quantity.of("0.3", "m2");
    static final Quantity SPACE_ADULT_DOE_UPPER = Quantity.of("0.4", "m2");
    static final Quantity SPACE_UNMATED_GOAT = Quantity.of("0.2", "m2");
    static final Quantity SPACE_UNMATED_GOAT_UPPER = Quantity.of("0.3", "m2");

    /** 7.1.7: goats are not fed within 4 hours before loading; exactly 4 hours since the last feed conforms. */
    static final Quantity FEED_WITHDRAWAL_MIN = Quantity.of("4", "h");

    // ---- 7.1.2 ----
    static final EvidenceCode LAST_INSPECTION = EvidenceCode.date("transport.vehicle.last-annual-inspection",
            "last annual vehicle inspection", "The day the vehicle last passed its annual inspection.",
            SubjectKind.VEHICLE);
    static final EvidenceCode ROADWORTHY = EvidenceCode.attestation("transport.vehicle.roadworthy-and-qualified",
            "The vehicle works normally and holds the qualifications required to carry livestock",
            "Whether the vehicle is in normal working order and its papers allow it to carry live animals (the "
                    + "registration and the livestock-transport qualification the local authority requires).",
            SubjectKind.VEHICLE);

    // ---- 7.1.3 ----
    static final EvidenceCode SAFETY_EQUIPMENT = EvidenceCode.attestation("transport.vehicle.guardrails-and-safety-equipment",
            "The vehicle has guardrails and the equipment needed for safe transport of goats",
            "Whether the carriage has guardrails high and strong enough to keep goats in, and the facilities and "
                    + "equipment the transport needs to be safe (tailboard, partitions, tie points, cover).",
            SubjectKind.VEHICLE);
    static final EvidenceCode SMALL_PENS = EvidenceCode.count("transport.vehicle.small-pens",
            "small pens in the carriage", 0, 100,
            "How many small pens (stalls) the carriage is divided into by partitions or fences. A carriage with no "
                    + "partition counts 0.", SubjectKind.VEHICLE);
    static final EvidenceCode PENS_WITH_SIDE_DOOR = EvidenceCode.count("transport.vehicle.pens-with-side-door",
            "small pens with a side door", 0, 100,
            "How many of the carriage's small pens have their own side door, through which goats can be reached or "
                    + "taken out without passing through another pen.", SubjectKind.VEHICLE);
    static final EvidenceCode DECK_AREA = EvidenceCode.quantity("transport.journey.deck-area",
            "carrying area of the vehicle", "m2", "0", "200",
            "The floor area of the carriage available to the goats on this journey.", SubjectKind.JOURNEY);
    static final EvidenceCode ADULT_BUCKS_AND_PREGNANT_DOES = EvidenceCode.count(
            "transport.journey.adult-bucks-and-pregnant-does", "adult bucks and pregnant does carried", 0, 2000,
            "Adult bucks and pregnant does loaded on the journey.", SubjectKind.JOURNEY);
    static final EvidenceCode ADULT_DOES = EvidenceCode.count("transport.journey.adult-does",
            "adult does carried (not pregnant)", 0, 2000, "Adult does that are not pregnant, loaded on the journey.",
            SubjectKind.JOURNEY);
    static final EvidenceCode UNMATED_GOATS = EvidenceCode.count("transport.journey.unmated-goats",
            "unmated goats carried", 0, 2000, "Unmated goats (weaned, not yet mated) loaded on the journey.",
            SubjectKind.JOURNEY);

    // ---- 7.1.4 ----
    static final EvidenceCode NO_SHARP_EDGES = EvidenceCode.attestation("transport.vehicle.no-sharp-edges",
            "The surfaces, ramps and guardrails goats can touch have no sharp edges or protrusions",
            "Whether every part of the vehicle a goat can touch (floor, walls, partitions, loading ramp, guardrails) is "
                    + "free of sharp edges, protruding bolts, broken boards or wire ends that could injure a goat.",
            SubjectKind.VEHICLE);
    static final EvidenceCode EASY_TO_CLEAN = EvidenceCode.attestation("transport.vehicle.easy-to-clean",
            "Every part of the vehicle is built to be easy to clean and disinfect",
            "Whether the carriage, its partitions and ramp are made of materials and joints that can be cleaned and "
                    + "disinfected (no untreated wood soaked with dung, no unreachable corners).", SubjectKind.VEHICLE);

    // ---- 7.1.5 ----
    static final EvidenceCode SLIP_RESISTANT_FLOOR = EvidenceCode.attestation("transport.vehicle.slip-resistant-floor",
            "The carriage floor is slip-resistant",
            "Whether the bottom plate of the carriage gives goats a firm footing (ribbed, gritted or matted, not "
                    + "smooth metal).", SubjectKind.VEHICLE);
    static final EvidenceCode TRANSPORT_PERMIT = EvidenceCode.attestation("transport.vehicle.transport-permit",
            "The vehicle holds a transportation permit from the local quarantine department",
            "Whether the vehicle has the animal-transport permit issued by the local animal quarantine department, "
                    + "valid on the day of the assessment (give the permit number as the reference).",
            SubjectKind.VEHICLE);
    static final EvidenceCode BEDDING = EvidenceCode.attestation("transport.journey.bedding",
            "The carriage floor had enough bedding for the journey",
            "Whether straw, sawdust or other bedding covered the carriage floor deeply enough to cushion the goats "
                    + "and soak up urine for the whole journey.", SubjectKind.JOURNEY);
    static final EvidenceCode CLEANED_AND_DISINFECTED = EvidenceCode.attestation(
            "transport.journey.vehicle-cleaned-and-disinfected",
            "The vehicle was cleaned and disinfected before the goats were loaded",
            "Whether the vehicle was cleaned and disinfected before this load (a disinfection record or receipt is "
                    + "the usual reference).", SubjectKind.JOURNEY);

    // ---- 7.1.6 ----
    static final EvidenceCode QUARANTINE_CERTIFICATE = EvidenceCode.attestation("transport.journey.quarantine-certificate",
            "The goats passed the quarantine inspection and an animal quarantine certificate was issued",
            "Whether the goats of the load were inspected by the local animal quarantine department before leaving "
                    + "and an animal quarantine certificate was issued for them (give its number as the reference).",
            SubjectKind.JOURNEY);

    // ---- 7.1.7 ----
    static final EvidenceCode WATER_BEFORE = EvidenceCode.attestation("transport.journey.water-before-transport",
            "The goats had enough drinking water before transport",
            "Whether the goats had free access to drinking water up to the time they were loaded.",
            SubjectKind.JOURNEY);
    static final EvidenceCode HOURS_SINCE_LAST_FEED = EvidenceCode.quantity("transport.journey.hours-since-last-feed",
            "time from the goats' last feed to loading", "h", "0", "240",
            "How long before the first goat was loaded the goats were last given feed (forage or concentrate; water "
                    + "does not count). Any time unit is accepted: 240 min is 4 h.", SubjectKind.JOURNEY);

    static final List<EvidenceCode> CODES = List.of(LAST_INSPECTION, ROADWORTHY, SAFETY_EQUIPMENT, SMALL_PENS,
            PENS_WITH_SIDE_DOOR, DECK_AREA, ADULT_BUCKS_AND_PREGNANT_DOES, ADULT_DOES, UNMATED_GOATS, NO_SHARP_EDGES,
            EASY_TO_CLEAN, SLIP_RESISTANT_FLOOR, TRANSPORT_PERMIT, BEDDING, CLEANED_AND_DISINFECTED,
            QUARANTINE_CERTIFICATE, WATER_BEFORE, HOURS_SINCE_LAST_FEED);

    // 7.1.3's side-door sentences: {pens} the small pens counted, {withDoor} those with a side door, {without}
    // those without one.
    static final Sentence DOORS_MISCOUNTED = Sentence.of("transport/7.1.3/side-door-per-pen/miscounted",
            "more pens with a side door ({withDoor}) than small pens ({pens}) were counted; the counts need checking "
                    + "before this can be judged.", "withDoor", "pens");
    static final Sentence NO_PENS = Sentence.text("transport/7.1.3/side-door-per-pen/no-pens",
            "the carriage has no small pens, so no side door is owed here (9.1.4 judges the lack of stalls).");
    static final Sentence ALL_DOORS = Sentence.of("transport/7.1.3/side-door-per-pen/all",
            "{pens, plural, one {the only small pen has a side door.} other {all # small pens have a side door.}}",
            "pens");
    static final Sentence DOORS_MISSING = Sentence.of("transport/7.1.3/side-door-per-pen/missing",
            "{without} of {pens} small {pens, plural, one {pen has} other {pens have}} no side door; every pen needs "
                    + "one.", "without", "pens");

    private static Map<EvidenceCode, Quantity> spacePerHead() {
        Map<EvidenceCode, Quantity> m = new LinkedHashMap<>();
        m.put(ADULT_BUCKS_AND_PREGNANT_DOES, SPACE_ADULT_BUCK_OR_PREGNANT_DOE);
        m.put(ADULT_DOES, SPACE_ADULT_DOE);
        m.put(UNMATED_GOATS, SPACE_UNMATED_GOAT);
        return m;
    }

    private static Map<EvidenceCode, Quantity> spacePerHeadUpper() {
        Map<EvidenceCode, Quantity> m = new LinkedHashMap<>();
        m.put(ADULT_BUCKS_AND_PREGNANT_DOES, SPACE_ADULT_BUCK_OR_PREGNANT_DOE_UPPER);
        m.put(ADULT_DOES, SPACE_ADULT_DOE_UPPER);
        m.put(UNMATED_GOATS, SPACE_UNMATED_GOAT_UPPER);
        return m;
    }

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "7.1.2", "Vehicle inspection and qualification")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE)
                    .summary("Transport vehicles pass their annual inspection, run normally and hold the transport "
                            + "qualifications they need.")
                    .rule(byVehicle(Rules.notOlderThan("annual-inspection", LAST_INSPECTION, INSPECTION_INTERVAL)))
                    .rule(byVehicle(Rules.attested("roadworthy-and-qualified", ROADWORTHY)))
                    .build(),
            Clause.of(DIS_2025, "7.1.3", "Safety equipment and space per goat in the vehicle")
                    .requirement().bothSystems().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Vehicles have guardrails and safety equipment, a side door for each small pen, and "
                            + "0.4 m² to 0.5 m² per adult buck or pregnant doe, 0.3 m² to 0.4 m² per adult doe and "
                            + "0.2 m² to 0.3 m² per unmated goat: at least the lower ends for each goat, and no more "
                            + "carrying area than the upper ends give the load.")
                    .rule(byVehicle(Rules.attested("safety-equipment", SAFETY_EQUIPMENT)))
                    .rule(byVehicle(sideDoorForEveryPen()))
                    .rule(byVehicle(Rules.perHead("space-per-goat", "carrying area of at least 0.4 m² per adult buck "
                            + "or pregnant doe, 0.3 m² per adult doe and 0.2 m² per unmated goat", DECK_AREA,
                            spacePerHead()).readAs(Wording.RANGE)))
                    .rule(byVehicle(Rules.perHeadAtMost("space-per-goat-upper", "carrying area of at most 0.5 m² per "
                            + "adult buck or pregnant doe, 0.4 m² per adult doe and 0.3 m² per unmated goat", DECK_AREA,
                            spacePerHeadUpper()).readAs(Wording.RANGE)))
                    .build(),
            Clause.of(DIS_2025, "7.1.4", "No sharp edges; easy to clean and disinfect")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE)
                    .summary("No surface, ramp or guardrail a goat can touch has sharp edges or protrusions that could "
                            + "injure it, and every part of the vehicle is built to be cleaned and disinfected easily.")
                    .rule(byVehicle(Rules.attested("no-sharp-edges", NO_SHARP_EDGES)))
                    .rule(byVehicle(Rules.attested("easy-to-clean", EASY_TO_CLEAN)))
                    .build(),
            Clause.of(DIS_2025, "7.1.5", "Slip-resistant bedded floor, disinfection and transport permit")
                    .requirement().bothSystems().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("The carriage floor is slip-resistant and well bedded, the vehicle is cleaned and "
                            + "disinfected, and it holds a transport permit from the local quarantine department.")
                    .rule(byVehicle(Rules.attested("slip-resistant-floor", SLIP_RESISTANT_FLOOR)))
                    .rule(byVehicle(Rules.attested("bedding", BEDDING)))
                    .rule(byVehicle(Rules.attested("cleaned-and-disinfected", CLEANED_AND_DISINFECTED)))
                    .rule(byVehicle(Rules.attested("transport-permit", TRANSPORT_PERMIT)))
                    .build(),
            Clause.of(DIS_2025, "7.1.6", "Quarantine inspection and certificate")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE)
                    .summary("Goats moved to another place first pass the local animal quarantine inspection and "
                            + "receive an animal quarantine certificate.")
                    .rule(byVehicle(Rules.attested("quarantine-certificate", QUARANTINE_CERTIFICATE)))
                    .build(),
            Clause.of(DIS_2025, "7.1.7", "Water before transport; no feed within 4 hours of loading")
                    .requirement().bothSystems().freedoms(HUNGER_THIRST, DISCOMFORT, FEAR_STRESS)
                    .summary("Goats can drink enough before transport, and are not fed in the 4 hours before they "
                            + "are loaded.")
                    .rule(byVehicle(Rules.attested("water-before-transport", WATER_BEFORE)))
                    .rule(byVehicle(Rules.atLeast("no-feed-within-4-hours", HOURS_SINCE_LAST_FEED, FEED_WITHDRAWAL_MIN)
                            .strength(Strength.PROHIBITION)))
                    .build());

    static final List<Duty> DUTIES = List.of(new Duty("vehicle-inspection", DIS_2025, List.of(ClauseNumber.of("7.1.2")),
            "Annual vehicle inspection", "Have every vehicle that carries goats inspected once a year.",
            SubjectKind.VEHICLE, Set.of(ProductionSystem.values()), new Recurrence.Every(INSPECTION_INTERVAL)));

    /** 7.1.2: a vehicle's annual inspection. */
    static final List<RecordKind> RECORD_KINDS = List.of(RecordKind.of(DIS_2025, "vehicle-inspection",
            "Vehicle inspection").clauses("7.1.2").about(SubjectKind.VEHICLE).fulfils("vehicle-inspection")
            .keptAs(Iso22786Retention.RECORD).build());

    /** 7.1.3: each small pen of the carriage has a side door. A carriage without pens is judged by 9.1.4. */
    private static Rule.Draft sideDoorForEveryPen() {
        Message noPens = NO_PENS.message();
        return Rules.custom("side-door-per-pen", "every small pen in the carriage has a side door",
                Method.MEASUREMENT, SubjectKind.VEHICLE, Set.of(SMALL_PENS, PENS_WITH_SIDE_DOOR), e -> {
                    Long pens = e.count(SMALL_PENS);
                    Long withDoor = e.count(PENS_WITH_SIDE_DOOR);
                    if (pens == null) {
                        return Rules.notObserved(SMALL_PENS);
                    }
                    if (withDoor == null) {
                        return Rules.notObserved(PENS_WITH_SIDE_DOOR);
                    }
                    List<Fact> facts = List.of(Fact.of(SMALL_PENS, pens), Fact.of(PENS_WITH_SIDE_DOOR, withDoor));
                    if (withDoor > pens) {
                        return Verdict.missing(DOORS_MISCOUNTED.with(withDoor, pens));
                    }
                    if (pens == 0) {
                        return Verdict.met(facts, noPens);
                    }
                    return withDoor.equals(pens)
                            ? Verdict.met(facts, ALL_DOORS.with(pens))
                            : Verdict.notMet(facts, DOORS_MISSING.with(pens - withDoor, pens));
                }).says(DOORS_MISCOUNTED, NO_PENS, ALL_DOORS, DOORS_MISSING);
    }

    private Vehicles() {
    }
}
