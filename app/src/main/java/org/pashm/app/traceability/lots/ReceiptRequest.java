package org.pashm.app.traceability.lots;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /shipments/{id}/receipt}: the receiver takes a shipment in. */
@JsonRequest(problem = "invalid-receipt", title = "Invalid receipt")
public record ReceiptRequest(
        @Schema(description = "when it arrived (RFC 3339); now when absent") OffsetDateTime receivedAt) {
}
