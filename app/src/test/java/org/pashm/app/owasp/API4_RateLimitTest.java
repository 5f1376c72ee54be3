package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.Db;
import org.pashm.app.TestClock;
import org.pashm.app.World;
import org.pashm.app.Tokens;

/**
 * API4:2023: writes are rate-limited per client; reads are not. The buckets refill on the app's clock, which the test
 * holds still and then moves on by the 12 seconds that one write takes to come back at 5 a minute: however slowly
 * the requests run, nothing refills behind the test's back.
 */
@QuarkusTest
@TestProfile(API4_RateLimitTest.LowLimit.class)
class API4_RateLimitTest {

    @Inject
    TestClock clock;

    @Inject
    Db db;

    /**
     * The buckets live in the test database, which every test class shares: the address bucket of 127.0.0.1 was made
     * by other classes' anonymous writes, under their limit and their clock. This class starts from no bucket, and
     * leaves none made under its limit of 5 for the classes after it.
     */
    @BeforeEach
    @AfterEach
    void freshBuckets() throws SQLException {
        db.execute("delete from rate_limit_bucket");
    }

    @AfterEach
    void release() {
        clock.release();
    }

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.rate-limit.writes-per-minute", "5");
        }
    }

    @Test
    void theSixthWriteInAMinuteIs429WithRetryAfterAndOtherClientsAreNotAffected() {
        clock.fixAt(Instant.parse("2026-03-10T12:00:00Z"));
        String alice = Tokens.as("rate-alice-" + UUID.randomUUID(), "admin");
        for (int i = 0; i < 5; i++) {
            write(alice, "Rate " + i).then().statusCode(201);
        }
        Response limited = write(alice, "Rate 6");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        // One write comes back every 60 / 5 = 12 seconds.
        assertThat(limited.header("Retry-After")).isEqualTo("12");
        given().header("Authorization", alice).when().get("/organisations").then().statusCode(200);
        given().header("Authorization", Tokens.as("rate-bob-" + UUID.randomUUID(), "admin"))
                .contentType(ContentType.JSON).body(Map.of("name", "Bob's", "kind", "farm")).when()
                .post("/organisations").then().statusCode(201);

        // A second short of the refill, still limited; at 12 seconds, one write and no more.
        clock.advance(Duration.ofSeconds(11));
        assertThat(write(alice, "Rate 7").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        write(alice, "Rate 8").then().statusCode(201);
        assertThat(write(alice, "Rate 9").statusCode()).isEqualTo(429);
    }

    /**
     * Issue 22: 300 anonymous POSTs went through in under a second, each refused with 401 and each an audit-log row.
     * A caller without a token is limited by its address like any other client: the sixth refused write in a minute
     * is 429, and no more audit rows are written for the writes the limit turned away before they reached the API.
     */
    @Test
    void anonymousAndRefusedWritesAreLimitedByAddressToo() {
        clock.fixAt(Instant.parse("2026-03-11T12:00:00Z"));
        for (int i = 0; i < 5; i++) {
            anonymousWrite().then().statusCode(401);
        }
        long refusedBefore = db.count("select count(*) from audit_event where status = 429");
        Response limited = anonymousWrite();
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).isEqualTo("12");
        for (int i = 0; i < 20; i++) {
            anonymousWrite().then().statusCode(429);
        }
        // The writes the limit turned away are not audit rows: a flood of them does not write at its own rate.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                db.count("select count(*) from audit_event where status = 429") == refusedBefore);
        // A client with a token is another client, even from the same address.
        write(Tokens.as("rate-carol-" + UUID.randomUUID(), "admin"), "Carol's").then().statusCode(201);
    }

    /** A forged token names no client: its writes are refused 401 and counted against the address they come from. */
    @Test
    void writesWithAForgedTokenAreLimitedByAddress() {
        clock.fixAt(Instant.parse("2026-03-12T12:00:00Z"));
        String forged = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5IiwiZ3JvdXBzIjpbImFkbWluIl19.c2lnbmF0dXJl";
        for (int i = 0; i < 5; i++) {
            write(forged, "Forged " + i).then().statusCode(401);
        }
        Response limited = write(forged, "Forged 6");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("12");
    }

    private static Response anonymousWrite() {
        return given().header(Tokens.ANONYMOUS, "yes").contentType(ContentType.JSON)
                .body(Map.of("name", "Anonymous", "kind", "farm")).when().post("/organisations");
    }

    private static Response write(String token, String name) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "farm")).when().post("/organisations");
    }
}
