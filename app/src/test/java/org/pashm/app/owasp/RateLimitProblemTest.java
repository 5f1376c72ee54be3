package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.ProblemAnswers;
import org.pashm.app.Tokens;
import org.pashm.app.problem.Problem;

/**
 * The rate limit's 429 is the one problem model, with Retry-After. Under {@link API4_RateLimitTest}'s low limit (no
 * second restart); every write here is a fresh client's, so no other test's bucket is touched.
 */
@QuarkusTest
@TestProfile(API4_RateLimitTest.LowLimit.class)
class RateLimitProblemTest {

    @Test
    void theRateLimitAnswersWithTheSameModelAndRetryAfter() {
        String client = Tokens.as("limited-" + UUID.randomUUID(), "admin");
        Response r = null;
        for (int i = 0; i < 1000; i++) {
            // Refused writes count too: the limit is taken before the resource runs.
            r = given().header("Authorization", client).contentType(ContentType.JSON).body("{}").when()
                    .post("/organisations");
            if (r.statusCode() == 429) {
                break;
            }
            assertThat(r.statusCode()).isEqualTo(400);
        }
        Problem p = ProblemAnswers.read(r, "/organisations");
        assertThat(p.type()).isEqualTo("urn:pashm:problem:rate-limited");
        assertThat(p.errors()).isNull();
        assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
    }
}
