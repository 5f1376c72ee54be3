package org.pashm.text;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.MeasureUnit;
import java.util.Map;

/**
 * The CLDR unit of each UCUM code the vocabulary uses, so that ICU writes the unit as the reader's language does
 * ("30 days", "30天"). A code without one is written with its symbol ({@link org.pashm.core.evidence.Units}).
 */
final class UnitNames {

    private UnitNames() {
    }

    // Not "deg": ICU's short English form is "3 deg"; people write "3°". Not "um": ICU writes the micrometre with the Greek mu (μm), the standard and the vocabulary with the micro
    // sign (µm); one fibre diameter is written one way.
    private static final Map<String, String> CLDR = Map.ofEntries(
            Map.entry("m", "meter"), Map.entry("cm", "centimeter"), Map.entry("mm", "millimeter"),
            Map.entry("km", "kilometer"),
            Map.entry("m2", "square-meter"), Map.entry("m3", "cubic-meter"), Map.entry("cm2", "square-centimeter"),
            Map.entry("ha", "hectare"),
            Map.entry("Cel", "celsius"),
            Map.entry("kg", "kilogram"), Map.entry("g", "gram"), Map.entry("mg", "milligram"), Map.entry("t", "tonne"),
            Map.entry("L", "liter"), Map.entry("mL", "milliliter"),
            Map.entry("a", "year"), Map.entry("mo", "month"), Map.entry("wk", "week"), Map.entry("d", "day"),
            Map.entry("h", "hour"), Map.entry("min", "minute"), Map.entry("s", "second"),
            Map.entry("km/h", "kilometer-per-hour"), Map.entry("m/s", "meter-per-second"),
            Map.entry("%", "percent"), Map.entry("V", "volt"), Map.entry("kV", "kilovolt"));

    /** Units people write with a word, not a symbol ("30 days", not "30 d"). */
    private static final java.util.Set<String> WORDS = java.util.Set.of("a", "mo", "wk", "d", "h", "min");

    static MeasureUnit cldr(String ucum) {
        String id = CLDR.get(ucum);
        return id == null ? null : MeasureUnit.forIdentifier(id);
    }

    static NumberFormatter.UnitWidth width(String ucum) {
        return WORDS.contains(ucum) ? NumberFormatter.UnitWidth.FULL_NAME : NumberFormatter.UnitWidth.SHORT;
    }
}
