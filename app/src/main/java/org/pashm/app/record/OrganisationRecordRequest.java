package org.pashm.app.record;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/**
 * {@code POST /organisations/{id}/records}: a document the organisation keeps (a breeding archive, a grazing-land
 * evaluation), about the organisation as a whole or one of its sites, kept as long as its kind's clause says.
 */
@JsonRequest(problem = "invalid-record", title = "Invalid record")
public record OrganisationRecordRequest(
        @NotNull @Size(max = 40) @JsonAlias("kind") @Schema(description = "the kind of record, one that an "
                + "organisation keeps (GET /record-kinds: subjectKinds holds organisation), e.g. record, "
                + "grazing-land-evaluation, breeding-archive, key-parameters; 'kind' is its former name")
        String type,
        @NotNull @Schema(description = "the day the record was made; its retention counts from it")
        LocalDate recordedOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100_000) String content,
        @Schema(description = "the organisation's site it is about; the organisation as a whole when left out")
        UUID site) {
}
