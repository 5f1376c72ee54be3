package org.pashm.app.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        @NotNull @Size(max = 40) @Schema(description = "the kind of record; GET /record-kinds lists them")
        String type,
        @Valid @Schema(description = "what it is about; the site when left out") Subject subject,
        @Size(max = 100) @Schema(description = "the duty it fulfils; needed when the kind names its duty or when "
                + "the subject owes several") String duty,
        @NotNull LocalDate performedOn,
        @NotNull @Size(max = 200) String performedBy,
        @Size(max = 2000) String notes,
        @Size(max = 500) String reference,
        @Size(max = 50) @Schema(description = "the values the kind's fields hold, by field name (GET /record-kinds "
                + "gives each field's type, range or choices)") Map<String, Object> results,
        @Size(max = 100) @Schema(description = "who took part, for a kind that names its participants")
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

    /**
     * The rules of the request's shape; what its kind says of it (its results, participants and duty) is
     * {@link RecordRequestCheck}'s.
     */
    @Override
    public void check(FieldErrors errors) {
        if (subject != null && "site".equals(subject.kind()) && subject.id() != null && !subject.id().equals("site")) {
            errors.add("/subject/id", Rule.INVALID_ID, "the site's subject id is 'site'");
        }
        if (subject != null && subject.kind() != null && !"site".equals(subject.kind()) && subject.id() == null
                && !errors.has("/subject/id")) {
            errors.add("/subject/id", Rule.REQUIRED, "subject/id is required");
        }
        if (voids == null && reason != null) {
            errors.add("/reason", Rule.NOT_APPLICABLE, "a reason goes with voids: the record this one replaces");
        }
        if (voids != null && reason == null && !errors.has("/reason")) {
            errors.add("/reason", Rule.REQUIRED, "reason is required: say why the record it voids was wrong");
        }
    }
}
