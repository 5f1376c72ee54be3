package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: evidence that no clause applying to the site reads is refused rather than stored and never judged, and a
 * report says once which sections do not apply to the site.
 */
@QuarkusTest
class EvidenceForTheSiteTest {

    @Inject
    Db db;

    private static ObjectNode housingEvidence(String site) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("site", site).put("assessedOn", "2026-04-02").put("assessor", "Test auditor");
        ArrayNode obs = body.putArray("observations");
        obs.addObject().put("code", "housing.shelter.ammonia").put("value", 12).put("unit", "mg/m3")
                .putObject("subject").put("kind", "shelter").put("id", "shed-1");
        obs.addObject().put("code", "housing.shelter.noise").put("value", 60).put("unit", "dB")
                .putObject("subject").put("kind", "shelter").put("id", "shed-1");
        return body;
    }

    @Test
    void housingCodesOnANomadicSiteAreRefusedOnePointerEachAndNothingIsStored() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        String key = "housing-on-nomadic-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(housingEvidence(site).toString())
                .when().post("/assessments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/observations/0/code", "/observations/1/code"))
                .body("errors.rule", everyItem(equalTo("not-read-for-site")))
                .body("errors[0].detail", startsWith("housing.shelter.ammonia is read only by clause 5.3.3, which "
                        + "does not apply to a nomadic site"))
                .body("errors[1].detail", startsWith("housing.shelter.noise is read only by clause 5.3.5, which "
                        + "does not apply to a nomadic site"));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isZero();
        assertThat(db.count("select count(*) from idempotency_key where key = ?", key)).isZero();
    }

    @Test
    void nomadicCodesOnAHousingSiteAreRefusedTooAlongsideTheBodysOtherMistakes() {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        ((ArrayNode) body.get("observations")).addObject().put("code", "nomadic.site.motorcycles-used")
                .put("value", false);
        ((ArrayNode) body.get("observations")).addObject().put("code", "housing.shelter.ammonia").put("value", 3)
                .put("unit", "furlongs").putObject("subject").put("kind", "shelter").put("id", "shed-2");
        given().contentType(ContentType.JSON).body(body.toString()).when().post("/assessments").then()
                .statusCode(400)
                .body("errors.find { it.pointer == '/observations/1/code' }.rule", equalTo("not-read-for-site"))
                .body("errors.find { it.pointer == '/observations/1/code' }.detail",
                        startsWith("nomadic.site.motorcycles-used is read only by clause"))
                .body("errors.find { it.pointer == '/observations/2/unit' }.rule", equalTo("unknown-unit"));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isZero();
    }

    @Test
    void aNomadicReportSaysOnceThatClause5DoesNotApplyAndWhy() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        ObjectNode example = Api.example("nomadic-household");
        Response r = given().contentType(ContentType.JSON).body(example.toString())
                .when().post("/sites/" + site + "/assessments");
        r.then().statusCode(201)
                .body("report.notApplicable", hasSize(1))
                .body("report.notApplicable[0].number", equalTo("5"))
                .body("report.notApplicable[0].reason",
                        equalTo("clause 5 (Housing production system) is for housing sites; this site is nomadic."))
                .body("report.findings.clause", everyItem(not(startsWith("5."))));
        List<String> sections = r.path("report.sections.number");
        assertThat(sections).doesNotContain("5").contains("6");
    }

    @Test
    void aReportInWhichBothClausesOfAKnownConflictApplyExplainsItOnce() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        Response r = given().contentType(ContentType.JSON).body(Api.example("nomadic-household").toString())
                .when().post("/sites/" + site + "/assessments");
        r.then().statusCode(201);
        List<java.util.Map<String, Object>> conflicts = r.path("report.conflicts");
        assertThat(conflicts).extracting(c -> c.get("clauses")).contains(List.of("6.2.2.1", "6.5.1"));
        assertThat(conflicts).filteredOn(c -> c.get("clauses").equals(List.of("6.2.2.1", "6.5.1"))).singleElement()
                .satisfies(c -> assertThat(c.get("explanation")).isEqualTo("The draft contradicts itself: an adult "
                        + "doe has 1.8 m² to 2 m² in 6.2.2.1 and 1.5 m² to 2 m² in Table 3 (6.5.1). Pashm checks both "
                        + "clauses, as the draft has both, so a finding of 6.2.2.1 and one of 6.5.1 can differ on the "
                        + "same thing."));
    }
}
