package org.pashm.app.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record a farm keeps: work done at a site, an event that starts a duty, or a document of clause 11 (a breeding
 * archive, a grazing-land evaluation) about the organisation or one of its sites. Append-only: see
 * V10__duty_subjects_and_records.sql and V36__one_records_feature.sql.
 */
@Entity
@Table(name = "work_record")
public class WorkRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** Null for a record about the organisation as a whole (subject kind {@code organisation}). */
    @Column(name = "site_id")
    public UUID siteId;

    @Column(nullable = false, length = 40)
    public String type;

    @Column(name = "subject_kind", nullable = false, length = 60)
    public String subjectKind;

    @Column(name = "subject_key", nullable = false, length = 100)
    public String subjectKey;

    @Column(name = "duty_id", length = 100)
    public String dutyId;

    @Column(name = "performed_on", nullable = false)
    public LocalDate performedOn;

    /** Who did the work; null for a document, which has a {@link #title} instead. */
    @Column(name = "performed_by", length = 200)
    public String performedBy;

    /** A document's title and its text; null for a record of work. */
    @Column(length = 200)
    public String title;

    @Column(columnDefinition = "text")
    public String content;

    @Column(length = 2000)
    public String notes;

    @Column(length = 500)
    public String reference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String details;

    @Column(name = "voids_id")
    public UUID voidsId;

    @Column(length = 2000)
    public String reason;

    @Column(nullable = false, length = 40)
    public String retention;

    @Column(name = "retain_until")
    public LocalDate retainUntil;

    /** The day the record was made, from which its retention counts. */
    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
