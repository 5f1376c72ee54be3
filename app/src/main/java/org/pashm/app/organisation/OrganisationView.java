package org.pashm.app.organisation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation as the API shows it. */
public record OrganisationView(UUID id, String name, String kind, OffsetDateTime createdAt) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.createdAt);
    }
}
