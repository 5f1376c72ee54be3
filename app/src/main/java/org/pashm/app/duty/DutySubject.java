package org.pashm.app.duty;

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

/** A thing of a site that duties are owed for: a goat group with its classes, a land parcel, a vehicle, a goat. */
@Entity
@Table(name = "duty_subject")
public class DutySubject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    /** A subject kind of the vocabulary, e.g. "goat-group". */
    @Column(nullable = false, length = 60)
    public String kind;

    /** The subject's id as the farm and the evidence name it, e.g. "bucks-1". */
    @Column(nullable = false, length = 100)
    public String key;

    @Column(length = 200)
    public String name;

    /** Evidence code -> class, as JSON, e.g. {"housing.goat-group.class": "housing-bucks"}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String classes;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "retired_on")
    public LocalDate retiredOn;
}
