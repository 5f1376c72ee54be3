package org.pashm.core.standard;

import java.util.Locale;

/** The two production systems of ISO 22786 (definitions 3.6 and 3.7); a site runs one of them. */
public enum ProductionSystem {
    /** 3.6: permanent locations with dedicated facilities from which animals are let out for grazing. */
    HOUSING,
    /** 3.7: goats graze freely in open rangelands. */
    NOMADIC;

    /** The system's name as a text of core's bundles ("system/housing"). */
    public org.pashm.core.text.Message term() {
        return org.pashm.core.text.Terms.text("system/" + code(), code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "housing" or "nomadic" in any case; throws {@link IllegalArgumentException} naming the choices otherwise. */
    public static ProductionSystem fromCode(String code) {
        for (ProductionSystem s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a production system (expected housing or nomadic)");
    }
}
