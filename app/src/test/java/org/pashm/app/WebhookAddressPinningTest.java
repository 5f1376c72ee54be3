package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.delivery.HostResolver;
import org.pashm.app.delivery.Message;
import org.pashm.app.delivery.Outcome;
import org.pashm.app.delivery.WebhookChannel;

/**
 * A webhook's host name is resolved once, by the check of its address, and the delivery connects to the address
 * that was checked: the names below exist only in this test's resolver (the machine's resolver does not know the
 * {@code .test} domain), so the receiver is reached only if the connection used that resolution and named the host
 * in the request. Over HTTPS the name is still the one the certificate is checked against (the tests trust a
 * self-signed certificate for {@code receiver.pashm.test}, see the surefire configuration).
 */
@QuarkusTest
class WebhookAddressPinningTest {

    private static final String NAME = "receiver.pashm.test";
    /** Resolves to the same receiver, but is not the name on its certificate. */
    private static final String OTHER_NAME = "other.pashm.test";

    @Inject
    WebhookChannel webhooks;

    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void aNameServerThatKnowsTheReceiver() {
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (host.equals(NAME) || host.equals(OTHER_NAME)) {
                    lookups.incrementAndGet();
                    return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
                }
                return super.resolve(host);
            }
        }, HostResolver.class);
    }

    @Test
    void theDeliveryConnectsToTheAddressTheCheckResolvedAndNamesTheHost_7() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Message m = new Message(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "webhook",
                    "http://" + NAME + ":" + receiver.port() + "/hook", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    new ObjectMapper().createObjectNode().put("stage", "overdue"), OffsetDateTime.now(), "en");

            Outcome outcome = webhooks.send(m);

            assertThat(outcome.error()).isNull();
            assertThat(outcome.sent()).isTrue();
            assertThat(lookups).hasValue(1);
            assertThat(receiver.received).hasSize(1);
            assertThat(receiver.received.get(0).header("host")).isEqualTo(NAME + ":" + receiver.port());
            assertThat(receiver.received.get(0).header("webhook-id")).isEqualTo("msg_" + m.delivery());
        }
    }

    @Test
    void overHttpsTheCertificateIsCheckedAgainstTheNameNotTheAddress_7() throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(receiverTls()));
        List<String> hosts = new CopyOnWriteArrayList<>();
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            Outcome ok = webhooks.send(message("https://" + NAME + ":" + port + "/hook"));
            assertThat(ok.error()).isNull();
            assertThat(ok.sent()).isTrue();
            assertThat(hosts).containsExactly(NAME + ":" + port);

            Outcome wrongName = webhooks.send(message("https://" + OTHER_NAME + ":" + port + "/hook"));
            assertThat(wrongName.sent()).isFalse();
            assertThat(wrongName.error()).startsWith("SSLHandshakeException");
            assertThat(hosts).hasSize(1);
            assertThat(lookups).hasValue(2);
        } finally {
            server.stop(0);
        }
    }

    private static Message message(String url) {
        return new Message(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "webhook", url,
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", new ObjectMapper().createObjectNode().put("stage", "due"),
                OffsetDateTime.now(), "en");
    }

    private static SSLContext receiverTls() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = WebhookAddressPinningTest.class.getResourceAsStream("/tls/receiver.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        return tls;
    }
}
