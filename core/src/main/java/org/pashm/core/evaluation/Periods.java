package org.pashm.core.evaluation;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Periods in words for explanations: P1Y reads "1 year", P2M "2 months", P8W "56 days". */
public final class Periods {

    private Periods() {
    }

    public static String words(Period period) {
        List<String> parts = new ArrayList<>(3);
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
        }
    }
}
