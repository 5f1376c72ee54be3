package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
        return given().contentType(ContentType.JSON).body(Map.of("kind", kind, "recordedOn", on.toString(),
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
            assertThat(db.count("select count(*) from farm_record where id = ?::uuid", id)).isEqualTo(1);
        } else {
            assertThat(db.count("select count(*) from farm_record where id = ?::uuid", id)).isZero();
        }
    }

    @ParameterizedTest(name = "{0} is kept permanently")
    @CsvSource({"breeding-archive, 11.1.3", "key-parameters, 11.1.4"})
    void breedingArchivesAndKeyParametersAreKeptPermanently_11_1_3_and_11_1_4(String kind, String clause) {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = record(org, kind, today().minusYears(40));
        given().when().delete("/records/" + id).then().statusCode(409).body("permanent", equalTo(true))
                .body("clause", equalTo(clause));
        given().when().get("/records/" + id).then().statusCode(200).body("permanent", equalTo(true));
    }

    @Test
    void aRecordShowsTheDayItsRetentionEnds() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = record(org, "record", LocalDate.parse("2024-02-29"));
        given().when().get("/records/" + id).then().statusCode(200).body("retentionEndsOn", equalTo("2027-02-28"))
                .body("retentionClause", equalTo("11.1.7"));
    }

    @Test
    void badRecordsAre400AndRecordsAreNeverChanged() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        given().contentType(ContentType.JSON).body(Map.of("kind", "diary", "recordedOn", "2999-01-01", "x", 1))
                .when().post("/organisations/" + org + "/records").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/kind", "/recordedOn", "/title", "/x"));
        String id = record(org, "record", today());
        Db.assertRestricted("farm records are never changed: record a new one",
                () -> db.execute("update farm_record set title = 'x' where id = ?::uuid", id));
    }
}
