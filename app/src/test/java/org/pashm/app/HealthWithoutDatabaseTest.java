package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness reports DOWN when PostgreSQL cannot be reached; the catalogue, which needs no database, still answers. */
@QuarkusTest
@TestProfile(HealthWithoutDatabaseTest.NoDatabase.class)
class HealthWithoutDatabaseTest {

    /** Points the datasource at a closed port, and skips what would need the database at start-up. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void readinessIsDownAndNamesTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.status == 'DOWN' }.name", org.hamcrest.Matchers.containsString("Database"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/standards").then().statusCode(200).body("id", hasItem("iso-22786"));
    }

    /** Issue 22: with the database down, API calls answered 500 as if the app were broken. */
    @Test
    void withTheDatabaseDownACallAnswers503WithRetryAfter() {
        given().when().get("/organisations").then().statusCode(503)
                .contentType(startsWith("application/problem+json")).header("Retry-After", "5")
                .body("type", equalTo("urn:pashm:problem:database-unavailable")).body("status", equalTo(503));
        given().contentType("application/json").body(Map.of("name", "Alxa herders", "kind", "cooperative"))
                .when().post("/organisations").then().statusCode(503).header("Retry-After", "5");
    }
}
