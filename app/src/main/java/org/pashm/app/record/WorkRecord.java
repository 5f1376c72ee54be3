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

/** A record of work done, or of an event that starts a duty. Append-only: see V10__duty_subjects_and_records.sql. */
@Entity
@Table(name = "work_record")
public class WorkRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id", nullable = false)
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

    @Column(name = "performed_by", nullable = false, length = 200)
    public String performedBy;

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

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
