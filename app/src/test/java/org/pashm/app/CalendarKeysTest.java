package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

/**
 * A calendar app subscribes to a secret address of the duty feed (it cannot send a bearer token): the address works
 * without a login, shows only its own organisation's duties, is shown once, is stored only as a hash, and stops
 * working when revoked.
 */
@QuarkusTest
class CalendarKeysTest extends AtAFixedFarmDay {

    @Inject
    Db db;

    @Test
    void aManagerMakesASecretAddressThatACalendarAppReadsWithoutALogin_7() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", TODAY.minusDays(10).toString());
        String other = Api.organisation("farm");
        Duties.group(Api.site(other, "housing"), "does-9", "housing-does");
        given().contentType(ContentType.JSON).body(Map.of("subject", "batu", "role", "manager"))
                .when().post("/organisations/" + org + "/members").then().statusCode(201);

        var created = given().header("Authorization", Tokens.as("batu", "manager")).contentType(ContentType.JSON)
                .body(Map.of("label", "office calendar"))
                .when().post("/organisations/" + org + "/calendar-keys").then().statusCode(201)
                .header("Location", startsWith("/organisations/" + org + "/calendar-keys/"))
                .body("label", equalTo("office calendar")).body("createdBy", equalTo("batu"))
                .extract().jsonPath();
        String url = created.getString("url");
        assertThat(url).matches("/calendars/[A-Za-z0-9_-]{43}/duties\\.ics");

        String ics = given().header(Tokens.ANONYMOUS, "yes").when().get(url).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        // The same feed as the token-protected address; DTSTAMP is when each was made, so it may differ by a second.
        assertThat(withoutStamps(ics)).isEqualTo(withoutStamps(given().when().get("/organisations/" + org
                + "/duties.ics").then().statusCode(200).extract().asString()));
        assertThat(ics).contains("bucks-1").doesNotContain("does-9");

        // Shown once: listings never give the address again, and the table holds only its hash.
        given().when().get("/organisations/" + org + "/calendar-keys").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].url", nullValue())
                .body("items[0].revokedAt", nullValue());
        String key = url.split("/")[2];
        assertThat(db.count("select count(*) from calendar_key where position(convert_to(?, 'UTF8') in key_sha256) > 0",
                key)).isZero();

        given().header("Authorization", Tokens.as("batu", "manager"))
                .when().delete("/organisations/" + org + "/calendar-keys/" + created.getString("id"))
                .then().statusCode(204);
        given().header(Tokens.ANONYMOUS, "yes").when().get(url).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().get("/organisations/" + org + "/calendar-keys").then().statusCode(200)
                .body("items[0].revokedAt", startsWith(TODAY + "T"));
    }

    @Test
    void aMadeUpAddressIsNotFoundAndALabelIsChecked_7() {
        given().header(Tokens.ANONYMOUS, "yes").when().get("/calendars/" + "A".repeat(43) + "/duties.ics").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON).body(Map.of("label", "x".repeat(201)))
                .when().post("/organisations/" + org + "/calendar-keys").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].pointer", equalTo("/label"));
        assertThat(given().when().get("/organisations/" + org + "/calendar-keys").then().statusCode(200).extract()
                .jsonPath().getInt("totalItems")).isZero();
        given().when().delete("/organisations/" + org + "/calendar-keys/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String withoutStamps(String ics) {
        return ics.replaceAll("(?m)^DTSTAMP:.*\r?\n", "");
    }
}
