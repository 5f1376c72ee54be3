package org.pashm.app.traceability.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations/{id}/records}: a record kept under clause 11, with the retention its kind says. */
@JsonRequest(problem = "invalid-record", title = "Invalid record")
public record FarmRecordRequest(
        @NotNull @Schema(description = "its retention: record, grazing-land-evaluation, breeding-archive or "
                + "key-parameters") String kind,
        @NotNull @Schema(description = "the day it was made; its retention counts from it") LocalDate recordedOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100_000) String content,
        @Schema(description = "the organisation's site it is about") UUID site) implements CheckedRequest {

    @Override
    public void check(FieldErrors errors) {
        if (kind != null && FarmRecordService.kind(kind) == null) {
            errors.add("/kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of record; expected one of "
                    + FarmRecordService.KINDS);
        }
    }
}
