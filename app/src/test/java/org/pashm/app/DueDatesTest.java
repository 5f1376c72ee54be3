package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Due dates at the edges of every interval the standard sets, through GET /sites/{id}/duties with "on" fixing the
 * day computed for. Each test is named by its clause.
 */
@QuarkusTest
class DueDatesTest {

    /** The owed duty of one subject as of a day, or null when nothing is owed. */
    static Map<String, Object> owed(String site, String on, String duty, String subjectId) {
        List<Map<String, Object>> items = Duties.duties(site, on).extract().jsonPath().getList("items");
        return items.stream().filter(i -> i.get("duty").equals(duty)
                && ((Map<?, ?>) i.get("subject")).get("id").equals(subjectId)).findFirst().orElse(null);
    }

    static String status(String site, String on, String duty, String subjectId) {
        Map<String, Object> o = owed(site, on, duty, subjectId);
        return o == null ? null : (String) o.get("status");
    }

    @Test
    void hoofRepair_5_18_3_housingBucksTrimmedTwoMonthsAgoTodayAreDue() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-01-10");
        Map<String, Object> due = owed(site, "2024-03-10", "hoof-repair-housing-bucks", "bucks-1");
        assertThat(due).containsEntry("status", "due").containsEntry("dueOn", "2024-03-10")
                .containsEntry("lastDone", "2024-01-10").containsEntry("clauses", List.of("5.18.3"))
                .containsEntry("rule", "every 2 months").containsEntry("daysLeft", 0);
        assertThat(status(site, "2024-03-09", "hoof-repair-housing-bucks", "bucks-1")).isEqualTo("upcoming");
        assertThat(status(site, "2024-03-11", "hoof-repair-housing-bucks", "bucks-1")).isEqualTo("overdue");
    }

    @Test
    void hoofRepair_5_18_3_housingDoesEveryFourMonthsGrazingGoatsEverySix() {
        String site = Api.housingSite();
        Duties.group(site, "does-1", "housing-does");
        Duties.group(site, "flock", "grazing-goats");
        Duties.record(site, "hoof-repair", "goat-group", "does-1", "2024-01-10");
        Duties.record(site, "hoof-repair", "goat-group", "flock", "2024-01-10");
        assertThat(status(site, "2024-05-10", "hoof-repair-housing-does", "does-1")).isEqualTo("due");
        assertThat(status(site, "2024-05-11", "hoof-repair-housing-does", "does-1")).isEqualTo("overdue");
        assertThat(status(site, "2024-07-09", "hoof-repair-grazing-goats", "flock")).isEqualTo("upcoming");
        assertThat(status(site, "2024-07-10", "hoof-repair-grazing-goats", "flock")).isEqualTo("due");
        assertThat(status(site, "2024-07-11", "hoof-repair-grazing-goats", "flock")).isEqualTo("overdue");
    }

    @Test
    void hoofRepair_5_18_3_twoMonthsAfterTheLastDayOfAMonthIsTheLastDayOfTheMonth() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2023-12-31");
        assertThat(owed(site, "2024-02-01", "hoof-repair-housing-bucks", "bucks-1")).containsEntry("dueOn", "2024-02-29");
    }

    @Test
    void hoofRepair_5_18_3_theLatestRecordCountsAndAVoidedRecordDoesNot() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-01-10");
        String wrong = Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-02-20");
        assertThat(owed(site, "2024-03-11", "hoof-repair-housing-bucks", "bucks-1"))
                .containsEntry("dueOn", "2024-04-20").containsEntry("status", "upcoming");
        given().contentType(ContentType.JSON).body(Map.of("reason", "entered on the wrong group", "performedBy", "Batu"))
                .when().post("/sites/" + site + "/records/" + wrong + "/void").then().statusCode(201);
        assertThat(owed(site, "2024-03-11", "hoof-repair-housing-bucks", "bucks-1"))
                .containsEntry("dueOn", "2024-03-10").containsEntry("status", "overdue");
    }

    @Test
    void hoofRepair_5_18_3_aGroupNeverTrimmedIsDueNowAndAGroupWithoutAClassOwesNothing() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.subject(site, "goat-group", "unclassed", null);
        assertThat(owed(site, "2024-06-01", "hoof-repair-housing-bucks", "bucks-1"))
                .containsEntry("dueOn", "2024-06-01").containsEntry("status", "due").doesNotContainKey("lastDone");
        Duties.duties(site, "2024-06-01").body("items.subject.id", not(hasItem("unclassed")));
        given().when().get("/sites/" + site + "/subjects/goat-group/unclassed").then().statusCode(200)
                .body("owes", empty());
    }

    @Test
    void soilTesting_5_16_5_aTestThreeYearsAgoTodayIsDueAndThreeYearsAndOneDayAgoOverdue() {
        String site = Api.housingSite();
        Duties.subject(site, "land-parcel", "north", null);
        Duties.post(site, Map.of("type", "soil-test", "subject", Map.of("kind", "land-parcel", "id", "north"),
                        "performedOn", "2021-03-01", "performedBy", "County soil lab",
                        "results", Map.of("nitrogen", 62.5, "phosphorus", 11, "potassium", 140, "ph", 8.1,
                                "organicMatter", 1.4)))
                .statusCode(201);
        assertThat(owed(site, "2024-03-01", "soil-testing", "north")).containsEntry("status", "due")
                .containsEntry("dueOn", "2024-03-01").containsEntry("clauses", List.of("5.16.5"));
        assertThat(status(site, "2024-03-02", "soil-testing", "north")).isEqualTo("overdue");
        assertThat(status(site, "2024-02-29", "soil-testing", "north")).isEqualTo("upcoming");
    }

    @Test
    void rangelandMonitoring_6_16_4_everyYear() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        Duties.post(site, Map.of("type", "rangeland-monitoring", "performedOn", "2023-05-01", "performedBy", "Batu",
                "participants", List.of(Map.of("name", "Batu", "role", "herder"),
                        Map.of("name", "Sumu office", "role", "local-authority")))).statusCode(201);
        assertThat(status(site, "2024-04-30", "rangeland-monitoring", "site")).isEqualTo("upcoming");
        assertThat(status(site, "2024-05-01", "rangeland-monitoring", "site")).isEqualTo("due");
        assertThat(status(site, "2024-05-02", "rangeland-monitoring", "site")).isEqualTo("overdue");
    }

    @Test
    void cashmereInspection_5_26_2_1_betweenMarchAndAprilEveryYear() {
        String site = Api.housingSite();
        String duty = "cashmere-inspection-housing";
        assertThat(owed(site, "2024-02-29", duty, "site")).containsEntry("status", "upcoming")
                .containsEntry("opensOn", "2024-03-01").containsEntry("dueOn", "2024-04-30");
        assertThat(status(site, "2024-03-01", duty, "site")).isEqualTo("due");
        assertThat(status(site, "2024-04-30", duty, "site")).isEqualTo("due");
        assertThat(status(site, "2024-05-01", duty, "site")).isEqualTo("overdue");
        // An inspection before the window opens does not serve that year's window...
        Duties.record(site, "cashmere-inspection", null, null, "2024-02-20");
        assertThat(owed(site, "2024-03-10", duty, "site")).containsEntry("dueOn", "2024-04-30")
                .containsEntry("status", "due");
        // ...one on its first day does, and the next is owed in next year's window.
        Duties.record(site, "cashmere-inspection", null, null, "2024-03-01");
        assertThat(owed(site, "2024-03-10", duty, "site")).containsEntry("opensOn", "2025-03-01")
                .containsEntry("dueOn", "2025-04-30").containsEntry("status", "upcoming");
    }

    @Test
    void cashmereHarvest_5_19_1_1_onceAYearInTheMoultFromMidAprilToMidJune() {
        String site = Api.housingSite();
        assertThat(status(site, "2024-04-14", "cashmere-harvest", "site")).isEqualTo("upcoming");
        assertThat(status(site, "2024-04-15", "cashmere-harvest", "site")).isEqualTo("due");
        assertThat(status(site, "2024-06-15", "cashmere-harvest", "site")).isEqualTo("due");
        assertThat(status(site, "2024-06-16", "cashmere-harvest", "site")).isEqualTo("overdue");
        Duties.record(site, "harvest", null, null, "2024-06-15");
        assertThat(owed(site, "2024-06-16", "cashmere-harvest", "site")).containsEntry("opensOn", "2025-04-15")
                .containsEntry("status", "upcoming");
    }

    @Test
    void nomadicHarvest_6_19_1_1_fromMidMarchToEarlyJune() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        assertThat(owed(site, "2024-03-14", "nomadic-harvest", "site")).containsEntry("opensOn", "2024-03-15")
                .containsEntry("dueOn", "2024-06-10").containsEntry("status", "upcoming");
        assertThat(status(site, "2024-06-11", "nomadic-harvest", "site")).isEqualTo("overdue");
    }

    @Test
    void castration_5_18_2_withinEightWeeksOfBirth() {
        String site = Api.housingSite();
        Duties.subject(site, "goat-group", "kids-2024", Map.of(Duties.GROUP_ROLE, "kids"));
        // No birth recorded: nothing owed.
        assertThat(owed(site, "2024-02-01", "castration-non-breeding-kids", "kids-2024")).isNull();
        Duties.record(site, "birth", "goat-group", "kids-2024", "2024-01-01");
        assertThat(owed(site, "2024-02-26", "castration-non-breeding-kids", "kids-2024"))
                .containsEntry("opensOn", "2024-01-01").containsEntry("dueOn", "2024-02-26")
                .containsEntry("event", "2024-01-01").containsEntry("status", "due");
        assertThat(status(site, "2024-02-27", "castration-non-breeding-kids", "kids-2024")).isEqualTo("overdue");
        Duties.record(site, "castration", "goat-group", "kids-2024", "2024-02-10");
        assertThat(owed(site, "2024-02-27", "castration-non-breeding-kids", "kids-2024")).isNull();
    }

    @Test
    void injuryObservation_5_19_1_5_forAWeekAfterAHarvestInjury() {
        String site = Api.housingSite();
        // The injured goat becomes a duty subject with its first record.
        Duties.record(site, "harvest-injury", "goat", "CN-152921-0042", "2024-05-01");
        assertThat(owed(site, "2024-05-08", "observation-after-harvest-injury", "CN-152921-0042"))
                .containsEntry("dueOn", "2024-05-08").containsEntry("status", "due");
        assertThat(status(site, "2024-05-09", "observation-after-harvest-injury", "CN-152921-0042"))
                .isEqualTo("overdue");
        Duties.record(site, "injury-observation", "goat", "CN-152921-0042", "2024-05-02");
        assertThat(owed(site, "2024-05-09", "observation-after-harvest-injury", "CN-152921-0042")).isNull();
    }

    @Test
    void nomadicInjuryObservation_6_19_1_5_andNomadicCastration_6_18_3() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        Duties.record(site, "harvest-injury", "goat", "g-7", "2024-04-01");
        assertThat(status(site, "2024-04-08", "nomadic-injury-observation", "g-7")).isEqualTo("due");
        assertThat(status(site, "2024-04-09", "nomadic-injury-observation", "g-7")).isEqualTo("overdue");
        assertThat(owed(site, "2024-05-20", "nomadic-castration", "site")).containsEntry("opensOn", "2024-05-21")
                .containsEntry("dueOn", "2024-06-10").containsEntry("status", "upcoming");
    }

    @Test
    void vehicleInspection_7_1_2_everyYear() {
        String site = Api.housingSite();
        Duties.subject(site, "vehicle", "truck-1", null);
        Duties.record(site, "vehicle-inspection", "vehicle", "truck-1", "2023-02-28");
        assertThat(status(site, "2024-02-28", "vehicle-inspection", "truck-1")).isEqualTo("due");
        assertThat(status(site, "2024-02-29", "vehicle-inspection", "truck-1")).isEqualTo("overdue");
    }

    @Test
    void aRetiredSubjectOwesNothingFromItsRetirement() {
        String site = Api.housingSite();
        Duties.subject(site, "vehicle", "truck-1", null);
        given().contentType(ContentType.JSON).body(Map.of("on", "2024-01-01"))
                .when().post("/sites/" + site + "/subjects/vehicle/truck-1/retirement").then().statusCode(200)
                .body("retiredOn", equalTo("2024-01-01")).body("owes", empty());
        assertThat(owed(site, "2023-12-31", "vehicle-inspection", "truck-1")).isNotNull();
        assertThat(owed(site, "2024-01-01", "vehicle-inspection", "truck-1")).isNull();
    }

    @Test
    void organisationDuties_filterByStatusAndDueBefore() {
        String org = Api.organisation("farm");
        String a = Api.site(org, "housing");
        String b = Api.site(org, "housing");
        Duties.group(a, "bucks", "housing-bucks");
        Duties.group(b, "bucks", "housing-bucks");
        Duties.record(a, "hoof-repair", "goat-group", "bucks", "2024-01-01");   // due 2024-03-01
        Duties.record(b, "hoof-repair", "goat-group", "bucks", "2024-02-01");   // due 2024-04-01
        JsonPath overdue = given().queryParam("on", "2024-03-15").queryParam("status", "overdue")
                .queryParam("duty", "hoof-repair-housing-bucks")
                .when().get("/organisations/" + org + "/duties").then().statusCode(200).extract().jsonPath();
        assertThat(overdue.getList("items.site.id")).containsExactly(a);
        JsonPath before = given().queryParam("on", "2024-03-15").queryParam("before", "2024-04-01")
                .queryParam("duty", "hoof-repair-housing-bucks")
                .when().get("/organisations/" + org + "/duties").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("items.dueOn")).containsExactly("2024-03-01");
        JsonPath all = given().queryParam("on", "2024-03-15").queryParam("status", "upcoming,overdue")
                .queryParam("duty", "hoof-repair-housing-bucks").queryParam("size", 1)
                .when().get("/organisations/" + org + "/duties").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.dueOn")).containsExactly("2024-03-01");
        assertThat(all.getInt("totalItems")).isEqualTo(2);
        assertThat(all.getInt("totalPages")).isEqualTo(2);
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        String org = Api.organisation("farm");
        given().queryParam("status", "late").when().get("/organisations/" + org + "/duties").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("status"))
                .body("errors[0].rule", equalTo("invalid-value"));
        given().queryParam("before", "2024-13-01").when().get("/organisations/" + org + "/duties").then()
                .statusCode(400).body("errors[0].parameter", equalTo("before"));
        given().queryParam("on", "soon").when().get("/organisations/" + org + "/duties").then()
                .statusCode(400).body("errors[0].parameter", equalTo("on"));
        given().queryParam("duty", "hoof-trimming").when().get("/organisations/" + org + "/duties").then()
                .statusCode(400).body("errors[0].rule", equalTo("unknown-duty"));
        given().queryParam("size", 101).when().get("/organisations/" + org + "/duties").then().statusCode(400)
                .body("errors[0].parameter", equalTo("size"));
        given().when().get("/organisations/" + java.util.UUID.randomUUID() + "/duties").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/sites/" + java.util.UUID.randomUUID() + "/duties").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
