package org.pashm.core.crosswalk;

import java.util.Locale;

/**
 * How one requirement of a standard relates to the clauses of another standard that it is mapped to, taken
 * together: the four set relations of crosswalks (as in NIST's OLIR set-theory mappings), read as "what is asked".
 *
 * <p>The relation decides what an assessment against the other standard says about the requirement
 * ({@link #project}): when the targets are met, only {@link #EQUAL} and {@link #SUBSET} show the requirement met
 * (they ask at least all of it); when the targets are not met, only {@link #EQUAL} and {@link #SUPERSET} show it
 * not met (what failed is part of it). Every other case is "not assessed": the findings are shown as sources, and
 * an auditor judges the rest.
 */
public enum Relation {
    /** The requirement asks exactly what the targets ask. */
    EQUAL("asks what the target clauses ask"),
    /** Everything the requirement asks, the targets ask too, and they ask more. */
    SUBSET("asks part of what the target clauses ask"),
    /** The requirement asks everything the targets ask, and more. */
    SUPERSET("asks all that the target clauses ask, and more"),
    /** Each asks something the other does not. */
    INTERSECT("overlaps the target clauses in part");

    private final String words;
    private final org.pashm.core.text.Sentence sentence;

    Relation(String words) {
        this.words = words;
        this.sentence = org.pashm.core.text.Sentence.of("crosswalk/relation/" + name().toLowerCase(Locale.ROOT),
                words.replace("the target clauses", "{where}"), "where");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation in words, with the requirement as subject: "asks part of what the target clauses ask". */
    public String words() {
        return words;
    }

    /**
     * The relation as a sentence says it, with the requirement as subject and the target clauses named
     * ("asks part of what iso-22786 DIS-2025 5.3.3 ask").
     */
    public org.pashm.core.text.Message says(String where) {
        return sentence.with(where);
    }


    /** Every relation's sentence, for core's bundles. */
    public static java.util.List<org.pashm.core.text.Sentence> sentences() {
        return java.util.Arrays.stream(values()).map(r -> r.sentence).toList();
    }

    /** Meeting the targets shows the requirement met. */
    public boolean metWhenTargetsMet() {
        return this == EQUAL || this == SUBSET;
    }

    /** Not meeting the targets shows the requirement not met. */
    public boolean notMetWhenTargetsNotMet() {
        return this == EQUAL || this == SUPERSET;
    }

    public static Relation fromCode(String code) {
        for (Relation r : values()) {
            if (r.code().equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a relation (equal, subset, superset, intersect)");
    }
}
