package org.pashm.app.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A site as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SiteView(UUID id, UUID organisation, String name, String productionSystem, String region,
                       BigDecimal latitude, BigDecimal longitude, String herderRegistrationNumber,
                       OffsetDateTime createdAt) {

    public static SiteView of(Site s) {
        return new SiteView(s.id, s.organisationId, s.name, s.productionSystem, s.region, s.latitude, s.longitude,
                s.herderRegistrationNumber, s.createdAt);
    }
}
