package org.pashm.app.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A certificate issued from a conformant assessment: immutable once stored (the database refuses changes too). */
@Entity
@Immutable
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "standard_id", nullable = false, length = 100)
    public String standardId;

    @Column(nullable = false, length = 100)
    public String edition;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** The day it is no longer valid. */
    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    /** ISO 8601 period, as the standard declared it when the certificate was issued. */
    @Column(nullable = false, length = 20)
    public String validity;

    @Column(name = "issued_by", nullable = false, length = 200)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
}
