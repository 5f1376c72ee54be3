package org.pashm.core.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting shared by values, rules and reports, so that 1.50 and 1.5 always read "1.5". */
public final class Numbers {

    private Numbers() {
    }

    /** Plain decimal notation without trailing zeros or exponent: 1500, 1.5, 0.05. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Decimal places beyond which a value is taken to come from a conversion (64 [degF] is 17.7777777778 Cel). */
    private static final int WRITTEN_PLACES = 3;

    /**
     * A value for people to read: as written when it has at most three decimal places, otherwise (a converted
     * value) to four significant digits: 17.78, not 17.7777777778.
     */
    public static String forPeople(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= WRITTEN_PLACES) {
            return plain(v);
        }
        return plain(v.round(new MathContext(4, RoundingMode.HALF_UP)));
    }

    /**
     * A measured value shown beside the limit it is judged against: to one decimal place more than the limit is
     * written to (17.8 against 18), and more where that would make it look equal to the limit it is not (30.04
     * against 30 reads 30.04, not 30), but never more places than the value has.
     */
    public static String beside(BigDecimal value, BigDecimal limit) {
        BigDecimal v = value.stripTrailingZeros();
        int places = Math.max(limit.stripTrailingZeros().scale(), 0) + 1;
        while (places < v.scale()) {
            BigDecimal rounded = v.setScale(places, RoundingMode.HALF_UP);
            if (rounded.compareTo(limit) != 0 || v.compareTo(limit) == 0) {
                return plain(rounded);
            }
            places++;
        }
        return plain(v);
    }
}
