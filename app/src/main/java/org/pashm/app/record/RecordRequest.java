package org.pashm.app.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/**
 * {@code POST /sites/{id}/records}: work done at a site, or an event that starts a duty. With {@code voids} and
 * {@code reason} it replaces an earlier record.
 */
@JsonRequest(problem = "invalid-record", title = "Invalid record")
public record RecordRequest(
        @NotNull @Size(max = 40) @Schema(description = "the kind of record; GET /sites/{id}/records lists them")
        String type,
        @Valid @Schema(description = "what it is about; the site when left out") Subject subject,
        @Size(max = 100) @Schema(description = "the duty it fulfils; needed when type is other or when the subject "
                + "owes several") String duty,
        @NotNull LocalDate performedOn,
        @NotNull @Size(max = 200) String performedBy,
        @Size(max = 2000) String notes,
        @Size(max = 500) String reference,
        @Schema(description = "a soil test's results (5.16.5): nitrogen, phosphorus, potassium (mg/kg of dry soil), "
                + "ph, organicMatter (% of dry mass)") Map<String, BigDecimal> results,
        @Size(max = 100) @Schema(description = "who took part in a rangeland monitoring (11.2.4)")
        List<@Valid @NotNull Participant> participants,
        @Schema(description = "the record this one replaces") UUID voids,
        @Size(max = 2000) @Schema(description = "why the replaced record was wrong; with voids") String reason)
        implements CheckedRequest {

    /** A registered subject of the site ({@code kind} and {@code id}), or the site itself ({@code site}). */
    public record Subject(@NotNull @Size(max = 60) String kind, @Size(max = 100) String id) {
    }

    /** One who took part, and in which role. */
    public record Participant(@NotNull @Size(max = 200) String name, @NotNull @Size(max = 40) String role) {
    }

    @Override
    public void check(FieldErrors errors) {
        RecordType kind = type == null ? null : RecordType.of(type).filter(t -> t != RecordType.VOID).orElse(null);
        if (type != null && kind == null) {
            errors.add("/type", Rule.UNKNOWN_RECORD_TYPE, "'" + type + "' is not a type of record; expected one of "
                    + RecordType.postable() + (type.equals("void") ? " (void a record with POST .../records/{id}/void)"
                    : ""));
        }
        if (subject != null && "site".equals(subject.kind()) && subject.id() != null && !subject.id().equals("site")) {
            errors.add("/subject/id", Rule.INVALID_ID, "the site's subject id is 'site'");
        }
        if (subject != null && subject.kind() != null && !"site".equals(subject.kind()) && subject.id() == null
                && !errors.has("/subject/id")) {
            errors.add("/subject/id", Rule.REQUIRED, "subject/id is required");
        }
        if (kind == RecordType.OTHER && duty == null && !errors.has("/duty")) {
            errors.add("/duty", Rule.REQUIRED, "duty is required: an 'other' record names the duty it fulfils");
        }
        if (kind == RecordType.SOIL_TEST) {
            checkSoilResults(errors);
        } else if (results != null) {
            errors.add("/results", Rule.NOT_APPLICABLE, "results belong to soil-test records");
        }
        if (kind == RecordType.RANGELAND_MONITORING) {
            if ((participants == null || participants.isEmpty()) && !errors.has("/participants")) {
                errors.add("/participants", Rule.REQUIRED, "name who took part in the monitoring (11.2.4: herders and "
                        + "the local authority)");
            } else if (participants != null) {
                for (int i = 0; i < participants.size(); i++) {
                    String role = participants.get(i) == null ? null : participants.get(i).role();
                    if (role != null && !RecordService.ROLES.contains(role)) {
                        errors.add("/participants/" + i + "/role", Rule.UNKNOWN_ROLE, "'" + role + "' is not a role; "
                                + "expected one of " + RecordService.ROLES);
                    }
                }
            }
        } else if (participants != null) {
            errors.add("/participants", Rule.NOT_APPLICABLE, "participants belong to rangeland-monitoring records");
        }
        if (voids == null && reason != null) {
            errors.add("/reason", Rule.NOT_APPLICABLE, "a reason goes with voids: the record this one replaces");
        }
        if (voids != null && reason == null && !errors.has("/reason")) {
            errors.add("/reason", Rule.REQUIRED, "reason is required: say why the record it voids was wrong");
        }
    }

    private void checkSoilResults(FieldErrors errors) {
        if (errors.has("/results")) {
            return;
        }
        if (results == null) {
            errors.add("/results", Rule.REQUIRED, "a soil test (5.16.5) gives its results: "
                    + String.join(", ", RecordService.SOIL_RESULTS.keySet()));
            return;
        }
        RecordService.SOIL_RESULTS.forEach((name, range) -> {
            BigDecimal v = results.get(name);
            String pointer = "/results/" + name;
            if (errors.has(pointer)) {
                return;
            }
            if (v == null) {
                errors.add(pointer, Rule.REQUIRED, "5.16.5: a soil test covers major nutrients, pH and organic matter; "
                        + name + " is missing");
            } else if (v.compareTo(range[0]) < 0 || v.compareTo(range[1]) > 0) {
                errors.add(pointer, Rule.OUT_OF_RANGE, name + " must be between " + range[0] + " and " + range[1]
                        + " (" + RecordService.unit(name) + ")");
            }
        });
        results.keySet().stream().filter(k -> !RecordService.SOIL_RESULTS.containsKey(k)).sorted().forEach(k ->
                errors.add("/results/" + k, Rule.UNKNOWN_FIELD, "'" + k + "' is not a field here; expected "
                        + List.copyOf(RecordService.SOIL_RESULTS.keySet())));
    }
}
