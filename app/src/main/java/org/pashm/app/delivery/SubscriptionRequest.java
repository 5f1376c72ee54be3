package org.pashm.app.delivery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/**
 * {@code POST /organisations/{id}/subscriptions}: where the organisation's reminders go, an e-mail {@code address} or
 * a webhook {@code url}. Whether a webhook's host is a public address is asked of the name server, by the service.
 */
@JsonRequest(problem = "invalid-subscription", title = "Invalid subscription")
public record SubscriptionRequest(
        @NotNull @Schema(description = "email or webhook") String channel,
        @Size(max = 254) @Schema(description = "the e-mail address; with channel email") String address,
        @Size(max = 2000) @Schema(description = "an absolute http or https URL on a public host; with channel webhook")
        String url,
        @Size(max = 200) String description,
        @Size(max = 35) @Schema(description = "the language of the reminders' words, a tag the app speaks (en, "
                + "zh-Hans); en when left out") String language) implements CheckedRequest {

    static final String EMAIL = "email";
    static final String WEBHOOK = "webhook";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    @Override
    public void check(FieldErrors errors) {
        if (channel == null) {
            return;
        }
        switch (channel) {
            case EMAIL -> {
                if (address == null && !errors.has("/address")) {
                    errors.add("/address", Rule.REQUIRED, "address is required");
                } else if (address != null && !ADDRESS.matcher(address).matches()) {
                    errors.add("/address", Rule.INVALID_ADDRESS, "'" + address + "' is not an e-mail address");
                }
                notHere(url, "/url", errors);
            }
            case WEBHOOK -> {
                if (url == null && !errors.has("/url")) {
                    errors.add("/url", Rule.REQUIRED, "url is required");
                } else if (url != null && !isHttpUrl(url)) {
                    errors.add("/url", Rule.INVALID_URL, "'" + url + "' is not an absolute http or https URL");
                }
                notHere(address, "/address", errors);
            }
            default -> errors.add("/channel", Rule.UNKNOWN_CHANNEL, "'" + channel + "' is not a channel; expected "
                    + EMAIL + " or " + WEBHOOK);
        }
    }

    /** The target of the other channel is not a field of this one (as an unknown field, so nothing is ignored). */
    private void notHere(String value, String pointer, FieldErrors errors) {
        if (value != null) {
            String target = channel.equals(EMAIL) ? "address" : "url";
            errors.add(pointer, Rule.UNKNOWN_FIELD, "'" + pointer.substring(1) + "' is not a field of a " + channel
                    + " subscription; expected " + List.of("channel", target, "description", "language"));
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The e-mail address or the webhook URL, whichever the channel takes. */
    String target() {
        return channel.equals(EMAIL) ? address : url;
    }
}
