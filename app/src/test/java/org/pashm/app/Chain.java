package org.pashm.app;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test helpers for the fibre chain (issue 8), through the HTTP API like a client: herder households and farms with
 * goats and bags, stations, lots, shipments. Every name and number is made unique per call, so tests never meet each
 * other's data.
 */
public final class Chain {

    private Chain() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String organisation(String kind, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", kind))
                .when().post("/organisations").then().statusCode(201).extract().path("id");
    }

    /**
     * Where most custody tests start: a herder household ({@code herder}, {@code site}) with one nomadic bag of
     * {@code kg}, and a buying station to aggregate it; {@code t} makes the test's codes unique.
     */
    public record Start(String t, String herder, String site, String bag, String station) {
    }

    public static Start herderBagAndStation(String kg) {
        String t = unique();
        String[] h = household("Herder " + t, "NM-" + t, "Alxa League");
        String bag = bag(h[0], nomadicBag(h[1], "B1-" + t, kg, null, List.of()));
        return new Start(t, h[0], h[1], bag, organisation("buying-station", "Station " + t));
    }

    /** A nomadic herder household with its site (registration number, coordinates); returns {org, site}. */
    public static String[] household(String herder, String registration, String region) {
        String org = organisation("herder-household", "Household of " + herder);
        Map<String, Object> site = new HashMap<>(Map.of("name", "Winter camp of " + herder, "productionSystem", "nomadic",
                "region", region, "latitude", 38.851234, "longitude", 105.671234, "herderRegistrationNumber",
                registration));
        String s = given().contentType(ContentType.JSON).body(site).when().post("/organisations/" + org + "/sites")
                .then().statusCode(201).extract().path("id");
        return new String[] {org, s};
    }

    /** A housing farm with its site; returns {org, site}. */
    public static String[] farm(String name, String region) {
        String org = organisation("farm", name);
        String s = given().contentType(ContentType.JSON).body(Map.of("name", name + " sheds", "productionSystem",
                        "housing", "region", region, "latitude", 39.1, "longitude", 106.2))
                .when().post("/organisations/" + org + "/sites").then().statusCode(201).extract().path("id");
        return new String[] {org, s};
    }

    public static String goat(String org, String site, String earTag, String sex, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("earTag", earTag, "sex", sex, "category", category,
                "birthDate", "2022-03-15", "strain", "Alxa white cashmere", "coatColour", "white"));
        if (site != null) {
            body.put("site", site);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + org + "/goats")
                .then().statusCode(201).extract().path("id");
    }

    /** A nomadic bag that breaks no rule of 6.26. */
    public static Map<String, Object> nomadicBag(String site, String number, String kg, String um, List<String> goats) {
        Map<String, Object> b = new HashMap<>();
        b.put("number", number);
        b.put("site", site);
        b.put("harvestedOn", "2026-05-02");
        b.put("harvestMethod", "combed");
        b.put("material", "jute");
        b.put("fibreWeightKg", Double.parseDouble(kg));
        if (um != null) {
            b.put("meanFibreDiameterUm", Double.parseDouble(um));
        }
        Map<String, String> markings = new HashMap<>(Map.of("owner-name", "the herder", "origin", "Alxa League",
                "colour", "white"));
        if (goats.isEmpty()) {
            markings.put("ear-tag-or-id", "flock of the household");
        }
        b.put("markings", markings);
        b.put("goats", goats);
        return b;
    }

    /** A housing bag that breaks no rule of 5.26 (graded fine, measured 14.6 um). */
    public static Map<String, Object> housingBag(String site, String number, String method) {
        Map<String, Object> b = new HashMap<>();
        b.put("number", number);
        b.put("site", site);
        b.put("harvestedOn", "2026-04-28");
        b.put("harvestMethod", method);
        b.put("material", "cotton");
        b.put("whiteCloth", true);
        b.put("fibreWeightKg", 28.4);
        b.put("fineness", "fine");
        b.put("meanFibreDiameterUm", 14.6);
        Map<String, String> m = new HashMap<>();
        for (String code : List.of("owner-name", "recording-person", "combing-person", "weighing-person", "goat-type",
                "ear-tag-or-id", "fibre-length", "origin", "colour")) {
            m.put(code, "text of " + code);
        }
        b.put("markings", m);
        return b;
    }

    public static String bag(String org, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + org + "/bags")
                .then().statusCode(201).extract().path("id");
    }

    public static String lot(String station, String code, List<String> bags) {
        given().contentType(ContentType.JSON).body(Map.of("code", code, "bags", bags, "aggregatedAt",
                        "2026-05-20T09:00:00Z"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(201);
        return code;
    }

    public static String ship(String from, String lot, String to, double kg) {
        return ship(from, lot, to, kg, "2026-05-25T08:00:00Z");
    }

    public static String ship(String from, String lot, String to, double kg, String at) {
        return given().contentType(ContentType.JSON).body(Map.of("lot", lot, "to", to, "kg", kg, "shippedAt", at))
                .when().post("/organisations/" + from + "/shipments").then().statusCode(201).extract().path("id");
    }

    public static void receive(String shipment) {
        receive(shipment, "2026-05-27T15:00:00Z");
    }

    public static void receive(String shipment, String at) {
        given().contentType(ContentType.JSON).body(Map.of("receivedAt", at))
                .when().post("/shipments/" + shipment + "/receipt").then().statusCode(200);
    }

    /**
     * An assessment of a site, stored as the assessments API stores it (the result is what the tests need; the
     * evaluation that would produce it is the assessments API's own business and tested there).
     */
    public static String assessment(Db db, String org, String site, String on, boolean conformant) {
        UUID id = UUID.randomUUID();
        try {
            db.execute("""
                    insert into assessment (id, organisation_id, site_id, lineage_id, version, standard_id, edition,
                        production_system, assessed_on, assessor, overall_result, conformant, submission, observations,
                        report, module_versions)
                    values (?, ?, ?, ?, 1, 'iso-22786', 'DIS-2025', 'nomadic', ?, 'Test auditor', ?, ?, '{}'::jsonb,
                        '[]'::jsonb, '{}'::jsonb, '{}'::jsonb)""",
                    id, UUID.fromString(org), UUID.fromString(site), id, LocalDate.parse(on),
                    conformant ? "conformant" : "nonconformant", conformant);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    /** A fully built chain: two herders' bags, a buying station's lot, a dehairing, a shipment to a brand. */
    static final class Built {
        String tag;
        String[] herderA;
        String[] herderB;
        String bagA;
        String bagB;
        String station;
        String dehairer;
        String brand;
        String lot;
        String dehaired;
        List<String> names = new ArrayList<>();
        List<String> registrations = new ArrayList<>();
    }

    static Built build(Db db) {
        Built c = new Built();
        c.tag = unique();
        String herderA = "Bat-Erdene Dorj " + c.tag;
        String herderB = "Oyunaa Ganbold " + c.tag;
        c.names.add(herderA);
        c.names.add(herderB);
        c.registrations.add("NM-152921-A" + c.tag);
        c.registrations.add("NM-152921-B" + c.tag);
        c.herderA = household(herderA, c.registrations.get(0), "Alxa Left Banner, Alxa League, Inner Mongolia");
        c.herderB = household(herderB, c.registrations.get(1), "Alxa Right Banner, Alxa League, Inner Mongolia");
        goat(c.herderA[0], c.herderA[1], "A-" + c.tag + "-1", "female", "adult-doe");
        goat(c.herderA[0], c.herderA[1], "A-" + c.tag + "-2", "male", "stud-buck");
        goat(c.herderB[0], c.herderB[1], "B-" + c.tag + "-1", "female", "adult-doe");
        c.bagA = bag(c.herderA[0], nomadicBag(c.herderA[1], "BAG-A-" + c.tag, "22.5", "14.2",
                List.of("A-" + c.tag + "-1", "A-" + c.tag + "-2")));
        c.bagB = bag(c.herderB[0], nomadicBag(c.herderB[1], "BAG-B-" + c.tag, "18", "14.4", List.of("B-" + c.tag + "-1")));
        assessment(db, c.herderA[0], c.herderA[1], "2026-04-10", true);
        assessment(db, c.herderB[0], c.herderB[1], "2026-04-12", true);
        c.station = organisation("buying-station", "Alxa Buying Station " + c.tag);
        c.dehairer = organisation("dehairing-station", "Bayanhot Dehairing " + c.tag);
        c.brand = organisation("brand", "Rebel Cashmere " + c.tag);
        c.lot = lot(c.station, "L-" + c.tag, List.of(c.bagA, c.bagB));
        receive(ship(c.station, c.lot, c.dehairer, 40.5));
        c.dehaired = "D-" + c.tag;
        given().contentType(ContentType.JSON).body(Map.of("code", c.dehaired, "inputs",
                        List.of(Map.of("lot", c.lot, "kg", 40.5)), "yieldPercent", 52, "dehairedAt", "2026-06-02T10:00:00Z"))
                .when().post("/organisations/" + c.dehairer + "/dehairings").then().statusCode(201);
        receive(ship(c.dehairer, c.dehaired, c.brand, 20, "2026-06-05T08:00:00Z"), "2026-06-07T12:00:00Z");
        return c;
    }
}
