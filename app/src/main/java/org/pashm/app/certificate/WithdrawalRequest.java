package org.pashm.app.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /certificates/{id}/withdrawal}: withdraw a certificate. */
@JsonRequest(problem = "invalid-withdrawal", title = "Invalid withdrawal")
public record WithdrawalRequest(
        @Schema(description = "the day of withdrawal, YYYY-MM-DD; default today") LocalDate withdrawnOn,
        @NotNull @Size(max = 2000) String reason) {
}
