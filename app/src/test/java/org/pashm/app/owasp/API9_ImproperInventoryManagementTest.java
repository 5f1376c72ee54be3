package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;

/**
 * API9:2023 Improper Inventory Management: every endpoint the app serves is documented in its OpenAPI, and is in
 * the inventory these tests check (protected, with its roles) or is public by decision. A new endpoint without a row
 * here fails this test, so it cannot escape the access-control tests.
 */
@QuarkusTest
class API9_ImproperInventoryManagementTest {

    @Test
    void everyDocumentedEndpointIsInTheInventory() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths");
        Set<String> known = new TreeSet<>();
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            known.add(e.method() + " " + e.path().replaceAll("\\{[a-zA-Z-]+}", "{}"));
        }
        for (String p : Endpoints.PUBLIC_TEMPLATES) {
            known.add(p);
        }
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            String key = method.toUpperCase(java.util.Locale.ROOT) + " " + path.replaceAll("\\{[a-zA-Z-]+}", "{}");
            if (!known.contains(key)) {
                missing.add(key);
            }
        }));
        assertThat(missing).as("endpoints missing from the OWASP inventory (owasp/Endpoints.java)").isEmpty();
    }
}
