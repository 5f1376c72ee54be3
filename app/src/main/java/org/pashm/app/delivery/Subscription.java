package org.pashm.app.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where an organisation wants its reminders: an e-mail address or a signed webhook. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** "email" or "webhook". */
    @Column(nullable = false, length = 10)
    public String channel;

    /** The e-mail address or the webhook URL. */
    @Column(nullable = false, length = 2000)
    public String target;

    /** The webhook's signing secret, "whsec_" + base64 (Standard Webhooks); null for e-mail. */
    @Column(length = 200)
    public String secret;

    @Column(length = 200)
    public String description;

    @Column(nullable = false)
    public boolean active;

    /** The language the subscriber reads reminders in: a tag the app speaks ("en", "zh-Hans"). */
    @Column(nullable = false, length = 35)
    public String language;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "deactivated_at")
    public OffsetDateTime deactivatedAt;
}
