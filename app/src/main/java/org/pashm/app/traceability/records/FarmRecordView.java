package org.pashm.app.traceability.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.pashm.traceability.Retention;

/** A clause 11 record as the API shows it, with the day its retention ends (none when it is kept permanently). */
public record FarmRecordView(UUID id, UUID organisation, UUID site, String kind, LocalDate recordedOn, String title,
                             String content, String retentionClause, LocalDate retentionEndsOn, boolean permanent,
                             OffsetDateTime createdAt) {

    static FarmRecordView of(FarmRecord r) {
        Retention retention = Retention.fromCode(r.kind);
        return new FarmRecordView(r.id, r.organisationId, r.siteId, r.kind, r.recordedOn, r.title, r.content,
                retention.clause(), retention.endsAfter(r.recordedOn).orElse(null), retention.isPermanent(),
                r.createdAt);
    }
}
