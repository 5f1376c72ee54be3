package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationsAndSitesTest {

    @Test
    void createsAnOrganisationAndItsSites() {
        String org = given().contentType(ContentType.JSON).body(Map.of("name", "Alxa Cashmere Cooperative",
                        "kind", "cooperative"))
                .when().post("/organisations").then().statusCode(201)
                .header("Location", startsWith("/organisations/")).body("kind", equalTo("cooperative"))
                .extract().path("id");
        given().when().get("/organisations/" + org).then().statusCode(200).body("name", equalTo("Alxa Cashmere Cooperative"));
        String site = given().contentType(ContentType.JSON).body(Map.of("name", "Household of B. Bat-Erdene",
                        "productionSystem", "nomadic", "region", "Alxa League, Inner Mongolia",
                        "latitude", 38.85, "longitude", 105.67, "herderRegistrationNumber", "NM-152921-0042"))
                .when().post("/organisations/" + org + "/sites").then().statusCode(201)
                .header("Location", startsWith("/sites/")).body("productionSystem", equalTo("nomadic"))
                .body("herderRegistrationNumber", equalTo("NM-152921-0042")).extract().path("id");
        given().when().get("/sites/" + site).then().statusCode(200).body("organisation", equalTo(org));
        given().when().get("/organisations/" + org + "/sites").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(site));
    }

    @Test
    void refusesABadOrganisationNamingEveryField() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "zoo", "colour", "blue"))
                .when().post("/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/name", "/kind", "/colour"))
                .body("errors.find { it.pointer == '/kind' }.rule", equalTo("unknown-kind"));
    }

    @Test
    void refusesABadSite() {
        String org = Api.organisation("farm");
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "productionSystem", "feedlot",
                        "latitude", 91, "herderRegistrationNumber", 7))
                .when().post("/organisations/" + org + "/sites").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItems("/productionSystem", "/region", "/latitude", "/herderRegistrationNumber"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "productionSystem", "housing", "region", "r",
                        "herderRegistrationNumber", "NM-1"))
                .when().post("/organisations/" + org + "/sites").then().statusCode(400)
                .body("errors[0].rule", equalTo("nomadic-only"));
    }

    @Test
    void unknownOrMalformedIdsAre404ProblemJson() {
        given().when().get("/organisations/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown organisation"));
        given().when().get("/sites/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/sites/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/organisations").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        given().contentType(ContentType.TEXT).body("name=x").when().post("/organisations").then()
                .statusCode(415).contentType("application/problem+json");
        given().when().delete("/organisations").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void pageSizeIsBounded() {
        given().queryParam("size", 0).when().get("/organisations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("size"));
        given().queryParam("size", 101).when().get("/organisations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("size"));
        given().queryParam("page", -1).when().get("/organisations").then().statusCode(400)
                .body("errors[0].parameter", equalTo("page"));
        given().queryParam("size", 100).when().get("/organisations").then().statusCode(200).body("size", equalTo(100));
    }
}
