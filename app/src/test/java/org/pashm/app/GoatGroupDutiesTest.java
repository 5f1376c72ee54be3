package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A goat group of the herd registry kept at a site is that site's goat-group duty subject: its hoof repairing
 * (5.18.3: housing bucks every 2 months) is owed and reminded without registering the group a second time.
 */
@QuarkusTest
class GoatGroupDutiesTest extends AtAFixedFarmDay {

    @Inject
    Db db;

    @Test
    void aGroupKeptAtASiteOwesItsHoofRepairing_5_18_3() {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        var group = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Stud bucks", "site", site,
                        "classes", Map.of(Duties.GROUP_CLASS, "housing-bucks")))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(201)
                .body("site", equalTo(site)).extract().jsonPath();
        String id = group.getString("id");
        assertThat(group.getString("subject")).isEqualTo("/sites/" + site + "/subjects/goat-group/" + id);
        given().when().get(group.getString("subject")).then().statusCode(200).body("name", equalTo("Stud bucks"));

        LocalDate today = TODAY;
        // Never trimmed: due now.
        given().queryParam("duty", "hoof-repair-housing-bucks").when().get("/sites/" + site + "/duties").then()
                .statusCode(200).body("items.subject.id", containsInAnyOrder(id))
                .body("items[0].dueOn", equalTo(today.toString()));
        // Trimmed today: due in 2 months.
        Duties.record(site, "hoof-repair", "goat-group", id, today.toString());
        given().queryParam("duty", "hoof-repair-housing-bucks").when().get("/sites/" + site + "/duties").then()
                .statusCode(200).body("items[0].dueOn", equalTo(today.plusMonths(2).toString()));
    }

    @Test
    void aGroupOfTheRegistryOnlyOwesNothing() {
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON).body(Map.of("name", "Sale goats"))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(201)
                .body("site", nullValue()).body("subject", nullValue());
        assertThat(db.count("select count(*) from duty_subject where organisation_id = ?", UUID.fromString(org)))
                .isZero();
    }

    @Test
    void everyMistakeIsListedAndNothingIsStored() {
        String org = Api.organisation("farm");
        String other = Api.site(Api.organisation("farm"), "housing");
        given().contentType(ContentType.JSON)
                .body(Map.of("site", other, "classes", Map.of(Duties.GROUP_CLASS, "giraffes")))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/name", "/site", "/classes/housing.goat-group.class"));
        String site = Api.site(org, "housing");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Does", "classes", Map.of(Duties.GROUP_CLASS, "housing-does")))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/classes")).body("errors[0].rule", equalTo("site-required"));
        assertThat(db.count("select count(*) from goat_group where organisation_id = ?", UUID.fromString(org)))
                .isZero();
        assertThat(db.count("select count(*) from duty_subject where site_id = ?", UUID.fromString(site))).isZero();
    }
}
