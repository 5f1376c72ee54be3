package org.pashm.app.traceability.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A named group of an organisation's goats (table goat_group, V20); members in goat_group_member. */
@Entity
@Table(name = "goat_group")
public class GoatGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    /** The site the group is kept at, where it owes its duties (hoof repairing); null for a group of the registry only. */
    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
