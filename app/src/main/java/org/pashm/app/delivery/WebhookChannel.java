package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts a reminder to a webhook as the Standard Webhooks specification says: a JSON body
 * {@code {"type": "duty.reminder", "timestamp", "data"}}, and the headers {@code webhook-id} (the delivery's id,
 * the same on every retry so the receiver can drop duplicates), {@code webhook-timestamp} (seconds since the epoch,
 * of this attempt) and {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of "id.timestamp.body" under the
 * subscription's secret). Signed with the specification's reference library. Any 2xx answer is a success.
 */
@ApplicationScoped
public class WebhookChannel {

    public static final String EVENT_TYPE = "duty.reminder";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "pashm.delivery.timeout", defaultValue = "PT10S")
    Duration timeout;

    private volatile HttpClient client;

    HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    public String body(Message m) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", EVENT_TYPE);
        body.put("timestamp", m.createdAt().toInstant().toString());
        body.set("data", m.payload());
        return json.writeValueAsString(body);
    }

    @Inject
    WebhookTargets targets;

    public Outcome send(Message m) {
        String refused = targets.refusal(m.target()).orElse(null);
        if (refused != null) {
            return Outcome.failed(null, "not sent: " + refused);
        }
        try {
            String body = body(m);
            String id = "msg_" + m.delivery();
            long timestamp = Instant.now().getEpochSecond();
            String signature = new Webhook(m.secret()).sign(id, timestamp, body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(m.target())).timeout(timeout)
                    .header("content-type", "application/json")
                    .header("user-agent", "Pashm-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Outcome.ok(status)
                    : Outcome.failed(status, "the receiver answered HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        } catch (Exception e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        }
    }
}
