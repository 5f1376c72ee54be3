package org.pashm.app.traceability.lots;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A quantity of a lot sent from one organisation to another (table shipment, V21). Append-only. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The sender. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    @Column(name = "to_organisation_id", nullable = false)
    public UUID toOrganisationId;

    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal kg;

    @Column(name = "shipped_at", nullable = false)
    public OffsetDateTime shippedAt;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
