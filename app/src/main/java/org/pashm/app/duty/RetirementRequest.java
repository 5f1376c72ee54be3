package org.pashm.app.duty;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /sites/{id}/subjects/{kind}/{id}/retirement}: from which day a subject owes nothing. */
@JsonRequest(problem = "invalid-retirement", title = "Invalid retirement")
public record RetirementRequest(
        @Schema(description = "the first day no duty is owed for it; today when left out") LocalDate on) {
}
