package org.pashm.app.assessment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.core.evidence.RawObservation;

/**
 * The body of the three ways to submit an assessment ({@link AssessmentRequest}, {@link SiteAssessmentRequest},
 * {@link CorrectionRequest}): they differ in where the site comes from and in the correction's reason. The evidence
 * is open-ended (each code of the vocabulary says its type and unit), so an observation is bound loosely here and
 * checked against the vocabulary by {@link EvidenceChecks}, in the same answer as the body's other mistakes.
 *
 * <pre>{@code
 * {"site": "<uuid>", "standard": "iso-22786", "edition": "DIS-2025", "assessedOn": "2026-04-02",
 *  "assessor": "...", "description": "...",
 *  "observations": [{"code": "housing.shelter.ammonia", "subject": {"kind": "shelter", "id": "shed-1"},
 *                    "value": 14.5, "unit": "mg/m3", "observedOn": "2026-04-02", "reference": "lab report 17"}]}
 * }</pre>
 */
public sealed interface SubmissionRequest
        permits AssessmentRequest, SiteAssessmentRequest, CorrectionRequest {

    UUID site();

    String standard();

    String edition();

    LocalDate assessedOn();

    String assessor();

    String description();

    List<ObservationRequest> observations();

    /** Why a correction was made; null for a new assessment. */
    default String reason() {
        return null;
    }

    /** The command the service takes. */
    default Submission submission() {
        return new Submission(site(), standard(), edition(), assessedOn(), assessor(), description(), reason(),
                observations().stream().map(o -> o == null ? ObservationRequest.NONE : o)
                        .map(ObservationRequest::raw).toList());
    }

    /** One observation as submitted; its code, value and unit are checked against the vocabulary. */
    @Schema(name = "AssessmentObservation")
    record ObservationRequest(
            @Schema(description = "a code of the vocabulary (GET /vocabulary), e.g. housing.shelter.ammonia")
            String code,
            @Valid @Schema(description = "what was observed; left out, the site itself")
            SubjectRequest subject,
            @JsonDeserialize(using = ScalarValue.class)
            @Schema(description = "a number, true or false, or text, as the code's type says", anyOf = {
                    BigDecimal.class, Boolean.class, String.class})
            Object value,
            @Size(max = 60) @Schema(description = "a UCUM unit for a quantity, e.g. mg/m3") String unit,
            LocalDate observedOn,
            @Size(max = 500) @Schema(description = "where the evidence can be found, e.g. lab report 17")
            String reference) {

        static final ObservationRequest NONE = new ObservationRequest(null, null, null, null, null, null);

        RawObservation raw() {
            return new RawObservation(code, subject == null ? null : subject.kind(),
                    subject == null ? null : subject.id(), value, unit, observedOn, reference);
        }
    }

    /** The subject of an observation, e.g. {@code {"kind": "shelter", "id": "shed-1"}}. */
    @Schema(name = "ObservedSubject")
    record SubjectRequest(@NotNull @Size(max = 60) @Schema(description = "e.g. shelter, herd, vehicle") String kind,
                          @Size(max = 100) @Schema(description = "e.g. shed-1") String id) {
    }

    /**
     * A value as the vocabulary expects it: a number (as a {@link BigDecimal}), a boolean or text. Anything else (an
     * object, an array) is kept as bound, and the vocabulary reports it as a value of the wrong type for its code.
     */
    final class ScalarValue extends JsonDeserializer<Object> {
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal d = ctxt.readValue(p, BigDecimal.class);
                // -0 and 0.000 are the same zero for the vocabulary's comparisons and displays.
                return d != null && d.signum() == 0 ? BigDecimal.ZERO : d;
            }
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            if (t == JsonToken.VALUE_STRING) {
                return ctxt.readValue(p, String.class);
            }
            return ctxt.readValue(p, Object.class);
        }
    }
}
