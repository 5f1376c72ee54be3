package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The seasons a seasonal limit of the draft names ("not higher than 30 °C in summer"), as months of the farm's
 * calendar. The draft does not define them; Pashm reads them as the meteorological seasons of the northern
 * hemisphere, where every cashmere region the standard addresses lies (docs/reading-the-standard.md, R11): winter is
 * December to February, spring March to May, summer June to August, autumn September to November.
 */
public enum Season {
    WINTER, SPRING, SUMMER, AUTUMN;

    /** The season of a day in the farm's calendar. */
    public static Season of(LocalDate day) {
        return switch (day.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> WINTER;
            case MARCH, APRIL, MAY -> SPRING;
            case JUNE, JULY, AUGUST -> SUMMER;
            case SEPTEMBER, OCTOBER, NOVEMBER -> AUTUMN;
        };
    }

    /** "summer". */
    public String words() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The season's name as a text of core's bundles ("season/summer"). */
    public org.pashm.core.text.Message term() {
        return TERMS[ordinal()];
    }

    private static final org.pashm.core.text.Message[] TERMS = java.util.Arrays.stream(values())
            .map(s -> org.pashm.core.text.Terms.text("season/" + s.words(), s.words()))
            .toArray(org.pashm.core.text.Message[]::new);
}
