package org.pashm.core.evaluation;

import java.util.Locale;

/** The verdict of one rule on one subject. */
public enum Outcome {
    /** The evidence meets the rule. */
    CONFORMS,
    /** A requirement or prohibition is not met. Only normative rules give this. */
    NONCONFORMITY,
    /** Advice ("should", "recommended", "optimal", "may") is not followed: worth telling, never a nonconformity. */
    OBSERVATION,
    /** The evidence the rule needs was not submitted. Never silently "conforms". */
    NOT_ASSESSED,
    /** The rule does not apply to this subject (no kids on the site, combing where the rule is about shearing). */
    NOT_APPLICABLE;

    /** The outcome's name as a text of core's bundles ("outcome/nonconformity"). */
    public org.pashm.core.text.Message term() {
        return org.pashm.core.text.Terms.text("outcome/" + code(), code().replace('-', ' '));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Outcome fromCode(String code) {
        for (Outcome o : values()) {
            if (o.code().equalsIgnoreCase(code) || o.name().equalsIgnoreCase(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not an outcome "
                + "(conforms, nonconformity, observation, not-assessed, not-applicable)");
    }
}
