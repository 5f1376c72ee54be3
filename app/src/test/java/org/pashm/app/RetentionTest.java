package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause 11.1 retention: a delete before the retention ends is refused with 409 and the day it ends. */
@QuarkusTest
class RetentionTest extends AtAFixedFarmDay {

    @Inject
    Db db;

    static String record(String org, String kind, LocalDate on) {
        return given().contentType(ContentType.JSON).body(Map.of("type", kind, "recordedOn", on.toString(),
                        "title", "Record " + kind))
                .when().post("/organisations/" + org + "/records").then().statusCode(201).extract().path("id");
    }

    static LocalDate today() {
        return TODAY;
    }

    @ParameterizedTest(name = "{0}: recorded {1} years and {2} days ago -> {3}")
    @CsvSource({
            "record,                  3, 0,  204",
            "record,                  3, -1, 409",
            "record,                  2, 0,  409",
            "grazing-land-evaluation, 10, 0, 204",
            "grazing-land-evaluation, 10, -1, 409",
            "grazing-land-evaluation, 3, 0,  409"})
    void aRecordMayGoOnceItsRetentionHasEnded_11_1_7_and_11_1_2(String kind, int years, int days, int status) {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        // "-1 days" is one day short of the retention: recorded a day later.
        LocalDate on = today().minusYears(years).minusDays(days);
        String id = record(org, kind, on);
        var r = given().when().delete("/records/" + id).then().statusCode(status);
        if (status == 409) {
            LocalDate ends = on.plusYears(kind.equals("record") ? 3 : 10);
            r.contentType("application/problem+json").body("retentionEndsOn", equalTo(ends.toString()))
                    .body("clause", equalTo(kind.equals("record") ? "11.1.7" : "11.1.2"))
                    .body("detail", containsString(ends.toString()));
            assertThat(db.count("select count(*) from work_record where id = ?::uuid", id)).isEqualTo(1);
        } else {
            assertThat(db.count("select count(*) from work_record where id = ?::uuid", id)).isZero();
        }
    }

    @ParameterizedTest(name = "{0} is kept permanently")
    @CsvSource({"breeding-archive, 11.1.3", "key-parameters, 11.1.4"})
    void breedingArchivesAndKeyParametersAreKeptPermanently_11_1_3_and_11_1_4(String kind, String clause) {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = record(org, kind, today().minusYears(40));
        given().when().delete("/records/" + id).then().statusCode(409).body("permanent", equalTo(true))
                .body("clause", equalTo(clause));
        given().when().get("/records/" + id).then().statusCode(200).body("retention.permanent", equalTo(true))
                .body("retention.until", nullValue());
    }

    @Test
    void aRecordShowsTheDayItsRetentionEnds() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = record(org, "record", LocalDate.parse("2024-02-29"));
        given().when().get("/records/" + id).then().statusCode(200).body("retention.until", equalTo("2027-02-28"))
                .body("retention.clause", equalTo("11.1.7")).body("retention.permanent", equalTo(false))
                .body("recordedOn", equalTo("2024-02-29")).body("subject.kind", equalTo("organisation"));
    }

    @Test
    void badRecordsAre400AndRecordsAreNeverChanged() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        given().contentType(ContentType.JSON).body(Map.of("type", "diary", "recordedOn", "2999-01-01", "x", 1))
                .when().post("/organisations/" + org + "/records").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/type", "/recordedOn", "/title", "/x"));
        String id = record(org, "record", today());
        Db.assertRestricted("work records are append-only: void a wrong record with a new one",
                () -> db.execute("update work_record set title = 'x' where id = ?::uuid", id));
    }

    /** Issue 15: one records feature. The documents an organisation keeps and its sites' records are one listing. */
    @Test
    void anOrganisationsDocumentsAndItsSitesRecordsAreOneFeature() {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        String archive = record(org, "breeding-archive", today().minusYears(1));
        // "kind", the member's former name, is still taken.
        String evaluation = given().contentType(ContentType.JSON).body(Map.of("kind", "grazing-land-evaluation",
                        "recordedOn", "2025-07-01", "title", "Summer pasture", "content", "Grass cover 60 %",
                        "site", site))
                .when().post("/organisations/" + org + "/records").then().statusCode(201)
                .header("Location", startsWith("/records/")).body("type", equalTo("grazing-land-evaluation"))
                .body("site", equalTo(site)).body("subject.kind", equalTo("site"))
                .body("retention.until", equalTo("2035-07-01")).body("retention.clause", equalTo("11.1.2"))
                .extract().path("id");
        String inspection = Duties.post(site, Map.of("type", "cashmere-inspection", "performedOn",
                today().minusDays(1).toString(), "performedBy", "Batu")).statusCode(201)
                .body("recordedOn", equalTo(today().toString())).extract().path("id");

        given().when().get("/organisations/" + org + "/records").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", contains(inspection, evaluation, archive));
        given().queryParam("type", "breeding-archive").when().get("/organisations/" + org + "/records").then()
                .statusCode(200).body("items.id", contains(archive));
        given().when().get("/records/" + inspection).then().statusCode(200).body("site", equalTo(site))
                .body("type", equalTo("cashmere-inspection")).body("title", nullValue());
        given().when().get("/sites/" + site + "/records/" + evaluation).then().statusCode(200)
                .body("title", equalTo("Summer pasture")).body("content", equalTo("Grass cover 60 %"));
        given().queryParam("type", "diary").when().get("/organisations/" + org + "/records").then()
                .statusCode(400).body("errors[0].parameter", equalTo("type"));
    }

    @Test
    void aRecordAboutTheOrganisationIsKeptByTheOrganisationAndAKindOfWorkAtASite() {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        given().contentType(ContentType.JSON).body(Map.of("type", "soil-test", "recordedOn", "2025-07-01",
                        "title", "Soil"))
                .when().post("/organisations/" + org + "/records").then().statusCode(400)
                .body("errors.pointer", contains("/type")).body("errors.rule", contains("unknown-kind"))
                .body("errors[0].detail", containsString("POST /sites/{id}/records"));
        Duties.post(site, Map.of("type", "record", "subject", Map.of("kind", "organisation", "id", "organisation"),
                        "performedOn", "2025-07-01", "performedBy", "Batu"))
                .statusCode(400).body("errors.pointer", contains("/subject/kind"))
                .body("errors.rule", contains("subject-kind-not-taken"));
        assertThat(db.count("select count(*) from work_record where organisation_id = ?::uuid", org)).isZero();
    }

    @Test
    void aVoidedRecordIsDeletedAfterItsVoid() {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        String old = given().contentType(ContentType.JSON).body(Map.of("type", "record", "recordedOn",
                        today().minusYears(5).toString(), "title", "Feed plan", "site", site))
                .when().post("/organisations/" + org + "/records").then().statusCode(201).extract().path("id");
        String voiding = given().contentType(ContentType.JSON).body(Map.of("reason", "wrong farm",
                        "performedBy", "Batu"))
                .when().post("/sites/" + site + "/records/" + old + "/void").then().statusCode(201)
                .body("retention.until", equalTo(today().plusYears(3).toString())).extract().path("id");
        // Its own retention has ended, but the void that says why it was wrong is kept three years from today.
        given().when().delete("/records/" + old).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:record-voided"))
                .body("voidedBy", equalTo(voiding));
        given().when().delete("/records/" + voiding).then().statusCode(409)
                .body("retentionEndsOn", equalTo(today().plusYears(3).toString()));
        assertThat(db.count("select count(*) from work_record where organisation_id = ?::uuid", org)).isEqualTo(2);
    }
}
