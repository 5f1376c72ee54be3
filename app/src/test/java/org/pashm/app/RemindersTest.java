package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import static org.hamcrest.Matchers.hasItem;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.delivery.DeliverySender;
import org.pashm.app.delivery.ReminderJob;

/**
 * Reminders from the daily job to a real SMTP server (GreenMail) and a real HTTP receiver that verifies the Standard
 * Webhooks signature; retries, dead-letter and re-triggering. The job's and the sender's code is driven directly,
 * with the day and the clock given, never by waiting for the scheduler.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
class RemindersTest {

    @Inject
    ReminderJob job;

    @Inject
    DeliverySender sender;

    @Inject
    Db db;

    @BeforeEach
    void drainOtherTestsOutbox() {
        // Deliveries other tests left pending (their receivers are gone) are tried until dead, so that what this
        // test sees is its own.
        sender.deliverDue(Instant.now().plus(Duration.ofDays(1)));
    }

    static String subscribe(String org, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + org + "/subscriptions")
                .then().statusCode(201).extract().asString();
    }

    static List<MimeMessage> mailTo(String address) throws Exception {
        return Arrays.stream(SmtpServer.greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The signature of the Standard Webhooks specification, computed here independently of the app's library. */
    static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    long count(String sql, String org) {
        return db.count(sql, UUID.fromString(org));
    }

    @Test
    void eachReminderReachesTheMailboxAndTheSignedWebhookOnce() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-01-10");     // due 2024-03-10
        String address = "manager-" + UUID.randomUUID() + "@example.test";
        subscribe(org, Map.of("channel", "email", "address", address));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath hook = JsonPath.from(subscribe(org, Map.of("channel", "webhook", "url", receiver.url(),
                    "description", "farm ERP")));
            String secret = hook.getString("secret");
            assertThat(secret).startsWith("whsec_");
            given().when().get("/organisations/" + org + "/subscriptions/" + hook.getString("id")).then()
                    .statusCode(200).body("secret", equalTo(null));

            // 2024-03-03: seven days before the hoof repair is due; the March-April inspection window is open.
            job.run(LocalDate.parse("2024-03-03"));
            assertThat(count("select count(*) from reminder where organisation_id = ?", org)).isEqualTo(2);
            assertThat(db.count("select count(*) from reminder where organisation_id = ? and duty_id = "
                    + "'hoof-repair-housing-bucks' and stage = 'lead' and lead_days = 7 and due_on = '2024-03-10'",
                    UUID.fromString(org))).isEqualTo(1);
            // Run again (another instance, a restart): nothing more.
            job.run(LocalDate.parse("2024-03-03"));
            job.run(LocalDate.parse("2024-03-04"));
            assertThat(count("select count(*) from reminder where organisation_id = ?", org)).isEqualTo(2);
            assertThat(count("select count(*) from delivery where organisation_id = ?", org)).isEqualTo(4);

            sender.deliverDue(Instant.now());
            sender.deliverDue(Instant.now());
            List<MimeMessage> mail = mailTo(address);
            assertThat(mail).hasSize(2);
            MimeMessage hoof = mail.stream().filter(m -> subject(m).contains("Hoof repairing")).findFirst().orElseThrow();
            assertThat(subject(hoof)).isEqualTo("Due by 2024-03-10: Hoof repairing, housing bucks - goat group bucks-1 at "
                    + given().get("/sites/" + site).path("name"));
            assertThat(GreenMailUtil.getBody(hoof)).contains("clause 5.18.3").contains("every 2 months")
                    .contains("Last done: 2024-01-10");

            assertThat(receiver.received).hasSize(2);
            for (WebhookReceiver.Received r : receiver.received) {
                String id = r.header("webhook-id");
                String timestamp = r.header("webhook-timestamp");
                assertThat(r.header("webhook-signature")).isEqualTo(expectedSignature(secret, id, timestamp, r.body()));
                new Webhook(secret).verify(r.body(), r.headers());   // the specification's own verifier agrees
                assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(),
                        within(60L));
                JsonPath body = JsonPath.from(r.body());
                assertThat(body.getString("type")).isEqualTo("duty.reminder");
                assertThat(body.getString("data.organisation")).isEqualTo(org);
            }
            JsonPath hoofHook = receiver.received.stream().map(r -> JsonPath.from(r.body()))
                    .filter(b -> b.getString("data.duty.id").equals("hoof-repair-housing-bucks")).findFirst()
                    .orElseThrow();
            assertThat(hoofHook.getString("data.dueOn")).isEqualTo("2024-03-10");
            assertThat(hoofHook.getList("data.duty.clauses")).containsExactly("5.18.3");
            assertThat(hoofHook.getInt("data.leadDays")).isEqualTo(7);
            // A signature over another body does not verify.
            WebhookReceiver.Received first = receiver.received.get(0);
            assertThatThrownBy(() -> new Webhook(secret)
                    .verify(first.body().replace("2024", "2025"), first.headers()))
                    .isInstanceOf(WebhookVerificationException.class).hasMessage("No matching signature found");
            given().queryParam("status", "sent").when().get("/organisations/" + org + "/deliveries").then()
                    .statusCode(200).body("totalItems", equalTo(4));

            // Later stages: one day before, then overdue the day after the due day; each once.
            job.run(LocalDate.parse("2024-03-09"));
            job.run(LocalDate.parse("2024-03-11"));
            job.run(LocalDate.parse("2024-03-11"));
            assertThat(db.count("select count(*) from reminder where organisation_id = ? and duty_id = "
                    + "'hoof-repair-housing-bucks'", UUID.fromString(org))).isEqualTo(3);
            assertThat(db.count("select count(*) from reminder where organisation_id = ? and stage = 'overdue'",
                    UUID.fromString(org))).isEqualTo(1);
            sender.deliverDue(Instant.now());
            assertThat(mailTo(address)).hasSize(4);
            assertThat(receiver.received).hasSize(4);
            given().when().get("/organisations/" + org + "/reminders").then().statusCode(200)
                    .body("totalItems", equalTo(4)).body("items[0].payload.duty.id", startsWith("hoof-repair"));
        }
    }

    /** Issue 17: a subscriber chooses the language of its reminders; the words are put together when sent. */
    @Test
    void aSubscriberWhoReadsChineseGetsItsRemindersInChinese() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-01-10");     // due 2024-03-10
        String address = "manager-" + UUID.randomUUID() + "@example.test";
        JsonPath email = JsonPath.from(subscribe(org, Map.of("channel", "email", "address", address,
                "language", "zh-Hans")));
        assertThat(email.getString("language")).isEqualTo("zh-Hans");
        given().contentType(ContentType.JSON).body(Map.of("channel", "email", "address", "x@example.test",
                "language", "fr")).when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .body("errors.pointer", hasItem("/language"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(org, Map.of("channel", "webhook", "url", receiver.url(), "language", "zh-Hans"));
            job.run(LocalDate.parse("2024-03-03"));
            sender.deliverDue(Instant.now());
            MimeMessage hoof = mailTo(address).stream().filter(m -> subject(m).contains("修蹄")).findFirst()
                    .orElseThrow();
            assertThat(subject(hoof)).isEqualTo("应于2024-03-10前完成：修蹄：舍饲公羊 — 羊群 bucks-1，"
                    + given().get("/sites/" + site).path("name"));
            assertThat((String) hoof.getContent()).contains("上次完成：2024-01-10。").contains("条款 5.18.3");
            JsonPath hook = receiver.received.stream().map(r -> JsonPath.from(r.body()))
                    .filter(b -> b.getString("data.duty.id").equals("hoof-repair-housing-bucks")).findFirst()
                    .orElseThrow();
            assertThat(hook.getString("data.duty.title")).isEqualTo("修蹄：舍饲公羊");
            assertThat(hook.getString("data.language")).isEqualTo("zh-Hans");
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenDeadThenReTriggered() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.subject(site, "vehicle", "truck-1", null);
        // Due 2024-01-20; in January no window duty of a housing site has a reminder yet, so this is the only one.
        Duties.record(site, "vehicle-inspection", "vehicle", "truck-1", "2023-01-20");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.status.set(500);
            subscribe(org, Map.of("channel", "webhook", "url", receiver.url()));
            job.run(LocalDate.parse("2024-01-19"));
            assertThat(count("select count(*) from delivery where organisation_id = ?", org)).isEqualTo(1);
            String delivery = given().when().get("/organisations/" + org + "/deliveries").then().statusCode(200)
                    .extract().path("items[0].id");

            Instant now = Instant.now();
            sender.deliverDue(now);                                   // attempt 1 fails
            sender.deliverDue(now.plusSeconds(9));                    // not yet: the backoff is 10 s
            assertThat(receiver.received).hasSize(1);
            sender.deliverDue(now.plusSeconds(10));                   // attempt 2 fails: next in 20 s
            sender.deliverDue(now.plusSeconds(29));
            assertThat(receiver.received).hasSize(2);
            sender.deliverDue(now.plusSeconds(30));                   // attempt 3 fails: dead (max-attempts 3)
            sender.deliverDue(now.plusSeconds(3600));
            assertThat(receiver.received).hasSize(3);
            assertThat(receiver.received.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(1);

            given().queryParam("status", "dead").when().get("/organisations/" + org + "/deliveries").then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(delivery))
                    .body("items[0].attempts", equalTo(3)).body("items[0].lastError", equalTo("the receiver answered HTTP 500"));
            JsonPath dead = given().when().get("/organisations/" + org + "/deliveries/" + delivery).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(dead.getList("attemptLog.responseStatus")).containsExactly(500, 500, 500);
            assertThat(dead.getList("attemptLog.attempt")).containsExactly(1, 2, 3);

            // Re-triggered once the receiver is fixed: a new round, sent at once.
            receiver.status.set(200);
            given().when().post("/organisations/" + org + "/deliveries/" + delivery + "/retry").then().statusCode(202)
                    .body("status", equalTo("pending")).body("round", equalTo(2)).body("attempts", equalTo(0));
            given().when().post("/organisations/" + org + "/deliveries/" + delivery + "/retry").then().statusCode(409)
                    .contentType("application/problem+json");
            sender.deliverDue(Instant.now().plusSeconds(1));
            assertThat(receiver.received).hasSize(4);
            given().when().get("/organisations/" + org + "/deliveries/" + delivery).then().statusCode(200)
                    .body("status", equalTo("sent")).body("attemptLog.size()", equalTo(4))
                    .body("attemptLog[3].round", equalTo(2)).body("attemptLog[3].outcome", equalTo("sent"));
            given().when().post("/organisations/" + org + "/deliveries/" + UUID.randomUUID() + "/retry").then()
                    .statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aSwitchedOffSubscriptionGetsNothingMore() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.subject(site, "vehicle", "truck-1", null);
        Duties.record(site, "vehicle-inspection", "vehicle", "truck-1", "2023-01-20");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = JsonPath.from(subscribe(org, Map.of("channel", "webhook", "url", receiver.url()))).getString("id");
            job.run(LocalDate.parse("2024-01-19"));
            given().when().delete("/organisations/" + org + "/subscriptions/" + id).then().statusCode(204);
            sender.deliverDue(Instant.now());
            assertThat(receiver.received).isEmpty();
            given().queryParam("status", "cancelled").when().get("/organisations/" + org + "/deliveries").then()
                    .statusCode(200).body("totalItems", equalTo(1));
            job.run(LocalDate.parse("2024-01-21"));      // overdue: a reminder, but no delivery to a switched-off hook
            assertThat(count("select count(*) from delivery where organisation_id = ?", org)).isEqualTo(1);
        }
    }

    @Test
    void badSubscriptionsAreProblemsNamingTheField() {
        String org = Api.organisation("farm");
        long before = count("select count(*) from subscription where organisation_id = ?", org);
        given().contentType(ContentType.JSON).body(Map.of("channel", "webhook", "url", "ftp://example.test/x",
                "colour", "red")).when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/url", "/colour"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "email", "address", "not-an-address"))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/address"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "pigeon"))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-channel"));
        given().contentType(ContentType.JSON).body(Map.of("channel", "email", "address", "a@b.test"))
                .when().post("/organisations/" + UUID.randomUUID() + "/subscriptions").then().statusCode(404);
        given().queryParam("status", "lost").when().get("/organisations/" + org + "/deliveries").then()
                .statusCode(400).body("errors[0].parameter", equalTo("status"));
        assertThat(count("select count(*) from subscription where organisation_id = ?", org)).isEqualTo(before);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
