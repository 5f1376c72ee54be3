package org.pashm.app.traceability.lots;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A lot as the API shows it: what it is, what went into it, and who holds how much of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LotView(UUID id, String code, String kind, UUID organisation, BigDecimal quantityKg,
                      BigDecimal yieldPercent, OffsetDateTime eventTime, Integer bags, List<Input> inputs,
                      List<Holding> holdings, OffsetDateTime recordedAt) {

    /** A lot a dehairing drew from, and how much. */
    public record Input(String lot, BigDecimal kg) {
    }

    /** An organisation's mass balance of the lot. */
    public record Holding(UUID organisation, BigDecimal inKg, BigDecimal outKg, BigDecimal availableKg) {
    }
}
