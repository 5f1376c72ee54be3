package org.pashm.traceability;

import java.util.List;
import java.util.Objects;
import org.pashm.core.standard.ClauseNumber;

/**
 * The steps of the chain of custody that only some kinds of organisation take: keeping a registered herd and filling
 * bags at harvest, collecting herders' bags into lots, and dehairing lots into new ones. Shipping and receiving are
 * open to every organisation of the chain.
 *
 * <p>11.1.1 asks that the whole process of fibre collecting be recorded and kept for traceability, but ISO 22786
 * names no party that collects or dehairs; the kinds below are this platform's reading of the cashmere chain: a
 * buying station or a herders' cooperative (the level at which 11.2.5 keeps herders' records) collects bags, a
 * dehairing station dehairs. Goats are kept, and bags filled, by the farms and ranches of 11.1 and the herders of
 * 11.2 (a herder household, or the cooperative that keeps records for its herders, 11.2.5). Organisation kinds are the codes of the app's organisation register.
 */
public enum CustodyStep {

    /** A herd registered goat by goat (11.1.4) and its groups. */
    HERD_KEEPING("keep goats", List.of("farm", "herder-household", "cooperative")),
    /** Bags of raw cashmere filled and marked at harvest (5.26.1, 6.26.1). */
    HARVEST("fill bags of cashmere", List.of("farm", "herder-household", "cooperative")),

    /** Bags of raw cashmere collected into a lot. */
    AGGREGATION("aggregate bags into lots", List.of("buying-station", "cooperative")),
    /** Lots of raw cashmere dehaired into a lot of dehaired fibre. */
    DEHAIRING("dehair", List.of("dehairing-station"));

    /** 11.1.1: fibre collecting is recorded for traceability; the clause these steps are recorded under. */
    public static final ClauseNumber CLAUSE = ClauseNumber.of("11.1.1");

    private final String doing;
    private final List<String> kinds;

    CustodyStep(String doing, List<String> kinds) {
        this.doing = doing;
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds of organisation that take this step, e.g. {@code [buying-station, cooperative]}. */
    public List<String> organisationKinds() {
        return kinds;
    }

    /** Whether an organisation of {@code kind} (a code such as {@code mill}) takes this step. */
    public boolean isTakenBy(String kind) {
        return kinds.contains(Objects.requireNonNull(kind, "kind"));
    }

    /** What the step is, as the end of "a mill does not ...": "aggregate bags into lots", "dehair". */
    public String doing() {
        return doing;
    }
}
