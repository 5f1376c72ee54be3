package org.pashm.core.evidence;

import java.util.Locale;

/** The type of value an evidence code takes. */
public enum ValueType {
    /** A number with a UCUM unit, converted to the code's canonical unit. */
    QUANTITY,
    /** A whole number of things (goats, injuries). */
    COUNT,
    /** A yes/no attestation by the auditor. */
    ATTESTATION,
    /** A calendar date (ISO 8601). */
    DATE,
    /** One value from the code's list of choices. */
    CHOICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
