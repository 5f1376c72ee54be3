package org.pashm.core.evidence;

/**
 * Why one submitted observation was refused: which observation (its position in the submission), which of its
 * fields, the rule it broke (a stable machine code) and a sentence for the person who sent it.
 *
 * @param field a path inside the observation: {@code code}, {@code value}, {@code unit}, {@code subject/kind},
 *              {@code subject/id}
 */
public record EvidenceProblem(int index, String field, Rule rule, String detail) {

    /** The rules a submitted observation can break. */
    public enum Rule {
        UNKNOWN_CODE("unknown-code"),
        MISSING_VALUE("missing-value"),
        WRONG_TYPE("wrong-type"),
        MISSING_UNIT("missing-unit"),
        UNKNOWN_UNIT("unknown-unit"),
        INCOMPATIBLE_UNIT("incompatible-unit"),
        IMPLAUSIBLE_VALUE("implausible-value"),
        UNKNOWN_CHOICE("unknown-choice"),
        SUBJECT_KIND_NOT_TAKEN("subject-kind-not-taken"),
        INVALID_SUBJECT("invalid-subject"),
        DUPLICATE_OBSERVATION("duplicate-observation");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
