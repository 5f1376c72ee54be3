package org.pashm.app.traceability.lots;

import java.math.BigDecimal;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.FieldErrors;
import org.pashm.traceability.MassBalance;

/** The quantities of the chain of custody: kilograms to the gram ({@link MassBalance#SCALE}), at most a million tonnes. */
final class Kilograms {

    /** The most one step may move: the columns hold 12 digits, three of them decimals. */
    static final String MAX = "999999999";

    private Kilograms() {
    }

    /** A quantity given to more decimals than the gram is refused rather than rounded. */
    static void scale(FieldErrors errors, String pointer, BigDecimal value) {
        if (value != null && !errors.has(pointer) && value.stripTrailingZeros().scale() > MassBalance.SCALE) {
            errors.add(pointer, Rule.OUT_OF_RANGE, pointer.substring(pointer.lastIndexOf('/') + 1)
                    + " is kept to " + MassBalance.SCALE + " decimals");
        }
    }
}
