package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /assessments/{id}/report?standard=...: one ISO 22786 assessment projected onto Kashmina's supplier code through
 * the code's crosswalk, each projected finding with the relation used and the ISO findings it came from.
 */
@QuarkusTest
class ProjectionReportTest {

    static String submitExample(String site, String example) {
        return given().contentType(ContentType.JSON).body(Api.example(example).toString())
                .when().post("/sites/" + site + "/assessments").then().statusCode(201).extract().path("id");
    }

    static JsonNode projection(String id) {
        return Api.tree(given().queryParam("standard", "kashmina-supplier-code").queryParam("edition", "1")
                .when().get("/assessments/" + id + "/report").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString());
    }

    static String key(JsonNode f) {
        return f.get("clause").asText() + " " + f.get("rule").asText() + " " + f.get("subject").get("kind").asText()
                + "/" + f.get("subject").get("id").asText();
    }

    @Test
    void theHousingExampleProjectedOntoTheSupplierCodeWithTheSourcesOfEachFinding() {
        String id = submitExample(Api.housingSite(), "housing-farm");
        JsonNode p = projection(id);
        assertThat(p.get("assessment").asText()).isEqualTo(id);
        assertThat(p.get("standard").asText()).isEqualTo("kashmina-supplier-code");
        assertThat(p.get("projectedFrom").get("standard").asText()).isEqualTo("iso-22786");
        assertThat(p.get("projectedFrom").get("result").asText()).isEqualTo("nonconformant");
        assertThat(p.get("productionSystem").asText()).isEqualTo("housing");
        assertThat(p.get("assessedOn").asText()).isEqualTo("2026-06-18");
        assertThat(p.get("crosswalkDeclaredBy").get(0).asText()).startsWith("org.pashm.kashmina ");

        List<String> lines = new ArrayList<>();
        p.get("findings").forEach(f -> lines.add(f.get("requirement").asText() + " "
                + (f.get("relation").isNull() ? "-" : f.get("relation").asText()) + " " + f.get("outcome").asText()));
        assertThat(lines).containsExactly("1.1 intersect not-assessed", "1.2 intersect not-assessed",
                "1.3 - not-assessed", "1.4 - not-assessed", "1.5 - not-assessed",
                "2.1 subset conforms", "2.2 subset conforms", "2.3 superset not-assessed", "3.1 subset not-assessed");

        Map<String, JsonNode> byRequirement = new HashMap<>();
        p.get("findings").forEach(f -> byRequirement.put(f.get("requirement").asText(), f));
        // 2.1 rests on exactly the two ISO rules it maps to that apply to a housing farm.
        JsonNode grazing = byRequirement.get("2.1");
        assertThat(grazing.get("title").asText()).isEqualTo("Grazing in a suitable area, with shelter when needed");
        List<String> sources = new ArrayList<>();
        grazing.get("sources").forEach(s -> sources.add(key(s) + " " + s.get("outcome").asText()));
        assertThat(sources).containsExactly("5.3.5 grazing-shelter site/site conforms",
                "5.4.3 grazing site/site conforms");
        assertThat(grazing.get("rationale").asText()).contains("5.4.3, 5.3.5");
        assertThat(grazing.get("explanation").asText()).startsWith("The site: conforms: it asks part of what");
        // 2.2 rests on the feeding and drinking-water findings, all of them from 5.13 and 5.14.
        List<String> feedingClauses = new ArrayList<>();
        byRequirement.get("2.2").get("sources").forEach(s -> feedingClauses.add(s.get("clause").asText()));
        assertThat(feedingClauses).isNotEmpty().allMatch(c -> c.startsWith("5.13.") || c.startsWith("5.14."));
        // 2.3 (superset): ISO's handling rules all hold where they apply, but they are only part of 2.3.
        assertThat(byRequirement.get("2.3").get("explanation").asText()).contains("were not assessed");
        // Nothing covers 1.3: no relation, no targets, no sources.
        JsonNode contracts = byRequirement.get("1.3");
        assertThat(contracts.get("relation").isNull()).isTrue();
        assertThat(contracts.get("targets")).isEmpty();
        assertThat(contracts.get("sources")).isEmpty();
        assertThat(contracts.get("explanation").asText()).isEqualTo("The site: not assessed: no clause of "
                + "iso-22786/DIS-2025 covers this requirement; assess it against kashmina-supplier-code/1 directly.");

        // Every source is a finding of the stored ISO report, with the outcome it has there.
        JsonNode stored = Api.tree(given().when().get("/assessments/" + id + "/report").then().statusCode(200)
                .extract().asString());
        Map<String, String> iso = new HashMap<>();
        stored.get("findings").forEach(f -> iso.put(key(f), f.get("outcome").asText()));
        p.get("findings").forEach(f -> f.get("sources").forEach(s ->
                assertThat(iso.get(key(s))).as(key(s)).isEqualTo(s.get("outcome").asText())));

        assertThat(p.get("overall").get("result").asText()).isEqualTo("pending");
        assertThat(p.get("overall").get("conformant").asBoolean()).isFalse();
        assertThat(p.get("decisionRule").asText()).startsWith("Approved as a supplier");
        assertThat(p.get("total").get("conforms").asInt()).isEqualTo(2);
        assertThat(p.get("total").get("notAssessed").asInt()).isEqualTo(7);
        assertThat(p.get("sections").get(1).get("title").asText()).isEqualTo("Animal welfare");
    }

    @Test
    void aNomadicAssessmentsBreachOfAnIsoHandlingRuleBreachesTheCodeThroughTheSuperset() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        JsonNode p = projection(submitExample(site, "nomadic-household"));
        JsonNode stress = p.get("findings").get(7);
        assertThat(stress.get("requirement").asText()).isEqualTo("2.3");
        assertThat(stress.get("relation").asText()).isEqualTo("superset");
        assertThat(stress.get("outcome").asText()).isEqualTo("nonconformity");
        assertThat(stress.get("explanation").asText()).endsWith("6.16.5 motorcycles (the site) is not met there.");
        assertThat(p.get("overall").get("result").asText()).isEqualTo("not-approved");
    }

    @Test
    void theEditionMayBeLeftOutAndTheProjectionIsAlsoCsv() {
        String id = submitExample(Api.housingSite(), "housing-farm");
        given().queryParam("standard", "kashmina-supplier-code").when().get("/assessments/" + id + "/report").then()
                .statusCode(200).body("edition", equalTo("1")).body("findings.size()", equalTo(9));
        String csv = given().accept("text/csv").queryParam("standard", "kashmina-supplier-code")
                .when().get("/assessments/" + id + "/report").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("kashmina-supplier-code-1.csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("requirement,title,strength,outcome,relation,targets,sources,explanation");
        assertThat(csv).contains("2.1,\"Grazing in a suitable area, with shelter when needed\",requirement,conforms,"
                + "subset,\"5.4.3#grazing 5.3.5#grazing-shelter 6.1.1 6.16.1\","
                + "\"5.3.5 grazing-shelter site/site conforms; 5.4.3 grazing site/site conforms\"");
        // Its own standard, named or not, is the stored report.
        given().queryParam("standard", "iso-22786").when().get("/assessments/" + id + "/report").then()
                .statusCode(200).body("standard", equalTo("iso-22786")).body("overall.result", equalTo("nonconformant"))
                .body("projectedFrom", nullValue());
    }

    @Test
    void badProjectionsAreProblemsNamingTheParameter() {
        String id = submitExample(Api.housingSite(), "housing-farm");
        given().queryParam("standard", "nobody").when().get("/assessments/" + id + "/report").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("standard"))
                .body("errors[0].rule", equalTo("unknown-standard"))
                .body("detail", containsString("kashmina-supplier-code/1"));
        given().queryParam("standard", "kashmina-supplier-code").queryParam("edition", "9")
                .when().get("/assessments/" + id + "/report").then().statusCode(400)
                .body("errors[0].parameter", equalTo("edition")).body("errors[0].rule", equalTo("unknown-standard"));
        given().queryParam("standard", "Not An Id").when().get("/assessments/" + id + "/report").then()
                .statusCode(400).body("errors[0].parameter", equalTo("standard"))
                .body("errors[0].rule", equalTo("invalid-value"));
        given().queryParam("edition", "1").when().get("/assessments/" + id + "/report").then().statusCode(400)
                .body("errors[0].parameter", equalTo("edition")).body("errors[0].rule", equalTo("standard-required"));
        // A supplier-code assessment cannot be projected onto ISO 22786: nobody maps ISO's clauses to the code.
        String own = given().contentType(ContentType.JSON)
                .body(PluginJars.exampleIn("kashmina-supplier-code", "kashmina-supplier").toString())
                .when().post("/sites/" + Api.housingSite() + "/assessments").then().statusCode(201)
                .extract().path("id");
        given().queryParam("standard", "iso-22786").when().get("/assessments/" + own + "/report").then()
                .statusCode(400).body("errors[0].rule", equalTo("no-crosswalk"))
                .body("detail", containsString("Standards it can be projected onto: none"));
        given().queryParam("standard", "good-cashmere-standard").when().get("/assessments/" + own + "/report")
                .then().statusCode(400).body("errors[0].parameter", equalTo("standard"));
        given().queryParam("standard", "kashmina-supplier-code").when()
                .get("/assessments/" + java.util.UUID.randomUUID() + "/report").then().statusCode(404);
    }

    @Test
    void anIsoAssessmentCanAlsoBeProjectedOntoTheGoodCashmereStandard() {
        String id = submitExample(Api.housingSite(), "housing-farm");
        given().queryParam("standard", "good-cashmere-standard").when().get("/assessments/" + id + "/report").then()
                .statusCode(200).body("edition", equalTo("overview"))
                .body("findings.find { it.requirement == '1.2' }.relation", equalTo("subset"))
                .body("findings.find { it.requirement == '1.2' }.outcome", equalTo("conforms"))
                .body("findings.find { it.requirement == '3.2' }.sources", empty())
                .body("overall.result", equalTo("incomplete"));
    }
}
