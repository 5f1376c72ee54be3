package org.pashm.app.duty;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations/{id}/calendar-keys}: a secret address of the duty feed, for one calendar app. */
@JsonRequest(problem = "invalid-calendar-key", title = "Invalid calendar key")
public record CalendarKeyRequest(
        @Size(max = 200) @Schema(description = "who or what it is for", examples = "office calendar") String label) {
}
