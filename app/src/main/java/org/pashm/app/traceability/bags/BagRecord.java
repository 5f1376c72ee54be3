package org.pashm.app.traceability.bags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bag of raw cashmere registered at harvest (table bag, V21); never changed or deleted. */
@Entity
@Table(name = "bag")
public class BagRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(nullable = false, length = 64)
    public String number;

    @Column(name = "harvested_on", nullable = false)
    public LocalDate harvestedOn;

    @Column(name = "harvest_method", nullable = false, length = 10)
    public String harvestMethod;

    @Column(nullable = false, length = 20)
    public String material;

    @Column(name = "white_cloth")
    public Boolean whiteCloth;

    @Column(name = "fibre_weight_kg", nullable = false, precision = 8, scale = 3)
    public BigDecimal fibreWeightKg;

    @Column(length = 10)
    public String fineness;

    @Column(name = "mean_fibre_diameter_um", precision = 6, scale = 3)
    public BigDecimal meanFibreDiameterUm;

    /** The text markings by {@link org.pashm.traceability.Marking} code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String markings;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
