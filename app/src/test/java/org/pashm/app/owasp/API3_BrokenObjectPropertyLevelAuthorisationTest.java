package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;

/**
 * API3:2023 Broken Object Property Level Authorisation. Properties a caller may not set (ids, owners, results,
 * versions) are refused, never silently taken; herders' personal data is shown only to the roles that need it.
 */
@QuarkusTest
class API3_BrokenObjectPropertyLevelAuthorisationTest {

    @jakarta.inject.Inject
    org.pashm.app.Db db;

    static World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = new World(db);
        }
    }

    @Test
    void serverSetPropertiesCannotBeSetByTheClient() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"kind\": \"farm\", \"id\": \"00000000-0000-0000-0000-000000000001\"}")
                .when().post("/organisations").then().statusCode(400).body("errors.pointer", hasItem("/id"));
        given().header("Authorization", world.managerOfA()).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"productionSystem\": \"housing\", \"region\": \"r\", \"organisation\": \""
                        + world.orgB + "\"}")
                .when().post(world.path("/organisations/{orgA}/sites")).then().statusCode(400)
                .body("errors.pointer", hasItem("/organisation"));
        for (String field : new String[] {"result", "conformant", "version", "supersedes", "organisation", "report"}) {
            given().header("Authorization", world.auditor()).contentType(ContentType.JSON)
                    .body("{\"" + field + "\": \"x\", " + Endpoints.MINIMAL_ASSESSMENT.substring(1))
                    .when().post(world.path("/sites/{siteA}/assessments")).then().statusCode(400)
                    .body("errors.find { it.pointer == '/" + field + "' }.rule", equalTo("unknown-field"));
        }
    }

    @Test
    void herdersPersonalDataOnlyReachesTheRolesThatNeedIt() {
        String household = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Household of D. Tsetseg\", \"productionSystem\": \"nomadic\", \"region\": \"Alxa\","
                        + " \"latitude\": 39.1, \"longitude\": 105.2, \"herderRegistrationNumber\": \"NM-7781\"}")
                .when().post(world.path("/organisations/{orgA}/sites")).then().statusCode(201).extract().path("id");
        given().header("Authorization", world.auditor()).when().get("/sites/" + household).then().statusCode(200)
                .body("herderRegistrationNumber", equalTo("NM-7781"));
        given().header("Authorization", world.brandUser()).when().get("/sites/" + household).then().statusCode(403);
        given().header("Authorization", world.auditorOfB()).when().get("/sites/" + household).then().statusCode(404);
    }
}
