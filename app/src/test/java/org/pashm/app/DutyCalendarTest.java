package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar feed of an organisation's duties, read back with a parser as a calendar app would. */
@QuarkusTest
class DutyCalendarTest extends AtAFixedFarmDay {

    @Test
    void theFeedHasOneAllDayEventPerOwedDutyFromItsOpeningToItsDueDay() throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        Duties.group(site, "bucks-1", "housing-bucks");
        LocalDate trimmed = TODAY.minusDays(10);
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", trimmed.toString());
        var response = given().when().get("/organisations/" + org + "/duties.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract();
        String ics = response.asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        long owed = given().queryParam("size", 100).when().get("/organisations/" + org + "/duties").then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
        assertThat(events).hasSize((int) owed);
        VEvent hoof = events.stream().filter(e -> e.getSummary().getValue().startsWith("Hoof repairing, housing bucks"))
                .findFirst().orElseThrow();
        LocalDate due = trimmed.plusMonths(2);
        assertThat(hoof.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(due.toString().replace("-", ""));
        assertThat(hoof.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(due.plusDays(1).toString().replace("-", ""));
        assertThat(hoof.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("clause 5.18.3")
                .contains("Last done: " + trimmed);
        // The same occurrence keeps its UID across refreshes.
        String again = given().when().get("/organisations/" + org + "/duties.ics").then().statusCode(200).extract()
                .asString();
        String uid = hoof.getProperty(Property.UID).orElseThrow().getValue();
        assertThat(again).contains("UID:" + uid);
        given().when().get("/organisations/" + java.util.UUID.randomUUID() + "/duties.ics").then().statusCode(404);
    }

    /**
     * Issue 22: with Chinese names, ical4j's folding at 75 characters made lines of up to 225 octets; RFC 5545 3.1
     * counts 75 octets, and a fold never splits a character.
     */
    @Test
    void contentLinesAreFoldedAt75OctetsNotAt75Characters() throws Exception {
        String org = Api.organisation("farm");
        // 40 characters of three octets each: one line of 120 octets and more before folding.
        String name = "阿拉善左旗巴彦浩特镇绒山羊养殖合作社第一分场" + "敖伦布拉格嘎查牧户巴特尔家庭牧场东圈";
        String site = given().contentType(ContentType.JSON).body(Map.of("name", name, "productionSystem", "housing",
                        "region", "Alxa League, Inner Mongolia"))
                .when().post("/organisations/" + org + "/sites").then().statusCode(201).extract().path("id");
        Duties.group(site, "bucks-1", "housing-bucks");
        Duties.record(site, "hoof-repair", "goat-group", "bucks-1", TODAY.minusDays(10).toString());

        byte[] body = given().when().get("/organisations/" + org + "/duties.ics").then().statusCode(200).extract()
                .asByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // Folded between characters: the parser gives back the whole name.
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).anySatisfy(e -> assertThat(e.getSummary().getValue())
                .startsWith("Hoof repairing").endsWith(" - " + name));
    }
}
