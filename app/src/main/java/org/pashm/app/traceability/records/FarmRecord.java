package org.pashm.app.traceability.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A record kept under clause 11 (table farm_record, V20). */
@Entity
@Table(name = "farm_record")
public class FarmRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id")
    public UUID siteId;

    /** A {@link org.pashm.traceability.Retention} code. */
    @Column(nullable = false, length = 30)
    public String kind;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(columnDefinition = "text")
    public String content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
