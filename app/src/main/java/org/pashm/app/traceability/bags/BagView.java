package org.pashm.app.traceability.bags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pashm.traceability.FinenessClass;

/**
 * A bag as the API shows it; {@code finenessClass} is derived from the measured mean diameter when there is one
 * (5.26.2.4), else the graded class.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BagView(UUID id, UUID organisation, UUID site, String number, LocalDate harvestedOn,
                      String harvestMethod, String material, Boolean whiteCloth, BigDecimal fibreWeightKg,
                      String fineness, BigDecimal meanFibreDiameterUm, String finenessClass,
                      Map<String, String> markings, List<String> goats, String lot, OffsetDateTime recordedAt) {

    static BagView of(BagRecord b, Map<String, String> markings, List<String> goats, String lot) {
        String cls = b.meanFibreDiameterUm != null ? FinenessClass.of(b.meanFibreDiameterUm).code() : b.fineness;
        return new BagView(b.id, b.organisationId, b.siteId, b.number, b.harvestedOn, b.harvestMethod, b.material,
                b.whiteCloth, b.fibreWeightKg, b.fineness, b.meanFibreDiameterUm, cls, markings, goats, lot,
                b.recordedAt);
    }
}
