package org.pashm.app.traceability.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A goat as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoatView(UUID id, UUID organisation, UUID site, String earTag, String sex, LocalDate birthDate,
                       String strain, String coatColour, String category, OffsetDateTime registeredAt,
                       OffsetDateTime updatedAt) {

    static GoatView of(Goat g) {
        return new GoatView(g.id, g.organisationId, g.siteId, g.earTag, g.sex, g.birthDate, g.strain, g.coatColour,
                g.category, g.registeredAt, g.updatedAt);
    }
}
