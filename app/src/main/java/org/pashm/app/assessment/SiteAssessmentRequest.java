package org.pashm.app.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.assessment.SubmissionRequest.ObservationRequest;
import org.pashm.app.web.JsonRequest;

/** {@code POST /sites/{id}/assessments}: a new assessment of the site in the path, which the body may leave out. */
@JsonRequest(problem = "invalid-assessment", title = "Invalid assessment")
public record SiteAssessmentRequest(
        @Schema(description = "may be left out; if given, the site of the path") UUID site,
        @Size(max = 100) @Schema(description = "the standard's id; iso-22786 when left out") String standard,
        @Size(max = 100) @Schema(description = "an edition of the standard; the newest when left out") String edition,
        @NotNull LocalDate assessedOn,
        @NotNull @Size(max = 200) String assessor,
        @Size(max = 2000) String description,
        @NotEmpty List<@NotNull @Valid ObservationRequest> observations) implements SubmissionRequest {
}
