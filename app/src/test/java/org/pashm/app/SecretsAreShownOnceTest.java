package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a webhook's signing secret and a calendar key's secret address are shown in the answer to their creation
 * and nowhere else. The idempotency table keeps the answers it replays, so it must not keep these: a retry with the
 * same Idempotency-Key gets the same thing, marked as replayed, without the secret.
 */
@QuarkusTest
class SecretsAreShownOnceTest {

    @Inject
    Db db;

    @Test
    void aRetriedWebhookSubscriptionIsTheSameOneWithoutItsSecret() {
        String org = Api.organisation("farm");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("channel", "webhook", "url", "https://hooks.example.invalid/" + key);

        ExtractableResponse<Response> first = create(org, "subscriptions", key, body);
        String secret = first.path("secret");
        assertThat(secret).startsWith("whsec_");
        ExtractableResponse<Response> replay = create(org, "subscriptions", key, body);

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo("/organisations/" + org + "/subscriptions/" + first.path("id"));
        assertThat(replay.asString()).doesNotContain(secret);
        Map<String, Object> expected = new HashMap<>(first.jsonPath().getMap(""));
        expected.remove("secret");
        assertThat(replay.jsonPath().getMap("")).isEqualTo(expected);
        assertThat(db.count("select count(*) from subscription where organisation_id = ?", UUID.fromString(org)))
                .isEqualTo(1);
        assertKeptWithout(key, secret);
    }

    @Test
    void aRetriedCalendarKeyIsTheSameOneWithoutItsAddress() {
        String org = Api.organisation("farm");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("label", "office calendar");

        ExtractableResponse<Response> first = create(org, "calendar-keys", key, body);
        String url = first.path("url");
        assertThat(url).matches("/calendars/[A-Za-z0-9_-]{43}/duties\\.ics");
        String secret = url.split("/")[2];
        ExtractableResponse<Response> replay = create(org, "calendar-keys", key, body);

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo("/organisations/" + org + "/calendar-keys/" + first.path("id"));
        assertThat(replay.asString()).doesNotContain(secret);
        assertThat(replay.<String>path("url")).isNull();
        assertThat(replay.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(replay.<String>path("label")).isEqualTo("office calendar");
        given().when().get("/organisations/" + org + "/calendar-keys").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].url", nullValue());
        // The address still opens the feed: it was made once, and only its answer was left out of the table.
        given().header(Tokens.ANONYMOUS, "yes").when().get(url).then().statusCode(200);
        assertKeptWithout(key, secret);
    }

    private static ExtractableResponse<Response> create(String org, String what, String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/organisations/" + org + "/" + what).then().statusCode(201).extract();
    }

    /** The key's answer is stored, for replays, and no row of the table holds the secret, in any column. */
    private void assertKeptWithout(String key, String secret) {
        assertThat(db.count("select count(*) from idempotency_key where key = ? and state = 'completed' "
                + "and response_body is not null", key)).isEqualTo(1);
        assertThat(db.count("select count(*) from idempotency_key k where position(? in cast(k as text)) > 0", secret))
                .isZero();
    }
}
