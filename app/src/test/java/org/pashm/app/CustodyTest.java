package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain of custody: lots, dehairing, shipments, and the mass balance that keeps claims honest. */
@QuarkusTest
class CustodyTest {

    @Inject
    Db db;


    @Test
    void bagsGoIntoALotAtABuyingStationOnce() {
        String t = Chain.unique();
        String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League, Inner Mongolia");
        String b1 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B1-" + t, "22.5", "14.2", List.of()));
        String b2 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B2-" + t, "18", null, List.of()));
        String station = Chain.organisation("buying-station", "Station " + t);
        given().contentType(ContentType.JSON).body(Map.of("code", "L-" + t, "bags", List.of(b1, b2)))
                .when().post("/organisations/" + station + "/lots").then().statusCode(201)
                .header("Location", "/lots/L-" + t).body("quantityKg", equalTo(40.5f)).body("bags", equalTo(2))
                .body("holdings[0].availableKg", equalTo(40.5f));
        String other = Chain.organisation("buying-station", "Station 2 " + t);
        given().contentType(ContentType.JSON).body(Map.of("code", "L2-" + t, "bags", List.of(b1)))
                .when().post("/organisations/" + other + "/lots").then().statusCode(409)
                .body("detail", containsString("in lot L-" + t));
        String b3 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B3-" + t, "10", null, List.of()));
        given().contentType(ContentType.JSON).body(Map.of("code", "L-" + t, "bags", List.of(b3)))
                .when().post("/organisations/" + other + "/lots").then().statusCode(409)
                .body("title", equalTo("Lot code taken"));
        String mill = Chain.organisation("mill", "Mill " + t);
        given().contentType(ContentType.JSON).body(Map.of("code", "L3-" + t, "bags", List.of(b3)))
                .when().post("/organisations/" + mill + "/lots").then().statusCode(409)
                .body("type", equalTo("urn:pashm:problem:wrong-organisation-kind"));
        given().contentType(ContentType.JSON).body(Map.of("code", "bad code!", "bags", List.of("nope"),
                        "aggregatedAt", "yesterday"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/code", "/bags/0", "/aggregatedAt"));
        assertThat(db.count("select count(*) from lot where code like ?", "%" + t)).isEqualTo(1);
    }

    @Test
    void noOrganisationShipsMoreThanItHolds() {
        Chain.Start start = Chain.herderBagAndStation("25");
        String t = start.t(), b1 = start.bag(), station = start.station();
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String lot = Chain.lot(station, "L-" + t, List.of(b1));
        Chain.ship(station, lot, dehairer, 10);
        // 15 kg left: 15.001 is refused with the balance, 15 passes.
        given().contentType(ContentType.JSON).body(Map.of("lot", lot, "to", dehairer, "kg", 15.001))
                .when().post("/organisations/" + station + "/shipments").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:mass-balance"))
                .body("balance.inKg", equalTo(25.0f)).body("balance.outKg", equalTo(10.0f))
                .body("balance.availableKg", equalTo(15.0f)).body("balance.requestedKg", equalTo(15.001f));
        String s2 = Chain.ship(station, lot, dehairer, 15);
        // The receiver holds nothing until it takes the shipments in.
        given().contentType(ContentType.JSON).body(Map.of("lot", lot, "to", station, "kg", 1))
                .when().post("/organisations/" + dehairer + "/shipments").then().statusCode(409)
                .body("balance.availableKg", equalTo(0.0f));
        Chain.receive(s2);
        given().contentType(ContentType.JSON).body(Map.of("receivedAt", "2026-05-28T00:00:00Z"))
                .when().post("/shipments/" + s2 + "/receipt").then().statusCode(409);
        given().when().get("/lots/" + lot).then().statusCode(200)
                .body("holdings.find { it.organisation == '" + station + "' }.availableKg", equalTo(0.0f))
                .body("holdings.find { it.organisation == '" + dehairer + "' }.availableKg", equalTo(15.0f));
    }

    @Test
    void aDehairingTurnsInputLotsIntoAnOutputLotAfterTheYield() {
        String t = Chain.unique();
        String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        String b1 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B1-" + t, "30", null, List.of()));
        String b2 = Chain.bag(h[0], Chain.nomadicBag(h[1], "B2-" + t, "20", null, List.of()));
        String station = Chain.organisation("buying-station", "Station " + t);
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String brand = Chain.organisation("brand", "Brand " + t);
        String l1 = Chain.lot(station, "L1-" + t, List.of(b1));
        String l2 = Chain.lot(station, "L2-" + t, List.of(b2));
        Chain.receive(Chain.ship(station, l1, dehairer, 30));
        Chain.receive(Chain.ship(station, l2, dehairer, 20));
        Map<String, Object> body = Map.of("code", "D-" + t, "yieldPercent", 52.5, "dehairedAt", "2026-06-02T10:00:00Z",
                "inputs", List.of(Map.of("lot", l1, "kg", 30), Map.of("lot", l2, "kg", 20.001)));
        given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + dehairer + "/dehairings")
                .then().statusCode(409).body("balance.lot", equalTo(l2));
        body = Map.of("code", "D-" + t, "yieldPercent", 52.5, "dehairedAt", "2026-06-02T10:00:00Z",
                "inputs", List.of(Map.of("lot", l1, "kg", 30), Map.of("lot", l2, "kg", 20)));
        given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + dehairer + "/dehairings")
                .then().statusCode(201).body("kind", equalTo("dehairing")).body("quantityKg", equalTo(26.25f))
                .body("yieldPercent", equalTo(52.5f)).body("inputs.lot", org.hamcrest.Matchers.contains(l1, l2));
        // After the yield, 26.25 kg of the dehaired lot can go on, and not a gram more.
        given().contentType(ContentType.JSON).body(Map.of("lot", "D-" + t, "to", brand, "kg", 26.251))
                .when().post("/organisations/" + dehairer + "/shipments").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("lot", "D-" + t, "to", brand, "kg", 1,
                        "shippedAt", "2026-06-01T10:00:00Z"))
                .when().post("/organisations/" + dehairer + "/shipments").then().statusCode(400)
                .body("errors[0].rule", equalTo("before-lot"));
        Chain.ship(dehairer, "D-" + t, brand, 26.25, "2026-06-03T10:00:00Z");
        // The inputs are spent.
        given().contentType(ContentType.JSON).body(Map.of("lot", l1, "to", brand, "kg", 1))
                .when().post("/organisations/" + dehairer + "/shipments").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("code", "Z-" + t, "yieldPercent", 100.5,
                        "inputs", List.of(Map.of("lot", "NOPE", "kg", 1))))
                .when().post("/organisations/" + dehairer + "/dehairings").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/yieldPercent", "/inputs/0/lot"));
        // A well-formed dehairing of an unknown lot: that alone.
        given().contentType(ContentType.JSON).body(Map.of("code", "Z-" + t, "yieldPercent", 100,
                        "inputs", List.of(Map.of("lot", "NOPE", "kg", 1))))
                .when().post("/organisations/" + dehairer + "/dehairings").then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.contains("/inputs/0/lot"))
                .body("errors.rule", org.hamcrest.Matchers.contains("unknown-lot"));
    }

    @Test
    void aRetriedShipmentIsNotShippedTwice() {
        Chain.Start start = Chain.herderBagAndStation("20");
        String t = start.t(), b1 = start.bag(), station = start.station();
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String lot = Chain.lot(station, "L-" + t, List.of(b1));
        Map<String, Object> body = Map.of("lot", lot, "to", dehairer, "kg", 12);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "ship-" + t).body(body)
                .when().post("/organisations/" + station + "/shipments").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "ship-" + t).body(body)
                .when().post("/organisations/" + station + "/shipments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(db.count("select count(*) from shipment where organisation_id = ?::uuid", station)).isEqualTo(1);
    }

    @Test
    void custodyRecordsAreAppendOnly() {
        Chain.Built c = Chain.build(db);
        Db.assertRestricted("lot records are append-only (ISO 22786 11.1.1, 5.26.3.2)",
                () -> db.execute("update lot set quantity_kg = 1 where code = ?", c.lot));
        Db.assertRestricted("custody_ledger records are append-only (ISO 22786 11.1.1, 5.26.3.2)",
                () -> db.execute("delete from custody_ledger where lot_id = (select id from lot where code = ?)", c.lot));
        Db.assertRestricted("bag records are append-only (ISO 22786 11.1.1, 5.26.3.2)",
                () -> db.execute("delete from bag where id = ?::uuid", c.bagA));
    }
}
