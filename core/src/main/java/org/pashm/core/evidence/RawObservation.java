package org.pashm.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An observation as a client submitted it, before validation: any of its parts may be missing or wrong.
 * {@link Vocabulary#validate} turns a list of these into {@link Observation}s or a list of problems.
 *
 * @param subjectKind absent means the site
 * @param subjectId   absent for the site
 * @param value       a JSON-like scalar: {@link BigDecimal}, {@link Boolean} or {@link String}; anything else is a
 *                    type error
 */
public record RawObservation(String code, String subjectKind, String subjectId, Object value, String unit,
                             LocalDate observedOn, String reference) {

    public static RawObservation of(String code, String subjectKind, String subjectId, Object value, String unit) {
        return new RawObservation(code, subjectKind, subjectId, value, unit, null, null);
    }
}
