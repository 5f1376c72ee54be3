package org.pashm.traceability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The mass balance of one lot at one organisation: what it took in (bags aggregated, a dehairing output, shipments
 * received) against what it gave out (shipments sent, input to a dehairing). No organisation may give out more
 * kilograms of a lot than it holds, so the claims that travel with a lot never cover more fibre than the records
 * behind it.
 *
 * @param inKg  kilograms taken in
 * @param outKg kilograms given out
 */
public record MassBalance(BigDecimal inKg, BigDecimal outKg) {

    /** Weights are kept to the gram. */
    public static final int SCALE = 3;
    /** A dehairing yield is a percentage above 0 and at most 100. */
    public static final BigDecimal YIELD_MAX_PERCENT = BigDecimal.valueOf(100);

    public MassBalance {
        Objects.requireNonNull(inKg, "inKg");
        Objects.requireNonNull(outKg, "outKg");
    }

    /** What is left to give out. */
    public BigDecimal availableKg() {
        return inKg.subtract(outKg);
    }

    /** Whether {@code kg} more may be given out: at most what is left. */
    public boolean allows(BigDecimal kg) {
        return kg.signum() > 0 && kg.compareTo(availableKg()) <= 0;
    }

    /** The balance after giving out {@code kg}. */
    public MassBalance after(BigDecimal kg) {
        return new MassBalance(inKg, outKg.add(kg));
    }

    /**
     * The output of a dehairing: the input weight times the yield, to the gram, rounded down (a yield never makes
     * fibre). The yield must be above 0 % and at most 100 %.
     */
    public static BigDecimal output(BigDecimal inputKg, BigDecimal yieldPercent) {
        Objects.requireNonNull(inputKg, "inputKg");
        Objects.requireNonNull(yieldPercent, "yieldPercent");
        if (yieldPercent.signum() <= 0 || yieldPercent.compareTo(YIELD_MAX_PERCENT) > 0) {
            throw new IllegalArgumentException("a yield is above 0 % and at most 100 %, not " + yieldPercent + " %");
        }
        return inputKg.multiply(yieldPercent).divide(YIELD_MAX_PERCENT, SCALE, RoundingMode.DOWN);
    }
}
