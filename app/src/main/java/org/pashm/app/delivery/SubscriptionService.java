package org.pashm.app.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** An organisation's subscriptions to reminders. */
@ApplicationScoped
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A subscription as the API shows it. The webhook secret is shown once, in the answer to its creation: the
     * receiver needs it to verify signatures, and nobody else should read it later.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(UUID id, UUID organisation, String channel, String address, String url,
                                   String secret, String description, String language, boolean active,
                                   OffsetDateTime createdAt, OffsetDateTime deactivatedAt) {
        static SubscriptionView of(Subscription s, boolean withSecret) {
            boolean email = s.channel.equals(SubscriptionRequest.EMAIL);
            return new SubscriptionView(s.id, s.organisationId, s.channel, email ? s.target : null,
                    email ? null : s.target, withSecret ? s.secret : null, s.description, s.language, s.active,
                    s.createdAt, s.deactivatedAt);
        }

        /** The same subscription without its secret: what is kept to answer a retry of its creation. */
        public SubscriptionView withoutSecret() {
            return new SubscriptionView(id, organisation, channel, address, url, null, description, language, active,
                    createdAt, deactivatedAt);
        }
    }

    @Inject
    WebhookTargets targets;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    org.pashm.text.Languages languages;

    /**
     * Subscribes {@code organisation} (a webhook's host must be public: asked of the name server, and answered with
     * the request's own problems); runs in the caller's transaction. The answer carries the webhook's new signing
     * secret.
     */
    public SubscriptionView create(UUID organisation, Received<SubscriptionRequest> received) {
        SubscriptionRequest request = received.check((q, errors) -> {
            if (q.language() != null && languages.exactly(q.language()) == null) {
                errors.add("/language", Rule.INVALID_VALUE, "'" + q.language() + "' is not a language the app "
                        + "speaks; spoken: " + String.join(", ", languages.tags()));
            }
            if (SubscriptionRequest.WEBHOOK.equals(q.channel()) && q.url() != null && !errors.has("/url")) {
                targets.refusal(q.url()).ifPresent(refused -> errors.add("/url", Rule.PRIVATE_ADDRESS, refused));
            }
        });
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.channel = request.channel();
        s.target = request.target();
        s.description = request.description();
        s.language = request.language() == null ? org.pashm.text.Languages.ENGLISH : request.language();
        s.active = true;
        s.createdAt = farmCalendar.now();
        if (s.channel.equals(SubscriptionRequest.WEBHOOK)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            s.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        }
        s.persist();
        return SubscriptionView.of(s, true);
    }

    public Page<SubscriptionView> list(UUID organisation, Paging paging) {
        var query = Subscription.<Subscription>find("organisationId = ?1 order by createdAt, id", organisation);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream()
                .map(s -> SubscriptionView.of(s, false)).toList(), paging, total);
    }

    public Subscription find(UUID organisation, UUID id) {
        Subscription s = Subscription.findById(id);
        if (s == null || !s.organisationId.equals(organisation)) {
            throw Problems.notFound("unknown-subscription", "Unknown subscription", "Organisation " + organisation
                    + " has no subscription " + id + ".");
        }
        return s;
    }

    public SubscriptionView get(UUID organisation, UUID id) {
        return SubscriptionView.of(find(organisation, id), false);
    }

    /** Switches a subscription off: nothing more is sent to it, and its pending deliveries are cancelled. */
    @Transactional
    public void deactivate(UUID organisation, UUID id) {
        Subscription s = find(organisation, id);
        if (s.active) {
            s.active = false;
            s.deactivatedAt = farmCalendar.now();
            Subscription.getEntityManager().createNativeQuery("""
                            update delivery set status = 'cancelled', last_error = 'the subscription was switched off'
                            where organisation_id = ?1 and subscription_id = ?2 and status = 'pending'""")
                    .setParameter(1, organisation).setParameter(2, id).executeUpdate();
        }
    }
}
