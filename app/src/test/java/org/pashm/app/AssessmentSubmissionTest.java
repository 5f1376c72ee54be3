package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** POST /assessments: validation before evaluation, one transaction, 201 with Location and the report. */
@QuarkusTest
class AssessmentSubmissionTest {

    @Inject
    Db db;

    @Test
    void theHousingExampleCanBePostedAsItIsToItsSite() {
        String site = Api.housingSite();
        ObjectNode example = Api.example("housing-farm");
        Response r = given().contentType(ContentType.JSON).body(example.toString())
                .when().post("/sites/" + site + "/assessments");
        r.then().statusCode(201)
                .header("Location", startsWith("/assessments/"))
                .body("site", equalTo(site)).body("version", equalTo(1)).body("current", equalTo(true))
                .body("standard", equalTo("iso-22786")).body("edition", equalTo("DIS-2025"))
                .body("productionSystem", equalTo("housing"))
                .body("report.overall.result", notNullValue())
                .body("report.modules", hasKey("org.pashm.housing"))
                .body("report.freedoms.code", hasItem("discomfort"))
                .body("report.sections.number", hasItem("5"));
        int findings = ((java.util.List<?>) r.path("report.findings")).size();
        int total = (int) r.path("report.total.conforms") + (int) r.path("report.total.nonconformities")
                + (int) r.path("report.total.observations") + (int) r.path("report.total.notAssessed")
                + (int) r.path("report.total.notApplicable");
        assertThat(findings).isPositive().isEqualTo(total);
        String location = r.header("Location");
        given().when().get(location).then().statusCode(200).body("id", equalTo(r.path("id")))
                .body("report", equalTo(null)).body("links.report", equalTo(location + "/report"));
        given().when().get(location + "/report").then().statusCode(200)
                .body("overall.result", equalTo(r.path("report.overall.result")))
                .body("findings.size()", equalTo(((java.util.List<?>) r.path("report.findings")).size()));
    }

    @Test
    void postAssessmentsTakesTheSiteInTheBodyAndConvertsCompatibleUnits() {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        ((ObjectNode) body.get("observations").get(0)).put("value", 21000).put("unit", "ug/m3");
        Response r = given().contentType(ContentType.JSON).body(body.toString()).when().post("/assessments");
        r.then().statusCode(201);
        given().when().get("/assessments/" + r.path("id") + "/report").then().statusCode(200)
                .body("findings.find { it.clause == '5.3.3' && it.rule == 'ammonia' }.outcome", equalTo("nonconformity"))
                .body("findings.find { it.clause == '5.3.3' && it.rule == 'ammonia' }.facts[0].value", equalTo("21 mg/m³"))
                .body("findings.find { it.clause == '5.3.3' && it.rule == 'ammonia' }.explanation",
                        containsString("above the limit of 20 mg/m³"));
        assertThat(db.count("select count(*) from assessment where id = ?::uuid and observations -> 0 ->> 'unit' = 'mg/m3'"
                + " and submission -> 'observations' -> 0 ->> 'unit' = 'ug/m3'", (Object) r.path("id"))).isEqualTo(1);
    }

    @Test
    void everyClassOfBadInputIsListedInOneProblemAndNothingIsStored() {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        body.put("assessedOn", "2999-01-01").put("colour", "red");
        ArrayNode obs = (ArrayNode) body.get("observations");
        obs.addObject().put("code", "housing.shelter.no-such-thing").put("value", 1);
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", "lots").put("unit", "mg/m3")
                .putObject("subject").put("kind", "shelter").put("id", "shed-2");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 3).put("unit", "kg")
                .putObject("subject").put("kind", "shelter").put("id", "shed-3");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 4000).put("unit", "mg/m3")
                .putObject("subject").put("kind", "shelter").put("id", "shed-4");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 3).put("unit", "mg/m3")
                .putObject("subject").put("kind", "vehicle").put("id", "truck-1");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 13).put("unit", "mg/m3")
                .putObject("subject").put("kind", "shelter").put("id", "shed-1");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 13).put("unit", "furlongs")
                .putObject("subject").put("kind", "shelter").put("id", "shed-5");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 13).put("unit", "mg/m3")
                .put("observedOn", "last tuesday").putObject("subject").put("kind", "shelter").put("id", "shed-6");
        // Sent with an Idempotency-Key, so that both tables a submission writes could be left with something of it.
        String key = "bad-input-" + java.util.UUID.randomUUID();
        java.util.Map<String, Long> before = stored(site, key);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body.toString())
                .when().post("/assessments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid assessment"))
                .body("errors.pointer", hasItems("/assessedOn", "/colour", "/observations/1/code",
                        "/observations/2/value", "/observations/3/unit", "/observations/4/value",
                        "/observations/5/subject/kind", "/observations/6/code", "/observations/7/unit",
                        "/observations/8/observedOn"))
                .body("errors.find { it.pointer == '/observations/1/code' }.rule", equalTo("unknown-code"))
                .body("errors.find { it.pointer == '/observations/2/value' }.rule", equalTo("wrong-type"))
                .body("errors.find { it.pointer == '/observations/3/unit' }.rule", equalTo("incompatible-unit"))
                .body("errors.find { it.pointer == '/observations/4/value' }.rule", equalTo("implausible-value"))
                .body("errors.find { it.pointer == '/observations/5/subject/kind' }.rule",
                        equalTo("subject-kind-not-taken"))
                .body("errors.find { it.pointer == '/observations/6/code' }.rule", equalTo("duplicate-observation"))
                .body("errors.find { it.pointer == '/observations/7/unit' }.rule", equalTo("unknown-unit"))
                .body("errors.find { it.pointer == '/assessedOn' }.rule", equalTo("in-the-future"));
        assertThat(stored(site, key)).isEqualTo(before).containsEntry("assessment", 0L)
                .containsEntry("idempotency_key", 0L);
        // The same request made valid stores one of each, so the counts above would see a half-written submission.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key + "-valid").body(Api.minimal(site).toString())
                .when().post("/assessments").then().statusCode(201);
        assertThat(stored(site, key + "-valid")).containsEntry("assessment", 1L).containsEntry("idempotency_key", 1L);
    }

    /** The rows a submission to {@code site} with Idempotency-Key {@code key} writes, by table. */
    private java.util.Map<String, Long> stored(String site, String key) {
        return java.util.Map.of(
                "assessment", db.count("select count(*) from assessment where site_id = ?::uuid", site),
                "idempotency_key", db.count("select count(*) from idempotency_key where key = ?", key));
    }

    @Test
    void missingAndUnknownSiteAndStandardAreNamed() {
        ObjectNode body = Api.minimal("00000000-0000-0000-0000-000000000000");
        body.put("standard", "iso-22786").put("edition", "FDIS-2099");
        given().contentType(ContentType.JSON).body(body.toString()).when().post("/assessments").then()
                .statusCode(400).body("errors.find { it.pointer == '/site' }.rule", equalTo("unknown-site"))
                .body("errors.find { it.pointer == '/edition' }.rule", equalTo("unknown-standard"));
        // What only the stored sites tell comes in the same answer as the evidence's own mistakes.
        ObjectNode both = Api.minimal("00000000-0000-0000-0000-000000000000");
        ((com.fasterxml.jackson.databind.node.ArrayNode) both.get("observations")).addObject()
                .put("code", "housing.no-such-code").put("value", 1);
        given().contentType(ContentType.JSON).body(both.toString()).when().post("/assessments").then()
                .statusCode(400).body("errors.pointer", containsInAnyOrder("/site", "/observations/1/code"))
                .body("errors.rule", containsInAnyOrder("unknown-site", "unknown-code"));
        body.remove("site");
        body.remove("assessor");
        body.remove("observations");
        given().contentType(ContentType.JSON).body(body.toString()).when().post("/assessments").then()
                .statusCode(400).body("errors.pointer", hasItems("/site", "/assessor", "/observations"));
        given().contentType(ContentType.JSON).body("[1, 2]").when().post("/assessments").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"site\": ").when().post("/assessments").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void preferReturnMinimalAnswersWithoutTheReport() {
        String site = Api.housingSite();
        given().contentType(ContentType.JSON).header("Prefer", "return=minimal").body(Api.minimal(site).toString())
                .when().post("/assessments").then().statusCode(201).header("Location", startsWith("/assessments/"))
                .body("result", equalTo("incomplete")).body("report", equalTo(null));
    }

    @Test
    void theSubmissionIsStoredExactlyAsSent() {
        String site = Api.housingSite();
        String text = "{\"site\": \"" + site + "\",\n  \"assessedOn\": \"2026-04-02\", \"assessor\": \"Test auditor\","
                + " \"observations\": [{\"code\": \"housing.shelter.ammonia\", \"value\": 12.50, \"unit\": \"mg/m3\","
                + " \"subject\": {\"kind\": \"shelter\", \"id\": \"shed-1\"}}]}";
        String id = given().contentType(ContentType.JSON).body(text).when().post("/assessments").then()
                .statusCode(201).extract().path("id");
        assertThat(db.count("select count(*) from assessment where id = ?::uuid and submission::text = ?", id, text))
                .isEqualTo(1);
    }

    @Test
    void aBodyOverTheSizeLimitIs413ProblemJson() {
        String huge = "{\"assessor\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        long before = db.assessments();
        given().contentType(ContentType.JSON).body(huge).when().post("/assessments").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        assertThat(db.assessments()).isEqualTo(before);
    }

    @Test
    void storedAssessmentsCannotBeChangedEvenBySql() {
        String site = Api.housingSite();
        String id = given().contentType(ContentType.JSON).body(Api.minimal(site).toString()).when()
                .post("/assessments").then().statusCode(201).extract().path("id");
        Db.assertRestricted("assessments are immutable: submit a correction instead",
                () -> db.execute("update assessment set assessor = 'someone else' where id = ?::uuid", id));
        Db.assertRestricted("assessments are immutable: submit a correction instead",
                () -> db.execute("delete from assessment where id = ?::uuid", id));
        given().when().get("/assessments/" + id).then().statusCode(200).body("assessor", equalTo("Test auditor"));
    }
}
