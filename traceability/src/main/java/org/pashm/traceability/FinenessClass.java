package org.pashm.traceability;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.pashm.core.evidence.Value.Quantity;

/**
 * The fineness class of raw cashmere, 5.26.2.4: under 15 µm fine, 15 µm to 16 µm medium, over 16 µm coarse.
 *
 * <p>Both edges are medium: "less than 15 µm is fine" leaves 15 µm exactly out of fine, and "over 16 µm is coarse"
 * leaves 16 µm exactly out of coarse, so the medium class is the closed range 15 µm to 16 µm. A mean diameter is
 * classed as measured, without rounding: 15.99 µm is medium, 16.01 µm coarse.
 */
public enum FinenessClass {
    FINE("under 15 µm"),
    MEDIUM("15 µm to 16 µm"),
    COARSE("over 16 µm");

    /** 5.26.2.4: the medium class starts at 15 µm, included (a smaller mean diameter is fine). */
    public static final Quantity MEDIUM_FROM = Quantity.of("15", "um");
    /** 5.26.2.4: the medium class ends at 16 µm, included (a larger mean diameter is coarse). */
    public static final Quantity MEDIUM_TO = Quantity.of("16", "um");

    private final String range;

    FinenessClass(String range) {
        this.range = range;
    }

    /**
     * The class of a measured mean fibre diameter.
     *
     * @param meanDiameterUm the mean fibre diameter in micrometres; must be positive
     */
    public static FinenessClass of(BigDecimal meanDiameterUm) {
        Objects.requireNonNull(meanDiameterUm, "meanDiameterUm");
        if (meanDiameterUm.signum() <= 0) {
            throw new IllegalArgumentException("a mean fibre diameter must be positive, not " + meanDiameterUm + " um");
        }
        if (meanDiameterUm.compareTo(MEDIUM_FROM.value()) < 0) {
            return FINE;
        }
        return meanDiameterUm.compareTo(MEDIUM_TO.value()) <= 0 ? MEDIUM : COARSE;
    }

    /** The class's range in words: "under 15 um", "15 µm to 16 um", "over 16 um". */
    public String range() {
        return range;
    }

    /** "fine", "medium", "coarse": the value of the evidence code and of the REST API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()} in any case; throws {@link IllegalArgumentException} naming the choices otherwise. */
    public static FinenessClass fromCode(String code) {
        for (FinenessClass c : values()) {
            if (c.code().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a fineness class (expected fine, medium or coarse)");
    }
}
