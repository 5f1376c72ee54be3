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
        return stripped(value).toPlainString();
    }

    /** The value without trailing zeros, never in exponent form when written plainly (1500, not 1.5E+3). */
    public static BigDecimal stripped(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Decimal places beyond which a value is taken to come from a conversion (64 [degF] is 17.7777777778 Cel). */
    private static final int WRITTEN_PLACES = 3;

    /**
     * A value for people to read: as written when it has at most three decimal places, otherwise (a converted
     * value) to four significant digits: 17.78, not 17.7777777778.
     */
    public static String forPeople(BigDecimal value) {
        return forPeopleValue(value).toPlainString();
    }

    /** {@link #forPeople(BigDecimal)} as a number, for a sentence to format in its reader's language. */
    public static BigDecimal forPeopleValue(BigDecimal value) {
        BigDecimal v = stripped(value);
        if (v.scale() <= WRITTEN_PLACES) {
            return v;
        }
        return stripped(v.round(new MathContext(4, RoundingMode.HALF_UP)));
    }

    /**
     * A measured value shown beside the limit it is judged against: to one decimal place more than the limit is
     * written to (17.8 against 18), and more where that would make it look equal to the limit it is not (30.04
     * against 30 reads 30.04, not 30), but never more places than the value has.
     */
    public static String beside(BigDecimal value, BigDecimal limit) {
        return besideValue(value, limit).toPlainString();
    }

    /** {@link #beside(BigDecimal, BigDecimal)} as a number, for a sentence to format in its reader's language. */
    public static BigDecimal besideValue(BigDecimal value, BigDecimal limit) {
        BigDecimal v = stripped(value);
        int places = Math.max(limit.stripTrailingZeros().scale(), 0) + 1;
        while (places < v.scale()) {
            BigDecimal rounded = v.setScale(places, RoundingMode.HALF_UP);
            if (rounded.compareTo(limit) != 0 || v.compareTo(limit) == 0) {
                return stripped(rounded);
            }
            places++;
        }
        return v;
    }
}
