package org.pashm.core.standard;

/**
 * The normative strength of a clause or rule, read from the standard's wording.
 *
 * <p>Only requirements and prohibitions can give a nonconformity; advice ("should", "it is recommended",
 * "may", "can", "optimal") gives an observation at most.
 */
public enum Strength {
    /** "shall". */
    REQUIREMENT,
    /** "shall not", "is prohibited", "is not allowed". */
    PROHIBITION,
    /** "should", "it is recommended", "optimal", "may", "can". */
    ADVICE;

    /** Requirements and prohibitions: the statements a nonconformity can be raised against. */
    public boolean isNormative() {
        return this != ADVICE;
    }

    /** True when this strength is at least as strong as {@code other} (requirement and prohibition are equal). */
    public boolean atLeast(Strength other) {
        return isNormative() || !other.isNormative();
    }
}
