package org.pashm.core.evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One validated observation, in the spirit of an HL7 FHIR Observation: a code, the subject it is about, a
 * typed value (quantities already in the code's canonical unit), the day it was observed (empty means the
 * day of the assessment) and an optional reference to supporting evidence (a photo, a lab report, a record).
 */
public record Observation(String code, Subject subject, Value value, LocalDate observedOn, String reference) {

    public Observation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
    }

    public static Observation of(String code, Subject subject, Value value) {
        return new Observation(code, subject, value, null, null);
    }
}
