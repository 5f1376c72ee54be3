package org.pashm.app.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A housing farm or a nomadic herder household, owned by an organisation. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 200)
    public String name;

    /** "housing" or "nomadic": decides which clauses apply. */
    @Column(name = "production_system", nullable = false, length = 10)
    public String productionSystem;

    /** e.g. "Alxa League, Inner Mongolia". */
    @Column(nullable = false, length = 200)
    public String region;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    /** 11.2.1: the herder's registration number in the national database (nomadic households). */
    @Column(name = "herder_registration_number", length = 64)
    public String herderRegistrationNumber;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
