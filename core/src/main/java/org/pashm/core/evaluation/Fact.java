package org.pashm.core.evaluation;

import java.util.Objects;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Value;
import org.pashm.core.text.Message;

/**
 * One value a verdict rests on, as data: an observed value ({@code housing.shelter.ammonia} = 24 mg/m3) or one
 * derived from observations (the required area, 135 m2). The facts are the trace of a verdict; they are stored and
 * compared as they are, and put into words when read.
 *
 * @param name  the evidence code observed, or the name of the derived figure
 * @param label what the fact is called when it is not an evidence code (whose label says it); null for a code
 */
public record Fact(String name, Value value, Message label) {

    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** What was observed for {@code code}. */
    public static Fact of(EvidenceCode code, Value value) {
        return new Fact(code.code(), value, null);
    }

    public static Fact of(EvidenceCode code, long count) {
        return new Fact(code.code(), new Value.Count(count), null);
    }

    public static Fact of(EvidenceCode code, java.time.LocalDate day) {
        return new Fact(code.code(), new Value.Date(day), null);
    }

    public static Fact of(EvidenceCode code, boolean attested) {
        return new Fact(code.code(), Value.Attestation.of(attested), null);
    }

    /** What {@code code} shows on this subject. */
    public static Fact observed(SubjectEvidence evidence, EvidenceCode code) {
        return new Fact(code.code(), evidence.value(code), null);
    }
}
