package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Administrators grant roles for an organisation and withdraw them; a grant is a typed, checked request. */
@QuarkusTest
class MembersTest extends AtAFixedFarmDay {

    @Inject
    Db db;

    @Test
    void aRoleIsGrantedOnceListedAndWithdrawn() {
        String org = Api.organisation("farm");
        JsonPath granted = grant(org, Map.of("subject", "batu", "role", "auditor")).statusCode(201)
                .header("Location", "/organisations/" + org + "/members")
                .body("subject", equalTo("batu")).body("role", equalTo("auditor"))
                .body("grantedBy", equalTo("test-admin")).extract().jsonPath();
        assertThat(granted.getString("grantedAt")).startsWith(TODAY.toString());
        // Granting it again changes nothing: the answer is the membership as first granted.
        clock.fixAt(TODAY.plusDays(1), java.time.LocalTime.NOON);
        grant(org, Map.of("subject", "batu", "role", "auditor")).statusCode(201)
                .body("grantedAt", equalTo(granted.getString("grantedAt")));
        assertThat(db.count("select count(*) from membership where organisation_id = ?", UUID.fromString(org)))
                .isEqualTo(1);
        given().when().get("/organisations/" + org + "/members").then().statusCode(200)
                .body("subject", containsInAnyOrder("batu"));

        given().when().delete("/organisations/" + org + "/members/batu/auditor").then().statusCode(204);
        given().when().delete("/organisations/" + org + "/members/batu/auditor").then().statusCode(404)
                .body("type", equalTo("urn:pashm:problem:unknown-member"));
    }

    @Test
    void aBadGrantNamesEveryFieldAndGrantsNothing() {
        String org = Api.organisation("farm");
        grant(org, Map.of("role", "owner", "colour", "red")).statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:invalid-member"))
                .body("errors.pointer", containsInAnyOrder("/subject", "/role", "/colour"))
                .body("errors.rule", containsInAnyOrder("required", "unknown-role", "unknown-field"));
        grant(org, Map.of("subject", 7, "role", "manager")).statusCode(400)
                .body("errors[0].pointer", equalTo("/subject")).body("errors[0].rule", equalTo("wrong-type"));
        assertThat(db.count("select count(*) from membership where organisation_id = ?", UUID.fromString(org)))
                .isZero();
        grant(UUID.randomUUID().toString(), Map.of("subject", "batu", "role", "manager")).statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse grant(String org, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/organisations/" + org + "/members")
                .then();
    }
}
