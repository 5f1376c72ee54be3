package org.pashm.core.evidence;

import java.math.BigDecimal;

/** Number formatting shared by values, rules and reports, so that 1.50 and 1.5 always read "1.5". */
public final class Numbers {

    private Numbers() {
    }

    /** Plain decimal notation without trailing zeros or exponent: 1500, 1.5, 0.05. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
