package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;

/**
 * API4:2023 Unrestricted Resource Consumption: request bodies are bounded (413), pages are bounded (400). The rate
 * limit on writes (429) is in {@link API4_RateLimitTest}, which runs the app with a low limit.
 */
@QuarkusTest
class API4_UnrestrictedResourceConsumptionTest {

    @jakarta.inject.Inject
    org.pashm.app.Db db;

    @Test
    void aBodyOverTheLimitIs413OnEveryWriteEndpoint() {
        World world = new World(db);
        String huge = "{\"x\": \"" + "y".repeat(3 * 1024 * 1024) + "\"}";
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            // Bulk imports have their own, larger limit (PASHM_IMPORT_MAX_BODY_SIZE), tested with the import.
            if (e.body() == null || e.path().endsWith("/import")) {
                continue;
            }
            given().contentType(ContentType.JSON).body(huge).when().request(e.method(), world.path(e.path()))
                    .then().statusCode(413).contentType("application/problem+json");
        }
    }

    @Test
    void everyListingCapsItsPageSize() {
        for (String listing : new String[] {"/organisations", "/assessments", "/audit-log"}) {
            given().queryParam("size", 101).when().get(listing).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].parameter", equalTo("size"));
            given().queryParam("size", 100).when().get(listing).then().statusCode(200);
        }
    }
}
