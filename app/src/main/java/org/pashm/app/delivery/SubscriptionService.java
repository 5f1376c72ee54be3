package org.pashm.app.delivery;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** An organisation's subscriptions to reminders. */
@ApplicationScoped
public class SubscriptionService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A subscription as the API shows it. The webhook secret is shown once, in the answer to its creation: the
     * receiver needs it to verify signatures, and nobody else should read it later.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(UUID id, UUID organisation, String channel, String address, String url,
                                   String secret, String description, boolean active, OffsetDateTime createdAt,
                                   OffsetDateTime deactivatedAt) {
        static SubscriptionView of(Subscription s, boolean withSecret) {
            boolean email = s.channel.equals("email");
            return new SubscriptionView(s.id, s.organisationId, s.channel, email ? s.target : null,
                    email ? null : s.target, withSecret ? s.secret : null, s.description, s.active, s.createdAt,
                    s.deactivatedAt);
        }
    }

    @jakarta.inject.Inject
    WebhookTargets targets;

    @jakarta.inject.Inject
    FarmCalendar farmCalendar;

    public SubscriptionView create(UUID organisation, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String channel = Json.text(body.get("channel"), "/channel", true, 10, errors);
        String target = null;
        if (channel != null && channel.equals("email")) {
            target = Json.text(body.get("address"), "/address", true, 254, errors);
            if (target != null && !EMAIL.matcher(target).matches()) {
                errors.add(FieldError.body("/address", Rule.INVALID_ADDRESS, "'" + target + "' is not an e-mail address"));
            }
            FieldErrors.unknownFields(body, List.of("channel", "address", "description"), errors);
        } else if (channel != null && channel.equals("webhook")) {
            target = Json.text(body.get("url"), "/url", true, 2000, errors);
            if (target != null && !isHttpUrl(target)) {
                errors.add(FieldError.body("/url", Rule.INVALID_URL, "'" + target + "' is not an absolute http or https "
                        + "URL"));
            } else if (target != null) {
                String refused = targets.refusal(target).orElse(null);
                if (refused != null) {
                    errors.add(FieldError.body("/url", Rule.PRIVATE_ADDRESS, refused));
                }
            }
            FieldErrors.unknownFields(body, List.of("channel", "url", "description"), errors);
        } else if (channel != null) {
            errors.add(FieldError.body("/channel", Rule.UNKNOWN_CHANNEL, "'" + channel + "' is not a channel; expected "
                    + "email or webhook"));
        }
        String description = Json.text(body.get("description"), "/description", false, 200, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-subscription", "Invalid subscription",
                    FieldErrors.summary(errors), errors);
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.channel = channel;
        s.target = target;
        s.description = description;
        s.active = true;
        s.createdAt = farmCalendar.now();
        if (channel.equals("webhook")) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            s.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        }
        s.persist();
        return SubscriptionView.of(s, true);
    }

    static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
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
