package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the bodies of bags, lots, dehairings, shipments, receipts and claims are typed requests. Every mistake
 * of a request's shape is answered at once, a member the request does not define is refused, a lot is made at most
 * once per Idempotency-Key, and the OpenAPI document shows the requests' schemas and the statuses they answer.
 */
@QuarkusTest
class CustodyRequestsTest {

    @Inject
    Db db;

    @Test
    void aLotRequestWithSeveralMistakesAnswersAllAtOnce() {
        Chain.Start start = Chain.herderBagAndStation("10");
        String t = start.t(), b1 = start.bag(), station = start.station();
        given().contentType(ContentType.JSON).body(Map.of("code", "bad code!", "bags", List.of(b1, "nope", b1),
                        "aggregatedAt", "yesterday", "colour", "white"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:invalid-lot"))
                .body("errors.pointer", containsInAnyOrder("/code", "/bags/1", "/bags/2", "/aggregatedAt", "/colour"))
                .body("errors.rule", containsInAnyOrder("invalid-value", "wrong-type", "duplicate", "wrong-type",
                        "unknown-field"));
        given().contentType(ContentType.JSON).body(Map.of("code", "L-" + t, "bags", List.of()))
                .when().post("/organisations/" + station + "/lots").then().statusCode(400)
                .body("errors.pointer", contains("/bags")).body("errors.rule", contains("required"));
        assertThat(db.count("select count(*) from lot where organisation_id = ?::uuid", station)).isZero();
    }

    @Test
    void aLotAtAFutureTimeOrOfAnotherKindOfOrganisationIsRefused() {
        Chain.Start start = Chain.herderBagAndStation("10");
        String t = start.t(), b1 = start.bag(), station = start.station();
        given().contentType(ContentType.JSON).body(Map.of("code", "L-" + t, "bags", List.of(b1),
                        "aggregatedAt", "2999-01-01T00:00:00Z"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(400)
                .body("errors.pointer", contains("/aggregatedAt")).body("errors.rule", contains("in-the-future"));
        // Who may dehair is the module's rule (CustodyStep): a buying station does not.
        given().contentType(ContentType.JSON).body(Map.of("code", "D-" + t, "yieldPercent", 50,
                        "inputs", List.of(Map.of("lot", "L-" + t, "kg", 1))))
                .when().post("/organisations/" + station + "/dehairings").then().statusCode(409)
                .body("type", equalTo("urn:pashm:problem:wrong-organisation-kind"))
                .body("expected", contains("dehairing-station"));
    }

    @Test
    void unknownMembersAndQuantitiesFinerThanTheGramAreRefused() {
        Chain.Start start = Chain.herderBagAndStation("20");
        String t = start.t(), b1 = start.bag(), station = start.station();
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String lot = Chain.lot(station, "L-" + t, List.of(b1));
        given().contentType(ContentType.JSON).body(Map.of("lot", lot, "to", dehairer, "kg", 1.0001, "weight", 2))
                .when().post("/organisations/" + station + "/shipments").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-shipment"))
                .body("errors.pointer", containsInAnyOrder("/kg", "/weight"))
                .body("errors.rule", containsInAnyOrder("out-of-range", "unknown-field"));
        given().contentType(ContentType.JSON).body(Map.of("code", "D-" + t, "yieldPercent", 0,
                        "inputs", List.of(Map.of("lot", lot, "kg", 1, "grade", "A"), Map.of("lot", lot, "kg", 1))))
                .when().post("/organisations/" + dehairer + "/dehairings").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/yieldPercent", "/inputs/0/grade", "/inputs/1/lot"));
        String shipment = Chain.ship(station, lot, dehairer, 5);
        given().contentType(ContentType.JSON).body(Map.of("receivedAt", "2026-05-27T15:00:00Z", "by", "me"))
                .when().post("/shipments/" + shipment + "/receipt").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-receipt"))
                .body("errors.pointer", contains("/by"));
        assertThat(db.count("select count(*) from shipment where organisation_id = ?::uuid", station)).isEqualTo(1);
        assertThat(db.count("select count(*) from shipment_receipt where shipment_id = ?::uuid", shipment)).isZero();
    }

    @Test
    void aLotsShapeAndItsBagsAreAnsweredInOnePass() {
        Chain.Start start = Chain.herderBagAndStation("10");
        String t = start.t(), b1 = start.bag(), station = start.station();
        // An unknown member (the shape), a bag harvested after the lot and a bag that is not there (the stored data).
        given().contentType(ContentType.JSON).body(Map.of("code", "L-" + t,
                        "bags", List.of(b1, java.util.UUID.randomUUID().toString()),
                        "aggregatedAt", "2026-05-01T09:00:00Z", "colour", "white"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-lot"))
                .body("errors.pointer", containsInAnyOrder("/colour", "/bags/0", "/bags/1"))
                .body("errors.rule", containsInAnyOrder("unknown-field", "before-harvest", "unknown-bag"));
        assertThat(db.count("select count(*) from lot where organisation_id = ?::uuid", station)).isZero();
    }

    @Test
    void aShipmentsShapeAndItsLotAndReceiverAreAnsweredInOnePass() {
        String t = Chain.unique();
        String station = Chain.organisation("buying-station", "Station " + t);
        given().contentType(ContentType.JSON).body(Map.of("lot", "NO-LOT-" + t, "to", station, "kg", "1",
                        "weight", 2))
                .when().post("/organisations/" + station + "/shipments").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-shipment"))
                .body("errors.pointer", containsInAnyOrder("/kg", "/weight", "/lot", "/to"))
                .body("errors.rule", containsInAnyOrder("wrong-type", "unknown-field", "unknown-lot",
                        "same-organisation"));
        assertThat(db.count("select count(*) from shipment where organisation_id = ?::uuid", station)).isZero();
    }

    @Test
    void aReceiptsShapeAndTheShipmentsDayAreAnsweredInOnePass() {
        Chain.Start start = Chain.herderBagAndStation("20");
        String t = start.t(), b1 = start.bag(), station = start.station();
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String shipment = Chain.ship(station, Chain.lot(station, "L-" + t, List.of(b1)), dehairer, 5);
        // It left on 2026-05-25: it cannot have arrived the day before.
        given().contentType(ContentType.JSON).body(Map.of("receivedAt", "2026-05-24T08:00:00Z", "by", "me"))
                .when().post("/shipments/" + shipment + "/receipt").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-receipt"))
                .body("errors.pointer", containsInAnyOrder("/by", "/receivedAt"))
                .body("errors.rule", containsInAnyOrder("unknown-field", "before-shipping"));
        assertThat(db.count("select count(*) from shipment_receipt where shipment_id = ?::uuid", shipment)).isZero();
    }

    @Test
    void aRetriedLotIsMadeOnce() {
        Chain.Start start = Chain.herderBagAndStation("20");
        String t = start.t(), b1 = start.bag(), station = start.station();
        Map<String, Object> body = Map.of("code", "L-" + t, "bags", List.of(b1), "aggregatedAt", "2026-05-20T09:00:00Z");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "lot-" + t).body(body)
                .when().post("/organisations/" + station + "/lots").then().statusCode(201)
                .header("Location", "/lots/L-" + t).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "lot-" + t).body(body)
                .when().post("/organisations/" + station + "/lots").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(db.count("select count(*) from lot where organisation_id = ?::uuid", station)).isEqualTo(1);
    }

    @Test
    void aBagListingShowsEachBagsGoatsAndLot() {
        String t = Chain.unique();
        String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        Chain.goat(h[0], h[1], "E1-" + t, "female", "adult-doe");
        Chain.goat(h[0], h[1], "E2-" + t, "female", "adult-doe");
        String b1 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B1-" + t, "10", null, List.of("E2-" + t, "E1-" + t)));
        Chain.bag(h[0], Chain.nomadicBag(h[1], "B2-" + t, "10", null, List.of("E1-" + t)));
        Chain.bag(h[0], Chain.nomadicBag(h[1], "B3-" + t, "10", null, List.of()));
        Chain.lot(Chain.organisation("buying-station", "Station " + t), "L-" + t, List.of(b1));
        JsonPath page = given().when().get("/organisations/" + h[0] + "/bags").then().statusCode(200)
                .body("totalItems", equalTo(3)).extract().jsonPath();
        assertThat(page.getList("items.find { it.number == 'B1-" + t + "' }.goats"))
                .containsExactly("E1-" + t, "E2-" + t);
        assertThat(page.getString("items.find { it.number == 'B1-" + t + "' }.lot")).isEqualTo("L-" + t);
        assertThat(page.getList("items.find { it.number == 'B2-" + t + "' }.goats")).containsExactly("E1-" + t);
        assertThat(page.getString("items.find { it.number == 'B2-" + t + "' }.lot")).isNull();
        assertThat(page.getList("items.find { it.number == 'B3-" + t + "' }.goats")).isEmpty();
    }

    @Test
    void theOpenApiDocumentShowsTheRequestsAndTheStatusesTheyAnswer() {
        JsonPath api = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> bags = api.getMap("paths.'/organisations/{organisation}/bags'.post.responses");
        assertThat(bags).containsKeys("201", "404", "409", "422").doesNotContainKey("200");
        assertThat(api.getString("paths.'/organisations/{organisation}/bags'.post.requestBody.content."
                + "'application/json'.schema.'$ref'")).endsWith("/BagRequest");
        assertThat(api.getMap("components.schemas.BagRequest.properties")).containsKeys("number", "site",
                "harvestedOn", "harvestMethod", "markings", "goats");
        for (String path : List.of("/organisations/{organisation}/lots", "/organisations/{organisation}/dehairings",
                "/organisations/{organisation}/shipments")) {
            assertThat(api.getMap("paths.'" + path + "'.post.responses")).as(path).containsKeys("201", "404", "409")
                    .doesNotContainKey("200");
        }
        assertThat(api.getString("paths.'/organisations/{organisation}/lots'.post.requestBody.content."
                + "'application/json'.schema.'$ref'")).endsWith("/LotRequest");
        assertThat(api.getMap("components.schemas.ClaimRequest.properties")).containsKey("class")
                .doesNotContainKey("fineness");
        assertThat(api.getMap("paths.'/shipments/{id}/receipt'.post.responses")).containsKeys("200", "404", "409");
        // No request of these features is documented as Jackson's JsonNode any more.
        Map<String, String> requests = Map.of("/organisations/{organisation}/dehairings", "DehairingRequest",
                "/organisations/{organisation}/shipments", "ShipmentRequest", "/shipments/{id}/receipt",
                "ReceiptRequest", "/lots/{code}/claims/verify", "ClaimsRequest");
        requests.forEach((path, schema) -> assertThat(api.getString("paths.'" + path + "'.post.requestBody.content."
                + "'application/json'.schema.'$ref'")).as(path).endsWith("/" + schema));
    }
}
