package org.pashm.app.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A record as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordView(UUID id, UUID organisation, UUID site, String type, Subject subject, DutyRef duty,
                         LocalDate performedOn, String performedBy, String title, String content, String notes,
                         String reference, Map<String, Object> results, List<RecordRequest.Participant> participants,
                         Participation participation, UUID voids, String reason, UUID voidedBy, Retention retention,
                         LocalDate recordedOn, OffsetDateTime recordedAt) {

    public record Subject(String kind, String id) {
    }

    public record DutyRef(String id, String title, List<String> clauses) {
    }

    /**
     * Whether every role the kind's clause expects took part ({@code met}), and which did not ({@code missing}).
     */
    public record Participation(String clause, List<String> expected, List<String> missing, boolean met) {
    }

    /**
     * How long the record is kept, and the clause that says so: {@code until} is the first day it may be deleted,
     * absent when it is kept permanently.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Retention(String kind, String clause, LocalDate until, boolean permanent) {
    }
}
