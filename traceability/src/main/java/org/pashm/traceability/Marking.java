package org.pashm.traceability;

/**
 * What a packaging bag is marked with. 5.26.1.3 lists the markings of a housing farm's bags and 6.26.1.3 those of a
 * nomadic herder's; {@link BagRules#HOUSING_MARKINGS} and {@link BagRules#NOMADIC_MARKINGS} hold the two lists.
 */
public enum Marking {
    OWNER_NAME("owner-name", "goat owner's name"),
    RECORDING_PERSON("recording-person", "recording person"),
    /** For shorn fibre on a housing farm, the person who sheared it. */
    COMBING_PERSON("combing-person", "combing (or shearing) person"),
    WEIGHING_PERSON("weighing-person", "weighing person"),
    /** 5.26.1.3 "fibre weight", 6.26.1.3 "cashmere weight". */
    FIBRE_WEIGHT("fibre-weight", "fibre weight"),
    GOAT_TYPE("goat-type", "goat type"),
    /**
     * 5.26.1.3 "ear-tag number or other form of identification", 6.26.1.3 "ID ear-tag number": the identification
     * of the goats whose fibre is in the bag.
     */
    EAR_TAG_OR_ID("ear-tag-or-id", "ear-tag number or other identification of the goats"),
    FIBRE_LENGTH("fibre-length", "fibre length"),
    FINENESS("fineness", "fineness"),
    /** 5.26.1.3 "goat origin", 6.26.1.3 "origin (e.g. province)". */
    ORIGIN("origin", "origin"),
    /** 5.26.1.3 "colour", 6.26.1.3 "fibre colour". */
    COLOUR("colour", "fibre colour");

    private final String code;
    private final String words;

    Marking(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** "owner-name": lower-case words joined by '-', used in evidence codes and the REST API. */
    public String code() {
        return code;
    }

    /** The marking in words for messages: "goat owner's name". */
    public String words() {
        return words;
    }

    /** Parses {@link #code()}; throws {@link IllegalArgumentException} otherwise. */
    public static Marking fromCode(String code) {
        for (Marking m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a bag marking");
    }
}
