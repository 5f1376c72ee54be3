package org.pashm.app.certificate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /certificates}: certify a conformant assessment. */
@JsonRequest(problem = "invalid-certificate", title = "Invalid certificate")
public record CertificateRequest(
        @NotNull @Schema(description = "the assessment certified (its current version)") UUID assessment,
        @Schema(description = "the day of issue, YYYY-MM-DD; default today") LocalDate issuedOn,
        @NotNull @Size(max = 200) @Schema(description = "the certification body or auditor who issues it")
        String issuedBy) {
}
