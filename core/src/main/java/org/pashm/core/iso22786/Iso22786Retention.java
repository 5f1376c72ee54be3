package org.pashm.core.iso22786;

import java.time.Period;
import org.pashm.core.record.Retention;

/**
 * How long ISO 22786 clause 11 keeps records, for every module's record kinds: the section modules do not know
 * each other, so the periods of clause 11 live here, beside the standard, once.
 */
public final class Iso22786Retention {

    /** 11.1.7: "All records in farms or ranches shall be kept for at least 3 years." */
    public static final Retention RECORD = Retention.atLeast("record", Period.ofYears(3), "11.1.7");

    /** 11.1.2: "Evaluation and management to grazing land shall be recorded and ... kept for at least 10 years." */
    public static final Retention GRAZING_LAND_EVALUATION = Retention.atLeast("grazing-land-evaluation",
            Period.ofYears(10), "11.1.2");

    /** 11.1.3: breeding goats' archives (age, birth and death dates, quantity, cashmere quality), permanently. */
    public static final Retention BREEDING_ARCHIVE = Retention.permanently("breeding-archive", "11.1.3");

    /** 11.1.4: key parameters (number, cashmere origin, colour, quality, strain, age, weight), permanently. */
    public static final Retention KEY_PARAMETERS = Retention.permanently("key-parameters", "11.1.4");

    private Iso22786Retention() {
    }
}
