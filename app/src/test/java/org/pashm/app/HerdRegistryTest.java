package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The herd registry: goats (11.1.4, 11.2.1 key parameters) and goat groups. */
@QuarkusTest
class HerdRegistryTest extends AtAFixedFarmDay {

    /** Noon UTC on {@link #TODAY} is 02:00 the next day at UTC+14, where the day on Earth is latest. */
    static final LocalDate LATEST_TODAY_ON_EARTH = LocalDate.parse("2026-03-11");

    @Inject
    Db db;

    static Map<String, Object> goat(String earTag, String sex, String category) {
        return new HashMap<>(Map.of("earTag", earTag, "sex", sex, "category", category));
    }

    @Test
    void registersAGoatWithItsKeyParameters() {
        String[] h = Chain.household("Test herder", "NM-" + Chain.unique(), "Alxa League, Inner Mongolia");
        Map<String, Object> body = goat("CN-152921-000123", "female", "adult-doe");
        body.putAll(Map.of("birthDate", "2021-03-20", "strain", "Alxa white cashmere", "coatColour", "white", "site", h[1]));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + h[0] + "/goats")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.startsWith("/goats/"))
                .body("earTag", equalTo("CN-152921-000123")).body("category", equalTo("adult-doe"))
                .body("site", equalTo(h[1])).extract().path("id");
        given().when().get("/goats/" + id).then().statusCode(200).body("strain", equalTo("Alxa white cashmere"))
                .body("birthDate", equalTo("2021-03-20"));
        given().queryParam("category", "adult-doe").when().get("/organisations/" + h[0] + "/goats").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void anEarTagIsUniqueWithinTheOrganisationOnly() {
        String a = Chain.organisation("farm", "Farm " + Chain.unique());
        String b = Chain.organisation("farm", "Farm " + Chain.unique());
        given().contentType(ContentType.JSON).body(goat("T-1", "male", "kid")).when().post("/organisations/" + a + "/goats")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(goat("T-1", "female", "kid")).when().post("/organisations/" + a + "/goats")
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Ear tag already registered"));
        given().contentType(ContentType.JSON).body(goat("T-1", "female", "kid")).when().post("/organisations/" + b + "/goats")
                .then().statusCode(201);
        assertThat(db.count("select count(*) from goat where organisation_id = ?::uuid", a)).isEqualTo(1);
    }

    @ParameterizedTest(name = "category {1} of a {0} goat -> {2}")
    @CsvSource({"male, stud-buck, 201", "female, stud-buck, 400", "male, unmated-buck, 201", "male, castrated-male, 201",
            "female, castrated-male, 400", "female, adult-doe, 201", "male, adult-doe, 400", "female, unmated-doe, 201",
            "male, unmated-doe, 400", "male, kid, 201", "female, kid, 201"})
    void theCategoryFitsTheSex(String sex, String category, int status) {
        String org = Chain.organisation("cooperative", "Coop " + Chain.unique());
        given().contentType(ContentType.JSON).body(goat("X-" + Chain.unique(), sex, category))
                .when().post("/organisations/" + org + "/goats").then().statusCode(status);
    }

    @Test
    void aBadGoatIsRefusedNamingEveryFieldAndNothingIsStored() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        LocalDate tomorrow = LATEST_TODAY_ON_EARTH.plusDays(1);
        Map<String, Object> body = new HashMap<>(Map.of("sex", "goat", "category", "yearling", "birthDate",
                tomorrow.toString(), "site", "00000000-0000-0000-0000-000000000000", "horns", "two", "strain", 7));
        given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + org + "/goats").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/earTag", "/sex", "/category", "/birthDate", "/site", "/horns", "/strain"))
                .body("errors.find { it.pointer == '/birthDate' }.rule", equalTo("in-the-future"));
        assertThat(db.count("select count(*) from goat where organisation_id = ?::uuid", org)).isZero();
    }

    @Test
    void aBirthDateMoreThanThirtyYearsAgoIsATypingMistake() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        LocalDate today = LATEST_TODAY_ON_EARTH;
        Map<String, Object> old = goat("OLD-1", "female", "adult-doe");
        old.put("birthDate", today.minusYears(30).minusDays(1).toString());
        given().contentType(ContentType.JSON).body(old).when().post("/organisations/" + org + "/goats").then()
                .statusCode(400).body("errors[0].rule", equalTo("implausible-value"));
        old.put("birthDate", today.minusYears(30).plusDays(1).toString());
        given().contentType(ContentType.JSON).body(old).when().post("/organisations/" + org + "/goats").then()
                .statusCode(201);
    }

    @Test
    void onlyHerdKeepersKeepGoats() {
        String mill = Chain.organisation("mill", "Mill " + Chain.unique());
        given().contentType(ContentType.JSON).body(goat("M-1", "male", "kid")).when().post("/organisations/" + mill + "/goats")
                .then().statusCode(409).body("kind", equalTo("mill"));
    }

    @Test
    void aGoatIsNeverDeleted_11_1_4() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = Chain.goat(org, null, "K-1", "female", "adult-doe");
        given().when().delete("/goats/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:retention-not-ended"))
                .body("clause", equalTo("11.1.4")).body("permanent", equalTo(true))
                .body("retention", equalTo("key-parameters"))
                .body("detail", equalTo("Goat K-1's registry entry, which holds its key parameters (number, strain, "
                        + "colour, age), is kept permanently (ISO 22786 11.1.4); it cannot be deleted."));
        assertThat(db.count("select count(*) from goat where id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void goatGroupsHoldGoatsByEarTag() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        Chain.goat(org, null, "G-2", "male", "stud-buck");
        Chain.goat(org, null, "G-1", "male", "unmated-buck");
        String doe = Chain.goat(org, null, "G-3", "female", "adult-doe");
        String group = given().contentType(ContentType.JSON).body(Map.of("name", "Bucks", "description", "hoof care every 2 months"))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("name", "Bucks")).when().post("/organisations/" + org + "/goat-groups")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("G-1", "G-2", "G-9")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(400)
                .body("errors.pointer", contains("/earTags/2")).body("errors[0].rule", equalTo("unknown-goat"));
        // A blank ear tag and an unknown one are answered together, each at its place.
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("G-1", " ", "G-9")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-members"))
                .body("errors.pointer", contains("/earTags/1", "/earTags/2"))
                .body("errors.rule", contains("required", "unknown-goat"));
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("G-1", "G-2", "G-3")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(200).body("members", equalTo(3));
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("G-1")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(200).body("members", equalTo(3));
        given().when().delete("/goat-groups/" + group + "/members/" + doe).then().statusCode(204);
        given().when().get("/goat-groups/" + group + "/members").then().statusCode(200)
                .body("items.earTag", contains("G-1", "G-2"));
        given().when().get("/organisations/" + org + "/goat-groups").then().statusCode(200)
                .body("items[0].name", equalTo("Bucks")).body("items[0].members", equalTo(2));
    }
}
