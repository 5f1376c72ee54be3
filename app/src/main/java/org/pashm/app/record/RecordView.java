package org.pashm.app.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A record as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordView(UUID id, UUID organisation, UUID site, String type, Subject subject, DutyRef duty,
                         LocalDate performedOn, String performedBy, String notes, String reference, JsonNode results,
                         JsonNode participants, Participation participation, UUID voids, String reason,
                         UUID voidedBy, Retention retention, OffsetDateTime recordedAt) {

    public record Subject(String kind, String id) {
    }

    public record DutyRef(String id, String title, List<String> clauses) {
    }

    /** 11.2.4: rangeland monitoring with the participation of herders and the local authority. */
    public record Participation(boolean herders, boolean localAuthority, boolean meets1124) {
    }

    /** How long clause 11 keeps the record; {@code until} is absent when it is kept permanently. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Retention(String kind, String clause, LocalDate until) {
    }
}
