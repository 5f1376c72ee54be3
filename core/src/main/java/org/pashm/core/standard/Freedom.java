package org.pashm.core.standard;

import java.util.Locale;

/**
 * The Five Freedoms of ISO 22786 clause 4.1, Table 1, each with its area of intervention.
 * Every clause of every standard module is tagged with the freedoms it serves.
 */
public enum Freedom {
    HUNGER_THIRST("Freedom from hunger, thirst and malnutrition", "Feeding and watering"),
    DISCOMFORT("Freedom from physical and thermal discomfort", "Animal housing conditions and farming practices"),
    INJURY_DISEASE("Freedom from injury and disease", "Health management"),
    NORMAL_BEHAVIOUR("Freedom to express normal species-specific behavioural patterns",
            "Animal housing conditions and farming practices"),
    FEAR_STRESS("Freedom from fear and stress", "Animal housing conditions and farming practices; fibre management");

    private final String title;
    private final String areaOfIntervention;

    Freedom(String title, String areaOfIntervention) {
        this.title = title;
        this.areaOfIntervention = areaOfIntervention;
    }

    public String title() {
        return title;
    }

    public String areaOfIntervention() {
        return areaOfIntervention;
    }

    /** The short code used in URLs and JSON, e.g. {@code hunger-thirst}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Freedom fromCode(String code) {
        for (Freedom f : values()) {
            if (f.code().equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of the five freedoms "
                + "(hunger-thirst, discomfort, injury-disease, normal-behaviour, fear-stress)");
    }
}
