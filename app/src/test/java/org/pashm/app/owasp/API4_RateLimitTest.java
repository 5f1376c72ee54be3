package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;
import org.pashm.app.Tokens;

/** API4:2023: writes are rate-limited per client; reads are not. */
@QuarkusTest
@TestProfile(API4_RateLimitTest.LowLimit.class)
class API4_RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.rate-limit.writes-per-minute", "5");
        }
    }

    @Test
    void theSixthWriteInAMinuteIs429WithRetryAfterAndOtherClientsAreNotAffected() {
        String alice = Tokens.as("rate-alice-" + UUID.randomUUID(), "admin");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", alice).contentType(ContentType.JSON)
                    .body(Map.of("name", "Rate " + i, "kind", "farm")).when().post("/organisations").then()
                    .statusCode(201);
        }
        Response limited = given().header("Authorization", alice).contentType(ContentType.JSON)
                .body(Map.of("name", "Rate 6", "kind", "farm")).when().post("/organisations");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        given().header("Authorization", alice).when().get("/organisations").then().statusCode(200);
        given().header("Authorization", Tokens.as("rate-bob-" + UUID.randomUUID(), "admin"))
                .contentType(ContentType.JSON).body(Map.of("name", "Bob's", "kind", "farm")).when()
                .post("/organisations").then().statusCode(201);
    }
}
