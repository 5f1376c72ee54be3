package org.pashm.app.assessment;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Json;
import org.pashm.core.evidence.RawObservation;

/**
 * An assessment as submitted, read from JSON field by field so that every mistake is reported at once with a JSON
 * pointer. Vocabulary checks (codes, units, plausibility) come after, in the service.
 *
 * <pre>{@code
 * {"site": "<uuid>", "standard": "iso-22786", "edition": "DIS-2025", "assessedOn": "2026-04-02",
 *  "assessor": "...", "description": "...",
 *  "observations": [{"code": "housing.shelter.ammonia", "subject": {"kind": "shelter", "id": "shed-1"},
 *                    "value": 14.5, "unit": "mg/m3", "observedOn": "2026-04-02", "reference": "lab report 17"}]}
 * }</pre>
 */
record Submission(UUID site, String standard, String edition, LocalDate assessedOn, String assessor,
                  String description, String reason, List<RawObservation> observations) {

    static final List<String> FIELDS = List.of("site", "standard", "edition", "assessedOn", "assessor", "description",
            "observations");
    static final List<String> CORRECTION_FIELDS = List.of("site", "standard", "edition", "assessedOn", "assessor",
            "description", "observations", "reason");
    static final List<String> OBSERVATION_FIELDS = List.of("code", "subject", "value", "unit", "observedOn", "reference");

    /**
     * Reads the body; appends every problem found to {@code errors}. {@code latestDay} is the latest date anywhere on
     * Earth ({@code FarmCalendar.latestDateOnEarth}): an assessment dated after it is in the future.
     */
    static Submission read(JsonNode body, boolean correction, int maxObservations, LocalDate latestDay,
                           List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            errors.add(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object"));
            return null;
        }
        UUID site = Json.uuid(body.get("site"), "/site", false, errors);
        String standard = Json.text(body.get("standard"), "/standard", false, 100, errors);
        String edition = Json.text(body.get("edition"), "/edition", false, 100, errors);
        if (edition != null && standard == null) {
            errors.add(FieldError.body("/edition", Rule.STANDARD_REQUIRED, "an edition needs the standard it belongs to"));
        }
        LocalDate assessedOn = Json.date(body.get("assessedOn"), "/assessedOn", true, errors);
        if (assessedOn != null && assessedOn.isAfter(latestDay)) {
            errors.add(FieldError.body("/assessedOn", Rule.IN_THE_FUTURE, "assessedOn " + assessedOn + " is in the future"));
        }
        String assessor = Json.text(body.get("assessor"), "/assessor", true, 200, errors);
        String description = Json.text(body.get("description"), "/description", false, 2000, errors);
        String reason = correction ? Json.text(body.get("reason"), "/reason", true, 2000, errors) : null;
        FieldErrors.unknownFields(body, correction ? CORRECTION_FIELDS : FIELDS, errors);

        List<RawObservation> observations = new ArrayList<>();
        JsonNode list = body.get("observations");
        if (list == null || list.isNull()) {
            errors.add(FieldError.body("/observations", Rule.REQUIRED, "observations is required"));
        } else if (!list.isArray()) {
            errors.add(FieldError.body("/observations", Rule.WRONG_TYPE, "observations must be an array"));
        } else if (list.isEmpty()) {
            errors.add(FieldError.body("/observations", Rule.REQUIRED, "an assessment needs at least one observation"));
        } else if (list.size() > maxObservations) {
            errors.add(FieldError.body("/observations", Rule.TOO_MANY, "an assessment takes at most " + maxObservations
                    + " observations; this one has " + list.size()));
        } else {
            for (int i = 0; i < list.size(); i++) {
                observations.add(observation(list.get(i), "/observations/" + i, errors));
            }
        }
        return new Submission(site, standard, edition, assessedOn, assessor, description, reason, observations);
    }

    private static RawObservation observation(JsonNode o, String at, List<FieldError> errors) {
        if (!o.isObject()) {
            errors.add(FieldError.body(at, Rule.WRONG_TYPE, "an observation must be a JSON object"));
            return new RawObservation(null, null, null, null, null, null, null);
        }
        String code = o.hasNonNull("code") && o.get("code").isTextual() ? o.get("code").textValue() : null;
        if (o.hasNonNull("code") && code == null) {
            errors.add(FieldError.body(at + "/code", Rule.WRONG_TYPE, "code must be a string"));
        }
        String kind = null;
        String id = null;
        JsonNode subject = o.get("subject");
        if (subject != null && !subject.isNull()) {
            if (!subject.isObject()) {
                errors.add(FieldError.body(at + "/subject", Rule.WRONG_TYPE,
                        "subject must be an object such as {\"kind\": \"shelter\", \"id\": \"shed-1\"}"));
            } else {
                kind = Json.text(subject.get("kind"), at + "/subject/kind", true, 60, errors);
                id = Json.text(subject.get("id"), at + "/subject/id", false, 100, errors);
            }
        }
        String unit = Json.text(o.get("unit"), at + "/unit", false, 60, errors);
        LocalDate observedOn = Json.date(o.get("observedOn"), at + "/observedOn", false, errors);
        String reference = Json.text(o.get("reference"), at + "/reference", false, 500, errors);
        FieldErrors.unknownFields(o, at, OBSERVATION_FIELDS, errors);
        return new RawObservation(code, kind, id, scalar(o.get("value")), unit, observedOn, reference);
    }

    /** A JSON value as the vocabulary expects it: a number, a boolean or a string; anything else stays a node. */
    private static Object scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue().compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v;
    }
}
