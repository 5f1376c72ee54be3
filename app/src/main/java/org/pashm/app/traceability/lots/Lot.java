package org.pashm.app.traceability.lots;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lot of fibre (table lot, V21): bags aggregated at a buying station, or a dehairing output. Append-only. */
@Entity
@Table(name = "lot")
public class Lot extends PanacheEntityBase {

    /** The kinds of lot: bags collected, or a dehairing's output. */
    public static final String AGGREGATION = "aggregation";
    public static final String DEHAIRING = "dehairing";

    @Id
    public UUID id;

    /** Who made the lot: the buying station, or the dehairing station. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 64)
    public String code;

    /** "aggregation" or "dehairing". */
    @Column(nullable = false, length = 12)
    public String kind;

    @Column(name = "quantity_kg", nullable = false, precision = 12, scale = 3)
    public BigDecimal quantityKg;

    @Column(name = "yield_percent", precision = 6, scale = 3)
    public BigDecimal yieldPercent;

    @Column(name = "event_time", nullable = false)
    public OffsetDateTime eventTime;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
