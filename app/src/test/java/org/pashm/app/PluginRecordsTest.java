package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A standard loaded as a plugin gets the records feature as ISO 22786 does: Kashmina's supplier code (a jar in the
 * test plugins directory, built outside the app) declares the duty to check each water source monthly and the kind
 * of record that fulfils it; the work is recorded through the records API, checked against the kind's fields, and
 * the next due date follows.
 */
@QuarkusTest
class PluginRecordsTest extends AtAFixedFarmDay {

    static Map<String, Object> check(String on, Map<String, Object> results) {
        return Map.of("type", "water-check", "subject", Map.of("kind", "water-source", "id", "well-1"),
                "performedOn", on, "performedBy", "Oyunaa", "results", results);
    }

    @Test
    void thePluginsKindOfRecordIsListedWithItsDutyFieldsAndRetention() {
        given().when().get("/record-kinds").then().statusCode(200)
                .body("code", hasItem("water-check"))
                .body("find { it.code == 'water-check' }.standard", equalTo("kashmina-supplier-code"))
                .body("find { it.code == 'water-check' }.duties", equalTo(List.of("water-source-check")))
                .body("find { it.code == 'water-check' }.subjectKinds", equalTo(List.of("water-source")))
                .body("find { it.code == 'water-check' }.fields.name", contains("clean", "flow", "temperature"))
                .body("find { it.code == 'water-check' }.fields.find { it.name == 'flow' }.choices",
                        equalTo(List.of("ample", "enough", "short")))
                .body("find { it.code == 'water-check' }.retention.kind", equalTo("supplier-record"))
                .body("find { it.code == 'water-check' }.retention.period", equalTo("P3Y"))
                // The built-in standards' kinds come the same way, with the clauses that define them.
                .body("find { it.code == 'soil-test' }.retention.clause", equalTo("11.1.2"))
                .body("find { it.code == 'harvest' }.duties", containsInAnyOrder("cashmere-harvest",
                        "nomadic-harvest"));
    }

    @Test
    void aWaterCheckIsRecordedAgainstItsKindAndTheNextOneFallsDueAMonthLater() {
        String site = Api.site(Api.organisation("farm"), "nomadic");
        Duties.subject(site, "water-source", "well-1", null);
        // Never checked: due today.
        Duties.duties(site, TODAY.toString())
                .body("items.find { it.duty == 'water-source-check' }.dueOn", equalTo(TODAY.toString()))
                .body("items.find { it.duty == 'water-source-check' }.standard", equalTo("kashmina-supplier-code"));
        // The kind's fields are checked: a choice it does not have, a number out of its range, a missing value, a
        // field it does not define, all at once.
        Duties.post(site, check("2026-03-01", Map.of("flow", "torrent", "temperature", 90, "colour", "clear")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/results/clean", "/results/flow", "/results/temperature",
                        "/results/colour"))
                .body("errors.rule", containsInAnyOrder("required", "unknown-choice", "out-of-range", "unknown-field"));
        Duties.post(site, check("2026-03-01", Map.of("clean", "yes", "flow", "ample"))).statusCode(400)
                .body("errors.pointer", equalTo(List.of("/results/clean")))
                .body("errors[0].rule", equalTo("wrong-type"));
        Duties.post(site, check("2026-03-01", Map.of("clean", true, "flow", "enough", "temperature", 8.5)))
                .statusCode(201).body("type", equalTo("water-check")).body("duty.id", equalTo("water-source-check"))
                .body("duty.clauses", equalTo(List.of("2.2"))).body("results.clean", equalTo(true))
                .body("results.flow", equalTo("enough")).body("results.temperature", equalTo(8.5f))
                .body("retention.kind", equalTo("supplier-record")).body("retention.clause", equalTo("3.1"))
                .body("retention.until", equalTo(TODAY.plusYears(3).toString()));
        Duties.duties(site, TODAY.toString())
                .body("items.find { it.duty == 'water-source-check' }.lastDone", equalTo("2026-03-01"))
                .body("items.find { it.duty == 'water-source-check' }.dueOn", equalTo("2026-04-01"))
                .body("items.find { it.duty == 'water-source-check' }.status", equalTo("upcoming"));
    }

    @Test
    void aWaterCheckIsAboutAWaterSource() {
        String site = Api.site(Api.organisation("farm"), "housing");
        Duties.post(site, Map.of("type", "water-check", "performedOn", "2026-03-01", "performedBy", "Oyunaa",
                        "results", Map.of("clean", true, "flow", "short")))
                .statusCode(400).body("errors[0].rule", equalTo("subject-kind-not-taken"));
    }
}
