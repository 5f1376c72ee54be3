package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.app.calendar.FarmCalendar;

/**
 * Posts a reminder to a webhook as the Standard Webhooks specification says: a JSON body
 * {@code {"type": "duty.reminder", "timestamp", "data"}}, and the headers {@code webhook-id} (the delivery's id,
 * the same on every retry so the receiver can drop duplicates), {@code webhook-timestamp} (seconds since the epoch,
 * of this attempt) and {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of "id.timestamp.body" under the
 * subscription's secret). Signed with the specification's reference library. Any 2xx answer is a success.
 *
 * <p>Sent with the Vert.x HTTP client because it can connect to a given address while naming the host in the
 * {@code Host} header, TLS server name and certificate check: the connection goes to the address
 * {@link WebhookTargets} checked, and the name is not resolved a second time (DNS rebinding). Called from worker
 * threads (the delivery job, a retry request), never from an event loop: it waits for the answer.
 */
@ApplicationScoped
public class WebhookChannel {

    public static final String EVENT_TYPE = "duty.reminder";

    @Inject
    ObjectMapper json;

    @Inject
    org.pashm.text.Languages languages;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Vertx vertx;

    @Inject
    WebhookTargets targets;

    @ConfigProperty(name = "pashm.delivery.timeout", defaultValue = "PT10S")
    Duration timeout;

    private volatile HttpClient client;

    HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) timeout.toMillis()).setVerifyHost(true));
                }
            }
        }
        return client;
    }

    public String body(Message m) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", EVENT_TYPE);
        body.put("timestamp", m.createdAt().toInstant().toString());
        body.set("data", ReminderWords.payload(m.payload(), ReminderWords.renderer(languages, m)));
        return json.writeValueAsString(body);
    }

    public Outcome send(Message m) {
        WebhookTargets.Target target = targets.target(m.target());
        if (target.refusal() != null) {
            return Outcome.failed(null, "not sent: " + target.refusal());
        }
        URI uri = URI.create(m.target());
        if (target.address() == null) {
            return Outcome.failed(null, "UnknownHostException: " + uri.getHost());
        }
        try {
            String body = body(m);
            String id = "msg_" + m.delivery();
            long timestamp = farmCalendar.instant().getEpochSecond();
            String signature = new Webhook(m.secret()).sign(id, timestamp, body);
            boolean tls = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(m.target())
                    .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), port)))
                    .setFollowRedirects(false).setTimeout(timeout.toMillis())
                    .putHeader("content-type", "application/json")
                    .putHeader("user-agent", "Pashm-Webhooks/1")
                    .putHeader("webhook-id", id)
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", signature);
            // The response's handlers are set inside the callback that sends, on the event loop: set from this
            // thread they could come after a short answer had already ended, and wait for it for ever. The answer's
            // body is read and dropped, never held: only its status counts, and a receiver could send gigabytes.
            int status = client().request(request)
                    .compose(r -> r.send(Buffer.buffer(body))
                            .compose(response -> response.end().map(ignored -> response.statusCode())))
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return status >= 200 && status < 300 ? Outcome.ok(status)
                    : Outcome.failed(status, "the receiver answered HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        } catch (TimeoutException e) {
            return Outcome.failed(null, "TimeoutException: no answer within " + timeout.multipliedBy(2).toSeconds()
                    + " s");
        } catch (ExecutionException e) {
            return failure(e.getCause() == null ? e : e.getCause());
        } catch (Exception e) {
            return failure(e);
        }
    }

    private static Outcome failure(Throwable e) {
        return Outcome.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
