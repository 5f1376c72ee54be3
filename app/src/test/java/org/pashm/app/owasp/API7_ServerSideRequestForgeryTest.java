package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pashm.app.Api;
import org.pashm.app.Db;
import org.pashm.app.delivery.HostResolver;
import org.pashm.app.delivery.Message;
import org.pashm.app.delivery.Outcome;
import org.pashm.app.delivery.WebhookChannel;

/**
 * API7:2023: the one place the platform makes requests to addresses its users give is the webhook. Addresses of
 * the platform's own networks are refused when the subscription is made (400 naming the field and the rule,
 * nothing stored) and again when a reminder is delivered, where no connection is even opened.
 */
@QuarkusTest
@TestProfile(API7_ServerSideRequestForgeryTest.PublicTargetsOnly.class)
class API7_ServerSideRequestForgeryTest {

    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.webhooks.allow-private-targets", "false");
        }
    }

    @Inject
    Db db;

    @Inject
    WebhookChannel webhooks;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/q/health", "http://localhost/admin",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://192.168.1.1/",
            "http://172.16.0.1/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0:5432/",
            "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/"})
    void aWebhookToAnInternalAddressIsRefusedAndNothingIsStored(String url) throws Exception {
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON).body(Map.of("channel", "webhook", "url", url))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].pointer", equalTo("/url")).body("errors[0].rule", equalTo("private-address"));
        assertThat(db.count("select count(*) from subscription where organisation_id = ?", UUID.fromString(org)))
                .isZero();
    }

    @Test
    void aPrivateAddressIsAnsweredTogetherWithTheRequestsOwnProblems() {
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON).body(Map.of("channel", "webhook", "url", "http://10.0.0.5/hook",
                        "description", "x".repeat(201)))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-subscription"))
                .body("errors.pointer", containsInAnyOrder("/url", "/description"))
                .body("errors.rule", containsInAnyOrder("private-address", "too-long"));
    }

    @Test
    void aPublicAddressIsAccepted() {
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "webhook", "url", "https://hooks.example.invalid/pashm"))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(201);
    }

    @Test
    void aDeliveryToAnAddressThatHasBecomeInternalIsNotSentAndNoConnectionIsOpened() throws Exception {
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(500);
            Message m = new Message(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "webhook",
                    "http://127.0.0.1:" + receiver.getLocalPort() + "/hook", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    new ObjectMapper().createObjectNode().put("stage", "overdue"), OffsetDateTime.now(), "en");
            Outcome outcome = webhooks.send(m);
            assertThat(outcome.sent()).isFalse();
            assertThat(outcome.error()).startsWith("not sent: ").contains("127.0.0.1");
            assertThatThrownBy(receiver::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aNameThatRebindsToAnInternalAddressAfterTheCheckIsNotFollowed() throws Exception {
        // A hostile name server: a public address (TEST-NET-3) for the first question, loopback for every later one.
        String name = "rebind.pashm.test";
        AtomicInteger lookups = new AtomicInteger();
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
                if (!host.equals(name)) {
                    return super.resolve(host);
                }
                byte[] address = lookups.getAndIncrement() == 0 ? new byte[] {(byte) 203, 0, 113, 7}
                        : new byte[] {127, 0, 0, 1};
                return new InetAddress[] {InetAddress.getByAddress(name, address)};
            }
        }, HostResolver.class);
        try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(500);
            Message m = new Message(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "webhook",
                    "http://" + name + ":" + receiver.getLocalPort() + "/hook", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    new ObjectMapper().createObjectNode().put("stage", "overdue"), OffsetDateTime.now(), "en");
            Outcome outcome = webhooks.send(m);
            assertThat(outcome.sent()).isFalse();
            assertThat(lookups).hasValue(1);
            assertThatThrownBy(receiver::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
