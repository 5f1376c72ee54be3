package org.pashm.traceability;

import java.util.Locale;

/**
 * The fabric of a packaging bag. 5.26.1.2 asks housing farms for white cotton or linen and forbids synthetic fibre;
 * 6.26.1.2 asks nomadic herders for a natural textile and forbids petroleum-based material.
 *
 * <p>Every material here that is not a natural textile is a synthetic made from petroleum (polyolefins, polyester,
 * polyamide), so "synthetic" (5.26.1.2) and "petroleum-based" (6.26.1.2) name the same four materials. Regenerated
 * cellulose (viscose), which is neither natural nor petroleum-based, is deliberately not offered.
 */
public enum BagMaterial {
    COTTON(true),
    LINEN(true),
    HEMP(true),
    JUTE(true),
    WOOL(true),
    POLYPROPYLENE(false),
    POLYETHYLENE(false),
    POLYESTER(false),
    NYLON(false);

    private final boolean natural;

    BagMaterial(boolean natural) {
        this.natural = natural;
    }

    /** A textile of plant or animal fibre. */
    public boolean isNaturalTextile() {
        return natural;
    }

    /** A synthetic fibre (5.26.1.2 forbids it for housing bags). */
    public boolean isSynthetic() {
        return !natural;
    }

    /** Made from petroleum (6.26.1.2 forbids it for nomadic bags); the same materials as {@link #isSynthetic()}. */
    public boolean isPetroleumBased() {
        return !natural;
    }

    /** "cotton", "polypropylene": the value of the evidence code and of the REST API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()} in any case; throws {@link IllegalArgumentException} naming the choices otherwise. */
    public static BagMaterial fromCode(String code) {
        for (BagMaterial m : values()) {
            if (m.code().equalsIgnoreCase(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a bag material (expected one of cotton, linen, hemp, "
                + "jute, wool, polypropylene, polyethylene, polyester, nylon)");
    }
}
