package org.pashm.app.traceability.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A goat of the herd registry (table goat, V20). */
@Entity
@Table(name = "goat")
public class Goat extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "ear_tag", nullable = false, length = 40)
    public String earTag;

    @Column(nullable = false, length = 6)
    public String sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(length = 100)
    public String strain;

    @Column(name = "coat_colour", length = 40)
    public String coatColour;

    @Column(nullable = false, length = 20)
    public String category;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
