package org.pashm.app;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The world the OWASP API tests attack. Farm A has a housing site, an assessment, two Good Cashmere Standard
 * audits (one certified), a goat, a goat group, a bag, a farm record, duty subjects, a work record, subscriptions and
 * a dead delivery. A buying station holds a lot made of A's bag and has shipped part of it to a receiving brand.
 * Farm B and another brand are the outsiders. Every party has a member in each role, so that a refusal can only
 * come from the role (API5) or from the organisation (API1).
 */
public final class World {

    /** Who owns an endpoint's object, and so whose members may reach it. */
    public enum Party { NONE, FARM, STATION, RECEIVER }

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String orgA;
    public final String orgB;
    public final String brand;
    public final String station;
    public final String receiver;
    public final String siteA;
    public final String siteB;
    public final String assessmentA;
    public final String managerA = "manager-a-" + suffix;
    public final String auditorA = "auditor-a-" + suffix;
    public final String managerB = "manager-b-" + suffix;
    public final String auditorB = "auditor-b-" + suffix;
    public final String brandMember = "brand-" + suffix;
    private final Map<String, String> ids = new HashMap<>();

    public World(Db db) {
        // The app's day, from the same clock the app reads (TestClock), so that the world agrees with the app on
        // "today" even when a test has stood the clock at another day.
        LocalDate today = io.quarkus.arc.Arc.container().instance(TestClock.class).get().today();
        orgA = Api.organisation("farm");
        orgB = Api.organisation("farm");
        brand = Api.organisation("brand");
        station = Api.organisation("buying-station");
        receiver = Api.organisation("brand");
        siteA = Api.site(orgA, "housing");
        siteB = Api.site(orgB, "housing");
        grant(orgA, managerA, "manager");
        grant(orgA, auditorA, "auditor");
        grant(orgA, "brand-a-" + suffix, "brand");
        grant(orgB, managerB, "manager");
        grant(orgB, auditorB, "auditor");
        grant(brand, brandMember, "brand");
        for (String role : List.of("manager", "auditor", "brand")) {
            grant(station, role + "-station-" + suffix, role);
            grant(receiver, role + "-receiver-" + suffix, role);
        }
        assessmentA = given().header("Authorization", Tokens.as(auditorA, "auditor")).contentType(ContentType.JSON)
                .body(Api.minimal(siteA).toString()).when().post("/assessments").then().statusCode(201)
                .extract().path("id");

        // Good Cashmere Standard audits of a household site of A: one certified, one to certify.
        String household = Api.site(orgA, "nomadic");
        String certified = CertificateTest.gcsAssessment(household, today.minusDays(10));
        ids.put("certificateA", given().contentType(ContentType.JSON)
                .body(Map.of("assessment", certified, "issuedBy", "Test certifier")).when().post("/certificates")
                .then().statusCode(201).extract().path("id"));
        ids.put("gcsToCertify", CertificateTest.gcsAssessment(Api.site(orgA, "nomadic"), today.minusDays(5)));

        // The herd, a bag and a lot of it at the station, shipped on to the receiving brand.
        ids.put("goatA", Chain.goat(orgA, siteA, "EAR-" + suffix, "female", "adult-doe"));
        ids.put("groupA", given().contentType(ContentType.JSON).body(Map.of("name", "Does " + suffix))
                .when().post("/organisations/" + orgA + "/goat-groups").then().statusCode(201).extract().path("id"));
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("EAR-" + suffix)))
                .when().post("/goat-groups/" + ids.get("groupA") + "/members").then().statusCode(200);
        String bag = Chain.bag(orgA, Chain.housingBag(siteA, "B-" + suffix, "combed"));
        ids.put("bagA", bag);
        ids.put("lotA", Chain.lot(station, "L-" + suffix, List.of(bag)));
        ids.put("shipmentA", Chain.ship(station, ids.get("lotA"), receiver, 5.0));

        // Records, duty subjects, a subscription and a delivery that died.
        ids.put("recordA", RetentionTest.record(orgA, "record", today));
        Duties.subject(siteA, "vehicle", "truck-" + suffix, null);
        Duties.subject(siteA, "land-parcel", "field-" + suffix, null);
        ids.put("vehicleA", "truck-" + suffix);
        ids.put("parcelA", "field-" + suffix);
        ids.put("workRecordA", Duties.record(siteA, "vehicle-inspection", "vehicle", "truck-" + suffix,
                today.toString()));
        ids.put("subscriptionA", given().contentType(ContentType.JSON)
                .body(Map.of("channel", "webhook", "url", "https://hooks.example.invalid/" + suffix))
                .when().post("/organisations/" + orgA + "/subscriptions").then().statusCode(201).extract().path("id"));
        ids.put("calendarKeyA", given().contentType(ContentType.JSON).body(Map.of("label", "office " + suffix))
                .when().post("/organisations/" + orgA + "/calendar-keys").then().statusCode(201).extract().path("id"));
        UUID reminder = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        try {
            db.execute("""
                    insert into reminder (id, organisation_id, site_id, duty_id, subject_kind, subject_key, due_on,
                                          stage, created_for, payload)
                    values (?, ?, ?, 'vehicle-inspection', 'vehicle', ?, ?, 'overdue', ?, '{}')""",
                    reminder, UUID.fromString(orgA), UUID.fromString(siteA), "truck-" + suffix, today.minusDays(1),
                    today);
            db.execute("""
                    insert into delivery (id, organisation_id, reminder_id, subscription_id, status, attempts,
                                          next_attempt_at, last_error)
                    values (?, ?, ?, ?, 'dead', 3, now(), 'connection refused')""",
                    delivery, UUID.fromString(orgA), reminder, UUID.fromString(ids.get("subscriptionA")));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        ids.put("deliveryA", delivery.toString());
    }

    private static void grant(String org, String subject, String role) {
        given().contentType(ContentType.JSON).body(Map.of("subject", subject, "role", role))
                .when().post("/organisations/" + org + "/members").then().statusCode(201);
    }

    /** A member of the party in the role (a token), or null when the party has none. */
    public String member(Party party, String role) {
        return switch (party) {
            case FARM -> Tokens.as(switch (role) {
                case "manager" -> managerA;
                case "auditor" -> auditorA;
                default -> "brand-a-" + suffix;
            }, role);
            case STATION -> Tokens.as(role + "-station-" + suffix, role);
            case RECEIVER -> Tokens.as(role + "-receiver-" + suffix, role);
            case NONE -> Tokens.as(role.equals("manager") ? managerA : role.equals("auditor") ? auditorA : brandMember, role);
        };
    }

    public String managerOfA() {
        return Tokens.as(managerA, "manager");
    }

    public String auditor() {
        return Tokens.as(auditorA, "auditor");
    }

    public String managerOfB() {
        return Tokens.as(managerB, "manager");
    }

    public String auditorOfB() {
        return Tokens.as(auditorB, "auditor");
    }

    public String brandUser() {
        return Tokens.as(brandMember, "brand");
    }

    /**
     * Fills a path or body template: {orgA}, {siteA}, {assessmentA}, {orgB}, {station}, {receiver}, the objects
     * made above ({goatA}, {bagA}, {lotA}...), {unique} (new on every call); any other {x} stands for itself.
     */
    public String path(String template) {
        String s = template.replace("{orgA}", orgA).replace("{siteA}", siteA).replace("{assessmentA}", assessmentA)
                .replace("{orgB}", orgB).replace("{siteB}", siteB).replace("{brand}", brand)
                .replace("{station}", station).replace("{receiver}", receiver)
                .replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
        for (Map.Entry<String, String> e : ids.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s.replaceAll("\\{([a-zA-Z-]+)}", "$1");
    }

    /** For tests that need one of the objects. */
    public String id(String name) {
        return ids.get(name);
    }
}
