package org.pashm.core.evaluation;

import java.util.Locale;

/** How a rule reaches its verdict. */
public enum Method {
    /** Computed by code from measured or counted values. */
    MEASUREMENT,
    /** Read from an auditor's yes/no attestation (statements that cannot be computed). */
    ATTESTATION,
    /** Catalogued only. */
    NOT_EVALUATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
