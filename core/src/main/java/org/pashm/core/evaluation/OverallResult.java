package org.pashm.core.evaluation;

import java.util.Objects;

/**
 * The overall result of an assessment under its standard's decision rule.
 *
 * @param code        a stable code from the standard's own set ("conformant", "nonconformant", "incomplete" for
 *                    ISO 22786; another standard may use "gold" or "major-nonconformity")
 * @param conformant  whether the result counts as conformant (for certificates and "welfare-conformant" claims)
 * @param explanation why, in one or two sentences
 */
public record OverallResult(String code, boolean conformant, org.pashm.core.text.Message explanation) {

    public OverallResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }
}
