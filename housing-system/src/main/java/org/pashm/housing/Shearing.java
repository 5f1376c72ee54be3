package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.SHEARING;
import static org.pashm.housing.HousingEvidence.attestation;
import static org.pashm.housing.HousingEvidence.harvestedBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/** ISO 22786 5.25: shearing, judged on each harvest session whose method is shearing. */
final class Shearing {

    private static final SubjectKind SESSION = SubjectKind.HARVEST_SESSION;
    private static final Applicability SHORN = harvestedBy(SHEARING);

    /** 5.25.5: the tools "shall be used ... at an angle of about 30 degrees" (R5: 27 to 33 degrees, a requirement). */
    static final Quantity SHEARING_ANGLE_ABOUT = Quantity.of("30", "deg");
    /**
     * 5.25.5: "Start shearing less than approximately 0.5 cm against goat skin", an instruction (R1) with an
     * approximate figure (R5): at most 0.5 cm give or take a tenth, so at most 0.55 cm.
     */
    static final Quantity CUT_HEIGHT_MAX = Quantity.of("0.55", "cm");
    /** 5.25.7: at most 10 % of the sheared goats are injured, as an exact fraction. */
    static final String INJURY_RATE_MAX = "1/10";
    /** 5.25.7: no sheared goat has more than two injuries. */
    static final long INJURIES_PER_GOAT_MAX = 2;
    /** 5.25.8: shearing one goat takes at most 30 minutes. */
    static final Quantity SHEARING_TIME_MAX = Quantity.of("30", "min");

    static final EvidenceCode CAUGHT_BY_STAFF = attestation(SESSION, "caught-by-professionals",
            "Goats were caught in the shed by full-time professional handlers and carried to the shearing table",
            "Who caught and moved the goats.");
    static final EvidenceCode ROPES_LOOSE_ENOUGH = attestation(SESSION, "ropes-not-too-tight",
            "Ropes held the legs nearest the ground without being tied so tight as to stop the blood or injure",
            "The auditor's watch of the tying.");
    static final EvidenceCode THREE_LEGS_OR_STEPPING = attestation(SESSION, "three-legs-bound-or-stepped-on",
            "Stud bucks or pregnant does were bound by three legs or stepped on",
            "Stepping on the chest, belly, limbs, head or neck with legs or feet also counts. \"yes\" when seen.");
    /**
     * 5.25.2: "When shearing stud bucks and pregnant does, it is prohibited to bind three legs or step on the chest,
     * abdomen, limbs, head and neck": the legs tied are counted where the session records them (as nomadic 6.19.1.3
     * counts them), with stepping attested on its own; the combined attestation above stays the fallback.
     */
    static final long PROHIBITED_LEGS = 3;
    static final EvidenceCode LEGS_TIED_STUD_OR_PREGNANT = HousingEvidence.count(SESSION, "legs-tied-stud-or-pregnant",
            "most legs tied on a stud buck or pregnant doe", 0, 4, "The most legs tied with rope on any stud buck or "
                    + "pregnant doe laid down for shearing in the session. Leave out when it sheared none.");
    static final EvidenceCode STEPPED_ON = attestation(SESSION, "stud-or-pregnant-stepped-on",
            "Stud bucks or pregnant does were stepped on",
            "Stepping on the chest, belly, limbs, head or neck with legs or feet. \"yes\" when seen.");
    static final EvidenceCode LAID_DOWN_CORRECTLY = attestation(SESSION, "laid-down-same-side",
            "Goats were laid down on the side they get up from, so that they do not roll over",
            "The auditor's watch (rolling over risks twisted gut and bloat).");
    static final EvidenceCode WATCHED_AND_STOPPED = attestation(SESSION, "watched-and-stopped",
            "The goat's condition was watched throughout; at any distress shearing stopped, the rope was removed and "
                    + "the goat treated", "The auditor's watch and the session's incident record.");
    static final EvidenceCode SPECIAL_TOOLS = attestation(SESSION, "special-shearing-tools",
            "Special shearing tools were used, pushed from the line of hind leg and back towards head and neck, then "
                    + "belly and back", "The tools and the technique used.");
    static final EvidenceCode SHEARING_ANGLE = HousingEvidence.quantity(SESSION, "shearing-angle", "shearing angle",
            "deg", "0", "90", "Angle at which the shears are pushed forward from the line of hind leg and back.");
    static final EvidenceCode CUT_HEIGHT = HousingEvidence.quantity(SESSION, "cut-height", "cutting height above "
            + "the skin", "cm", "0", "10", "Length of fibre left on the skin by the shears.");
    /** 5.25.5: "After shearing one side, turn the goat over and shear the other side as above" (R1). */
    static final EvidenceCode OTHER_SIDE = attestation(SESSION, "other-side-shorn",
            "After one side was shorn, the goat was turned over and its other side shorn the same way",
            "The auditor's watch.");
    static final EvidenceCode SKILLED = attestation(SESSION, "skilled-and-smooth",
            "Shearing was skilled and smooth, stretching the skin over wrinkles and cutting evenly at one go",
            "The auditor's watch.");
    static final EvidenceCode MOST_INJURIES = HousingEvidence.count(SESSION, "most-injuries-per-goat",
            "most injuries on one goat", 0, 100, "Largest number of shearing injuries found on any one goat of the "
                    + "session.");
    static final EvidenceCode RELEASED = attestation(SESSION, "released-promptly",
            "After shearing, goats were released from restraint and returned to the flock as soon as possible",
            "The auditor's watch.");

    static final List<EvidenceCode> CODES = List.of(CAUGHT_BY_STAFF, ROPES_LOOSE_ENOUGH, THREE_LEGS_OR_STEPPING,
            LEGS_TIED_STUD_OR_PREGNANT, STEPPED_ON, LAID_DOWN_CORRECTLY, WATCHED_AND_STOPPED, SPECIAL_TOOLS,
            SHEARING_ANGLE, CUT_HEIGHT, OTHER_SIDE, SKILLED, MOST_INJURIES, RELEASED);

    static final Sentence THREE_LEGS = Sentence.text("housing/5.25.2/no-three-legs-or-stepping/three-legs",
            "a stud buck or pregnant doe had three legs tied, which is not allowed.");
    static final Sentence STEPPED = Sentence.text("housing/5.25.2/no-three-legs-or-stepping/stepped-on",
            "a stud buck or pregnant doe was stepped on, which is not allowed.");
    static final Sentence NEITHER = Sentence.of("housing/5.25.2/no-three-legs-or-stepping/neither",
            "the most legs tied on a stud buck or pregnant doe was {legs}, not three, and none was stepped on.",
            "legs");
    private static final Message THREE_LEGS_WORDS = THREE_LEGS.message();
    private static final Message STEPPED_ON_WORDS = STEPPED.message();

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.25.1", "Catching goats for shearing")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Full-time professional handlers catch the goat in the shed, carry it to the shearing "
                            + "table and hand it to the shearers.")
                    .rule(Rules.attested("professional-handlers", CAUGHT_BY_STAFF).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.2", "Tying; no binding of three legs")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Ropes hold the legs nearest the ground without being so tight that they stop the blood "
                            + "or injure. Binding three legs of stud bucks and pregnant does, or stepping on their "
                            + "chest, belly, limbs, head or neck, is prohibited.")
                    .rule(Rules.attested("ropes", ROPES_LOOSE_ENOUGH).onlyWhen(SHORN))
                    .rule(Rules.custom("no-three-legs-or-stepping", "stud bucks and pregnant does: never three "
                                    + "legs tied (counted where recorded) nor stepped on", Method.MEASUREMENT, SESSION,
                                    Set.of(LEGS_TIED_STUD_OR_PREGNANT, STEPPED_ON, THREE_LEGS_OR_STEPPING),
                                    Shearing::threeLegsOrStepping).says(THREE_LEGS, STEPPED, NEITHER)
                            .strength(Strength.PROHIBITION).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.3", "Laying the goat down")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The goat is laid down on the side it gets up from, so that it does not roll over and "
                            + "die of twisted gut or bloat.")
                    .rule(Rules.attested("same-side", LAID_DOWN_CORRECTLY).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.4", "Watching the goat")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("The goat's condition is watched throughout; at any distress (bloat, twisted gut, "
                            + "laboured breathing) shearing stops, the rope comes off and the goat is treated.")
                    .rule(Rules.attested("watched", WATCHED_AND_STOPPED).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.5", "Shearing technique")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Special shearing tools are pushed at about 30 degrees (27 to 33) from the line of hind "
                            + "leg and back towards head and neck, then belly and back, cutting less than about 0.5 cm "
                            + "(at most 0.55 cm) from the skin; then the goat is turned and the other side shorn.")
                    .rule(Rules.attested("special-tools", SPECIAL_TOOLS).onlyWhen(SHORN))
                    .rule(Rules.about("angle", SHEARING_ANGLE, SHEARING_ANGLE_ABOUT).onlyWhen(SHORN))
                    .rule(Rules.atMost("cut-height", CUT_HEIGHT, CUT_HEIGHT_MAX)
                            .statement("cutting height above the skin less than about 0.5 cm (at most 0.55 cm)")
                            .readAs(Wording.APPROXIMATE).onlyWhen(SHORN))
                    .rule(Rules.attested("other-side", OTHER_SIDE).readAs(Wording.IMPERATIVE).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.6", "Skilled, smooth shearing")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Shearing is skilled and smooth; over wrinkles the skin is stretched flat and the "
                            + "cashmere cut evenly at one go.")
                    .rule(Rules.attested("skilled", SKILLED).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.7", "Shearing injuries")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("No more than 10 % of sheared goats are injured, and no sheared goat has more than two "
                            + "injuries.")
                    .rule(Rules.ratio("injury-rate", "share of sheared goats injured", CashmereHarvesting.INJURED_GOATS,
                            CashmereHarvesting.GOATS, Rules.Bound.AT_MOST, INJURY_RATE_MAX).onlyWhen(SHORN))
                    .rule(Rules.atMost("injuries-per-goat", MOST_INJURIES, INJURIES_PER_GOAT_MAX).onlyWhen(SHORN))
                    .build(),
            Clause.of(DIS_2025, "5.25.8", "Shearing time and release")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Shearing one goat takes no more than 30 minutes; then it is released and returned to "
                            + "the flock as soon as possible.")
                    .rule(Rules.atMost("within-30-minutes", Combing.LONGEST_TIME, SHEARING_TIME_MAX).onlyWhen(SHORN))
                    .rule(Rules.attested("released", RELEASED).onlyWhen(SHORN))
                    .build());

    private static final Rule.Judge COMBINED = Rules.never("no-three-legs-or-stepping", THREE_LEGS_OR_STEPPING).judge();

    /**
     * 5.25.2: three legs counted, stepping attested; where either is missing the combined attestation decides, and
     * a breach that is known (three legs counted, stepping seen) is a breach whatever is missing.
     */
    private static Verdict threeLegsOrStepping(SubjectEvidence e) {
        Long legs = e.count(LEGS_TIED_STUD_OR_PREGNANT);
        Boolean stepped = e.attested(STEPPED_ON);
        if (legs == null && stepped == null) {
            return COMBINED.judge(e);
        }
        List<Fact> facts = new ArrayList<>(2);
        if (legs != null) {
            facts.add(Fact.of(LEGS_TIED_STUD_OR_PREGNANT, legs));
        }
        if (stepped != null) {
            facts.add(Fact.of(STEPPED_ON, stepped));
        }
        if (legs != null && legs == PROHIBITED_LEGS) {
            return Verdict.notMet(facts, THREE_LEGS_WORDS);
        }
        if (Boolean.TRUE.equals(stepped)) {
            return Verdict.notMet(facts, STEPPED_ON_WORDS);
        }
        if (legs != null && stepped != null) {
            return Verdict.met(facts, NEITHER.with(legs));
        }
        return COMBINED.judge(e);
    }

    private Shearing() {
    }
}
