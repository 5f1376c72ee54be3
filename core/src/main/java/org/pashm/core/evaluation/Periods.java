package org.pashm.core.evaluation;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Periods and days of the year in words for explanations: P1Y reads "1 year", P2M "2 months", P8W "8 weeks". */
public final class Periods {

    private Periods() {
    }

    public static String words(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() > 0 && period.getDays() % 7 == 0) {
            int weeks = period.getDays() / 7;
            return weeks + (weeks == 1 ? " week" : " weeks");
        }
        List<String> parts = new ArrayList<>(3);
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    /** "15 March". */
    public static String words(java.time.MonthDay day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
        }
    }
}
