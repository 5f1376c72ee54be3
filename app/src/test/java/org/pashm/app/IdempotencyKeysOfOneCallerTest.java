package org.pashm.app;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key belongs to the caller who sent it. Before, keys of site records and shipments were kept in one
 * scope for everybody ("anonymous"), so organisation A's key reused by organisation B's manager answered B 422 (the
 * key was "used for another request") and B's work was refused because of A's.
 */
@QuarkusTest
class IdempotencyKeysOfOneCallerTest {

    @Test
    void anotherOrganisationsKeyDoesNotRefuseAWorkRecord() {
        String key = UUID.randomUUID().toString();
        String[] a = managedSite("a");
        String[] b = managedSite("b");
        postRecord(a, key).statusCode(201);
        postRecord(b, key).statusCode(201);
        // The same caller's own replay is still a replay.
        postRecord(b, key).statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void anotherOrganisationsKeyDoesNotRefuseAShipment() {
        String key = UUID.randomUUID().toString();
        String receiver = Api.organisation("brand");
        for (String who : List.of("a", "b")) {
            String t = Chain.unique();
            String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
            String bag = Chain.bag(h[0], Chain.nomadicBag(h[1], "B-" + t, "20", null, List.of()));
            String station = Api.organisation("buying-station");
            String lot = Chain.lot(station, "L-" + t, List.of(bag));
            String manager = "manager-" + who + "-" + t;
            grant(station, manager);
            given().header("Authorization", Tokens.as(manager, "manager")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("lot", lot, "to", receiver, "kg", 5, "shippedAt", "2026-05-25T08:00:00Z"))
                    .when().post("/organisations/" + station + "/shipments").then().statusCode(201);
        }
    }

    /** {site, manager token} of a new farm with a vehicle to inspect. */
    private static String[] managedSite(String who) {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        String manager = "manager-" + who + "-" + Chain.unique();
        grant(org, manager);
        Duties.subject(site, "vehicle", "truck-1", null);
        return new String[] {site, Tokens.as(manager, "manager")};
    }

    private static io.restassured.response.ValidatableResponse postRecord(String[] site, String key) {
        return given().header("Authorization", site[1]).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("type", "vehicle-inspection", "performedOn", "2026-04-01", "performedBy", "Batu",
                        "subject", Map.of("kind", "vehicle", "id", "truck-1")))
                .when().post("/sites/" + site[0] + "/records").then();
    }

    private static void grant(String organisation, String subject) {
        given().contentType(ContentType.JSON).body(Map.of("subject", subject, "role", "manager"))
                .when().post("/organisations/" + organisation + "/members").then().statusCode(201);
    }
}
