package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example plugins, dropped as jars into the test plugins directory (target/plugins, copied there by the build,
 * never on the app's class path), appear in the catalogue and can be assessed against like any built-in standard.
 */
@QuarkusTest
class PluginStandardsTest {

    static final String CODE = "/standards/kashmina-supplier-code/1";

    @Test
    void thePluginsAppearInGetStandardsWithTheJarTheyCameFrom() {
        given().when().get("/standards").then().statusCode(200)
                .body("id", hasItems("iso-22786", "kashmina-supplier-code", "good-cashmere-standard"))
                .body("find { it.id == 'kashmina-supplier-code' }.edition", equalTo("1"))
                .body("find { it.id == 'kashmina-supplier-code' }.clauses", equalTo(9))
                .body("find { it.id == 'kashmina-supplier-code' }.modules[0].name", equalTo("org.pashm.kashmina"))
                .body("find { it.id == 'kashmina-supplier-code' }.modules[0].plugin",
                        startsWith("kashmina-supplier-code-"))
                .body("find { it.id == 'kashmina-supplier-code' }.decisionRule", startsWith("Approved as a supplier"))
                .body("find { it.id == 'kashmina-supplier-code' }.sections.title",
                        equalTo(List.of("Working conditions", "Animal welfare", "Raw material")))
                .body("find { it.id == 'kashmina-supplier-code' }.crosswalks[0].toStandard", equalTo("iso-22786"))
                .body("find { it.id == 'kashmina-supplier-code' }.crosswalks[0].requirementsMapped", equalTo(6))
                .body("find { it.id == 'kashmina-supplier-code' }.certification", nullValue())
                .body("find { it.id == 'good-cashmere-standard' }.certification.validity", equalTo("P12M"))
                .body("find { it.id == 'good-cashmere-standard' }.certification.validityWords", equalTo("12 months"))
                .body("find { it.id == 'good-cashmere-standard' }.certification.renewalDuty",
                        equalTo("certificate-renewal"))
                // The built-in modules came from the app's class path, not from a plugin.
                .body("find { it.id == 'iso-22786' }.modules.plugin", everyItem(nullValue()))
                .body("find { it.id == 'iso-22786' }.crosswalks", empty());
    }

    @Test
    void thePluginIsNotOnTheAppsClassPath() {
        assertThatThrownBy(() -> Class.forName("org.pashm.kashmina.KashminaSupplierCode", false,
                Thread.currentThread().getContextClassLoader())).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void itsClausesAndVocabularyAreServedLikeAnyOther() {
        given().when().get(CODE + "/clauses").then().statusCode(200)
                .body("number", equalTo(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1")))
                .body("find { it.number == '1.5' }.rules.id", equalTo(List.of("women", "men")))
                .body("find { it.number == '1.5' }.freedoms", empty())
                .body("find { it.number == '2.2' }.freedoms.code", equalTo(List.of("hunger-thirst")))
                .body("module", everyItem(equalTo("org.pashm.kashmina")));
        given().queryParam("freedom", "fear-stress").when().get(CODE + "/clauses").then().statusCode(200)
                .body("number", equalTo(List.of("2.3")));
        given().queryParam("prefix", "kashmina.").when().get("/vocabulary").then().statusCode(200)
                .body("count", equalTo(17)).body("codes.module", everyItem(equalTo("org.pashm.kashmina")));
        given().when().get(CODE + "/evidence-schema").then().statusCode(200)
                .body(containsString("kashmina.management.women"));
    }

    @Test
    void itsCrosswalkToIso22786ListsEveryRequirementWithItsRelationAndTargets() {
        given().when().get(CODE + "/crosswalks/iso-22786/DIS-2025").then().statusCode(200)
                .body("fromStandard", equalTo("kashmina-supplier-code")).body("toEdition", equalTo("DIS-2025"))
                .body("declaredBy", equalTo(List.of("org.pashm.kashmina")))
                .body("requirements.requirement", equalTo(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2",
                        "2.3", "3.1")))
                .body("requirements.relation", equalTo(java.util.Arrays.asList("intersect", "intersect", null, null,
                        null, "subset", "subset", "superset", "subset")))
                .body("requirements.find { it.requirement == '1.3' }.meaning", containsString("not assessed"))
                .body("requirements.find { it.requirement == '2.1' }.targets.target",
                        equalTo(List.of("5.4.3#grazing", "5.3.5#grazing-shelter", "6.1.1", "6.16.1")))
                .body("requirements.find { it.requirement == '2.1' }.targets[1].title",
                        equalTo("Noise, and shelter for grazing goats"))
                .body("requirements.find { it.requirement == '2.1' }.targets[1].kind", equalTo("rule"))
                .body("requirements.find { it.requirement == '2.2' }.targets[0].kind", equalTo("heading"))
                .body("requirements.find { it.requirement == '2.2' }.targets[0].title", equalTo("Feeding"));
        given().when().get(CODE + "/crosswalks").then().statusCode(200).body("toStandard", equalTo(List.of("iso-22786")));
        given().when().get("/standards/iso-22786/DIS-2025/crosswalks/kashmina-supplier-code/1").then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No module maps the requirements of iso-22786/DIS-2025 to "
                        + "kashmina-supplier-code/1"));
        given().when().get(CODE + "/crosswalks/nobody/1").then().statusCode(404);
    }

    @Test
    void anAssessmentAgainstTheSupplierCodeIsEvaluatedByThePluginsRule() {
        String site = Api.housingSite();
        ObjectNode example = PluginJars.exampleIn("kashmina-supplier-code", "kashmina-supplier");
        String id = given().contentType(ContentType.JSON).body(example.toString())
                .when().post("/sites/" + site + "/assessments").then().statusCode(201)
                .body("standard", equalTo("kashmina-supplier-code")).body("edition", equalTo("1"))
                .body("result", equalTo("not-approved")).body("conformant", equalTo(false))
                .extract().path("id");
        given().when().get("/assessments/" + id + "/report").then().statusCode(200)
                .body("overall.explanation", equalTo("Not approved as a supplier: requirements not met in working "
                        + "conditions (1.2)."))
                .body("findings.findAll { it.outcome == 'nonconformity' }.rule", equalTo(List.of("clean")))
                .body("modules", org.hamcrest.Matchers.hasKey("org.pashm.kashmina"))
                .body("sections.number", equalTo(List.of("1", "2", "3")))
                .body("freedoms.code", hasItem("fear-stress"));
        given().when().get("/assessments/" + id + "/reproduction").then().statusCode(200)
                .body("reproduced", equalTo(true));
        // A nomadic household that works alone: the working conditions do not apply, the rest is met.
        String household = Api.site(Api.organisation("herder-household"), "nomadic");
        ObjectNode alone = PluginJars.exampleIn("kashmina-supplier-code", "kashmina-supplier");
        var observations = alone.withArray("observations");
        for (int i = observations.size() - 1; i >= 0; i--) {
            String code = observations.get(i).get("code").asText();
            if (code.startsWith("kashmina.workers.") || code.startsWith("kashmina.workplace.")
                    || code.startsWith("kashmina.management.")) {
                observations.remove(i);
            }
        }
        observations.addObject().put("code", "kashmina.workers.employees").put("value", 0);
        given().contentType(ContentType.JSON).body(alone.toString())
                .when().post("/sites/" + household + "/assessments").then().statusCode(201)
                .body("result", equalTo("approved")).body("conformant", equalTo(true));
    }

    @Test
    void aBadObservationOfAPluginCodeIsRefusedLikeAnyOther() {
        String site = Api.housingSite();
        ObjectNode body = PluginJars.exampleIn("kashmina-supplier-code", "kashmina-supplier");
        ((ObjectNode) body.withArray("observations").get(0)).put("value", -3);
        given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/sites/" + site + "/assessments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/observations/0/value"));
        given().queryParam("site", site).when().get("/assessments").then().body("totalItems", equalTo(0));
    }
}
