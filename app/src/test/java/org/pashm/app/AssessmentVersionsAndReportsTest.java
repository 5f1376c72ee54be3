package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Corrections as new versions, listings, the report as JSON and CSV, and reproducibility. */
@QuarkusTest
class AssessmentVersionsAndReportsTest {

    @Inject
    Db db;

    private static String submit(ObjectNode body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().post("/assessments").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aCorrectionIsANewVersionAndBothStayReadable() {
        String site = Api.housingSite();
        String first = submit(Api.minimal(site));
        ObjectNode fix = Api.minimal(site).put("reason", "The ammonia meter was not calibrated; measured again.");
        ((ObjectNode) fix.get("observations").get(0)).put("value", 25);
        String second = given().contentType(ContentType.JSON).body(fix.toString())
                .when().post("/assessments/" + first + "/corrections").then().statusCode(201)
                .body("version", equalTo(2)).body("supersedes", equalTo(first)).body("lineage", equalTo(first))
                .body("correctionReason", containsString("calibrated"))
                .body("report.overall.result", equalTo("nonconformant")).extract().path("id");
        given().when().get("/assessments/" + first).then().statusCode(200).body("current", equalTo(false))
                .body("supersededBy", equalTo(second));
        given().when().get("/assessments/" + first + "/report").then().statusCode(200)
                .body("findings.find { it.rule == 'ammonia' }.outcome", equalTo("conforms"));
        given().queryParam("site", site).when().get("/assessments").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(second)).body("items[0].current", equalTo(true));
        given().queryParam("site", site).queryParam("versions", "all").when().get("/assessments").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items.find { it.id == '" + first + "' }.supersededBy", equalTo(second));
        // Only the current version can be corrected, and only with a reason, for the same site.
        given().contentType(ContentType.JSON).body(fix.toString()).when().post("/assessments/" + first + "/corrections")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(second));
        ObjectNode noReason = Api.minimal(site);
        given().contentType(ContentType.JSON).body(noReason.toString())
                .when().post("/assessments/" + second + "/corrections").then().statusCode(400)
                .body("errors.pointer", hasItem("/reason"));
        ObjectNode otherSite = Api.minimal(Api.housingSite()).put("reason", "wrong farm");
        given().contentType(ContentType.JSON).body(otherSite.toString())
                .when().post("/assessments/" + second + "/corrections").then().statusCode(400)
                .body("errors.find { it.pointer == '/site' }.rule", equalTo("site-mismatch"));
        given().contentType(ContentType.JSON).body(fix.toString())
                .when().post("/assessments/" + UUID.randomUUID() + "/corrections").then().statusCode(404);
    }

    @Test
    void listsWithFiltersAndBoundedPages() {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        for (String day : List.of("2026-03-01", "2026-03-15", "2026-04-01")) {
            submit(Api.minimal(site).put("assessedOn", day));
        }
        given().queryParam("organisation", org).when().get("/assessments").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.assessedOn", equalTo(List.of("2026-04-01", "2026-03-15",
                        "2026-03-01")));
        given().queryParam("organisation", org).queryParam("from", "2026-03-10").queryParam("to", "2026-03-31")
                .when().get("/assessments").then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("organisation", org).queryParam("size", 2).queryParam("page", 1)
                .when().get("/assessments").then().statusCode(200).body("items.size()", equalTo(1))
                .body("totalPages", equalTo(2));
        given().queryParam("organisation", org).queryParam("result", "incomplete").when().get("/assessments").then()
                .statusCode(200).body("items.result", everyItem(equalTo("incomplete")));
        given().queryParam("size", 1000).when().get("/assessments").then().statusCode(400)
                .body("errors[0].parameter", equalTo("size"));
        given().queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").when().get("/assessments").then()
                .statusCode(400);
        given().queryParam("from", "yesterday").when().get("/assessments").then().statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
        given().queryParam("versions", "some").when().get("/assessments").then().statusCode(400);
    }

    @Test
    void theReportAsCsvHasOneRowPerFinding() {
        String id = submit(Api.example("housing-farm").put("site", Api.housingSite()));
        int findings = given().when().get("/assessments/" + id + "/report").then().statusCode(200)
                .extract().path("findings.size()");
        String csv = given().accept("text/csv").when().get("/assessments/" + id + "/report").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("clause,rule,subjectKind,subjectId,strength,outcome,statement,facts,explanation");
        assertThat(lines).hasSize(findings + 1);
        assertThat(csv).contains("5.3.3,ammonia,shelter,");
    }

    @Test
    void everyStoredAssessmentIsReproducedExactlyByTheSameModules() {
        String site = Api.housingSite();
        String example = submit(Api.example("housing-farm").put("site", site));
        String minimal = submit(Api.minimal(site));
        for (String id : List.of(example, minimal)) {
            given().when().get("/assessments/" + id + "/reproduction").then().statusCode(200)
                    .body("reproduced", equalTo(true)).body("sameModuleVersions", equalTo(true))
                    .body("differences", equalTo(List.of()));
        }
    }

    /**
     * Issue 17: the findings stored as data for every shipped example (on each kind of site that reads all of it)
     * are what the modules produce again from the stored observations, finding by finding.
     */
    @Test
    void theStoredFindingsOfEveryShippedExampleReEvaluateToIdenticalData() throws Exception {
        List<String> names = ExampleFiles.shipped();
        assertThat(names).contains("housing-farm", "nomadic-household", "transport-journey-and-transition",
                "raw-cashmere-housing");
        int reproduced = 0;
        for (String name : names) {
            ObjectNode example = Api.example(name);
            if (!"iso-22786".equals(example.path("standard").asText())) {
                continue;
            }
            for (String system : List.of("housing", "nomadic")) {
                String site = Api.site(Api.organisation("farm"), system);
                var answer = given().contentType(ContentType.JSON).header("Prefer", "return=minimal")
                        .body(example.deepCopy().put("site", site).toString()).when().post("/assessments");
                if (answer.statusCode() == 400) {
                    continue;   // evidence of the other production system: refused, not stored
                }
                String id = answer.then().statusCode(201).extract().path("id");
                given().when().get("/assessments/" + id + "/reproduction").then().statusCode(200)
                        .body("reproduced", equalTo(true)).body("differences", equalTo(List.of()));
                reproduced++;
            }
        }
        assertThat(reproduced).as("assessments reproduced").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aReportThatTheModulesDoNotProduceIsCaught() throws Exception {
        // The control for the test above: a stored report that differs from what the modules compute.
        String site = Api.housingSite();
        String id = submit(Api.minimal(site));
        String forged = UUID.randomUUID().toString();
        db.execute("insert into assessment (id, organisation_id, site_id, lineage_id, version, standard_id, edition, "
                + "production_system, assessed_on, assessor, overall_result, conformant, submission, observations, "
                + "report, module_versions, report_format) select ?::uuid, organisation_id, site_id, ?::uuid, 1, "
                + "standard_id, edition, production_system, assessed_on, assessor, 'conformant', true, submission, "
                + "observations, jsonb_set(report::jsonb, '{overall,0}', '\"conformant\"')::text, module_versions, "
                + "report_format "
                + "from assessment where id = ?::uuid", forged, forged, id);
        given().when().get("/assessments/" + forged + "/reproduction").then().statusCode(200)
                .body("reproduced", equalTo(false)).body("differences", hasItem("overall"));
        given().when().get("/assessments/" + UUID.randomUUID() + "/reproduction").then().statusCode(404)
                .body("supersededBy", nullValue());
    }
}
