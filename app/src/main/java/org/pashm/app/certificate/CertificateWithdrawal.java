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

/** The withdrawal of a certificate: a record of its own, since certificates are never changed. */
@Entity
@Immutable
@Table(name = "certificate_withdrawal")
public class CertificateWithdrawal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Column(name = "withdrawn_on", nullable = false)
    public LocalDate withdrawnOn;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "withdrawn_at", nullable = false)
    public OffsetDateTime withdrawnAt;
}
