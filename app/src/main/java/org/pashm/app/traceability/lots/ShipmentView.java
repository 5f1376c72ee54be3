package org.pashm.app.traceability.lots;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A shipment as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentView(UUID id, String lot, UUID from, UUID to, BigDecimal kg, OffsetDateTime shippedAt,
                           OffsetDateTime receivedAt) {
}
