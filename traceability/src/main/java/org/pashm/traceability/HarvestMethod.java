package org.pashm.traceability;

import java.util.Locale;

/**
 * How the cashmere in a bag was harvested. Housing farms may comb or shear (5.19.1.1); nomadic herders harvest by
 * combing only (6.19.1.1), which {@link BagRules} enforces for nomadic bags.
 */
public enum HarvestMethod {
    /** 3.13: the loose underwool is drawn out with a manual comb during the natural spring shedding. */
    COMBED,
    /** 3.12: the fibre is cut with manual or electric devices during the spring shedding period. */
    SHORN;

    /** "combed", "shorn". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()} in any case; throws {@link IllegalArgumentException} naming the choices otherwise. */
    public static HarvestMethod fromCode(String code) {
        for (HarvestMethod m : values()) {
            if (m.code().equalsIgnoreCase(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a harvest method (expected combed or shorn)");
    }
}
