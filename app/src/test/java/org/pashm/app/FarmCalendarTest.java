package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The farms' calendar day is the configured zone's ({@code PASHM_TIME_ZONE}), for the daily job and for what counts
 * as a date in the future. Kiritimati is 14 hours ahead of UTC: from 10:00 UTC on, its day is already tomorrow
 * there, and a server that took its own (UTC) day would fail this test.
 */
@QuarkusTest
@TestProfile(FarmCalendarTest.Kiritimati.class)
class FarmCalendarTest {

    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    public static class Kiritimati implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pashm.time-zone", KIRITIMATI.getId());
        }
    }

    @Test
    void theDailyJobAndTheRecordsOfWorkTakeTheDayOfTheConfiguredZone_7() {
        LocalDate before = LocalDate.now(KIRITIMATI);
        String on = given().when().post("/reminders/runs").then().statusCode(200).extract().path("on");
        // Either side of Kiritimati's midnight, should the test straddle it.
        assertThat(on).isIn(before.toString(), LocalDate.now(KIRITIMATI).toString());

        String site = Api.site(Api.organisation("farm"), "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        // Work done today on the farm is recorded; the day after tomorrow's is not done yet.
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", LocalDate.now(KIRITIMATI).toString());
        given().contentType(ContentType.JSON).body(Map.of("type", "hoof-repair", "performedBy", "Batu",
                        "performedOn", LocalDate.now(KIRITIMATI).plusDays(2).toString(),
                        "subject", Map.of("kind", "goat-group", "id", "bucks-1")))
                .when().post("/sites/" + site + "/records").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/performedOn"));
    }
}
