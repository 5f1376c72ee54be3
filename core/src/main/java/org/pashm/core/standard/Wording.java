package org.pashm.core.standard;

/**
 * A kind of wording in the draft, and the one way Pashm reads it. Each constant is a section of
 * {@code docs/reading-the-standard.md} (its {@link #anchor()}), which gives the reason; a rule or clause read from a
 * wording names it, so the catalogue shows why a sentence became a requirement or advice, and a test holds every
 * rule's strength to its wording's.
 *
 * <p>Sentences with "shall", "shall not" or "should" are read as ISO/IEC Directives Part 2 says and need no name;
 * the constants here are the wordings the Directives leave open, or that the draft uses in more than one way.
 */
public enum Wording {

    /** "Select ...", "turn the goat over ...": an instruction in the imperative mood. */
    IMPERATIVE("R1", Strength.REQUIREMENT, "an instruction in the imperative is a requirement"),
    /** "The objective measurement method is used ...": a step of a procedure in the present indicative. */
    PROCEDURE("R2", Strength.REQUIREMENT, "a step of a procedure stated as fact is a requirement"),
    /** "The optimal temperature is (15 to 21) °C": an optimum with no "shall". */
    OPTIMUM("R3", Strength.ADVICE, "an optimum without \"shall\" is advice"),
    /** "Optimum accommodation shall be at least 2,0 m2": an optimum the sentence makes a "shall". */
    OPTIMUM_SHALL("R3", Strength.REQUIREMENT, "the verb decides: an optimum that \"shall\" be met is a requirement"),
    /** "If conditions permit, the ground shall be paved ...": a "shall" the farm may show its conditions do not allow. */
    IF_CONDITIONS_PERMIT("R4", Strength.REQUIREMENT,
            "\"if conditions permit, ... shall\" is a requirement unless the farm shows its conditions do not permit"),
    /** "In areas with high summer temperatures, ... shall": a "shall" under a condition that can be observed. */
    CONDITIONAL("R4", Strength.REQUIREMENT, "a \"shall\" under an observable condition is a requirement where it holds"),
    /** "about 30°", "around 90 days", "approximately 0,5 cm". */
    APPROXIMATE("R5", null, "\"about\" a figure is the figure give or take a tenth, on both sides"),
    /** "It is necessary to ...", "... need to ...": necessity. */
    NECESSITY("R6", Strength.REQUIREMENT, "\"it is necessary to\" and \"need to\" state a necessity: a requirement"),
    /** "(a to b)": a range, both ends given. */
    RANGE("R7", null, "a range binds at both ends, each with the sentence's strength"),
    /** "The width shall be 0,60 m": one figure, neither a minimum nor a maximum. */
    EXACT("R8", null, "a single figure is met by a measurement that rounds to it"),
    /** "Packaged with 30 kg", "until 30 kg": the fill of a bag. */
    FILL("R9", null, "a bag filled with or until a weight holds at most that weight"),
    /** "May", "can", "is allowed": a permission. */
    PERMISSION("R10", Strength.ADVICE, "a permission (\"may\", \"can\") is never a nonconformity"),
    /**
     * The upper end of a range of what goats are given to meet a need: drinking water, space to live in, feeding
     * room ("(3 to 5) litres of water per day", "1,5 m2 to 2 m2 per adult doe").
     */
    ALLOWANCE("R12", Strength.ADVICE, "the upper end of what goats are given (water, living space, feeding room) is advice"),
    /**
     * One figure of what goats are given or of the care they get: "lighting of 100 lux", "observed for a week", "feed
     * once in the morning, noon, and evening".
     */
    ALLOWANCE_FIGURE("R14", null, "a single figure of what goats are given or of their care is the least they get"),
    /** "The height of the trough edge is 0,4 m to 0,5 m": a thing described as it is, with no "shall". */
    DESCRIPTION("R13", Strength.ADVICE, "a building or tool described as fact, with no \"shall\", is advice"),
    /** "not higher than 30 °C in summer": a limit for one season. */
    SEASONAL("R11", null, "a season's limit holds for what was measured in that season of the farm's calendar");

    private final String anchor;
    private final Strength strength;
    private final String reason;

    Wording(String anchor, Strength strength, String reason) {
        this.anchor = anchor;
        this.strength = strength;
        this.reason = reason;
    }

    /** The section of {@code docs/reading-the-standard.md} that gives the reading ("R1"). */
    public String anchor() {
        return anchor;
    }

    /**
     * The strength this wording gives a rule; null when the wording says how a figure is read and the sentence's
     * verb ("shall", "should") gives the strength.
     */
    public Strength strength() {
        return strength;
    }

    /** The reading in a few words, for the catalogue. */
    public String reason() {
        return reason;
    }

    /** Whether {@code actual} is the strength this wording gives (always, when the wording leaves it to the verb). */
    public boolean allows(Strength actual) {
        return strength == null || strength == actual;
    }

    /** "R1: an instruction in the imperative is a requirement". */
    public String cited() {
        return anchor + ": " + reason;
    }
}
