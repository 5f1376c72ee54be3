package org.pashm.app.traceability.lots;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations/{id}/shipments}: kilograms of a lot sent to another organisation. */
@JsonRequest(problem = "invalid-shipment", title = "Invalid shipment")
public record ShipmentRequest(
        @NotNull @Size(max = 64) @Schema(description = "the lot's code") String lot,
        @NotNull @Schema(description = "the receiving organisation") UUID to,
        @NotNull @Positive @DecimalMax(Kilograms.MAX) BigDecimal kg,
        @Schema(description = "when it left (RFC 3339); now when absent") OffsetDateTime shippedAt)
        implements CheckedRequest {

    @Override
    public void check(FieldErrors errors) {
        Kilograms.scale(errors, "/kg", kg);
    }
}
