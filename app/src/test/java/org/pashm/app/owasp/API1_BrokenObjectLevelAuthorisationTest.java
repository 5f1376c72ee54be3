package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;
import org.pashm.app.Db;

/**
 * API1:2023 Broken Object Level Authorisation. Callers acting for farm B, in every role the endpoint allows, ask
 * for (or write to) farm A's objects by their identifiers: every attempt is refused as if the object did not exist,
 * listings show nothing of A, and nothing is written.
 */
@QuarkusTest
class API1_BrokenObjectLevelAuthorisationTest {

    static World world;

    @Inject
    Db db;

    @BeforeEach
    void build() {
        if (world == null) {
            world = new World(db);
        }
    }

    @Test
    void callersOfAnotherOrganisationCannotReachItsObjectsOnAnyEndpoint() {
        long assessments = db.assessments();
        long sites = db.count("select count(*) from site where organisation_id = ?::uuid", world.orgA);
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            if (e.owner() == World.Party.NONE) {
                continue;
            }
            for (String caller : List.of(world.managerOfB(), world.auditorOfB(), world.brandUser())) {
                Response r = Calls.call(e, world, caller);
                // 404 for an object named in the path; 400 "unknown-..." for one named in the body (POST /assessments,
                // POST /certificates); 403 where the caller's role lacks the function anyway. Never a success, never a
                // hint that the object exists.
                assertThat(r.statusCode()).as(e + " as a caller of another organisation").isIn(400, 403, 404);
                if (r.statusCode() == 400) {
                    assertThat(r.asString()).as(e.toString()).contains("unknown-");
                }
                assertThat(r.contentType()).as(e.toString()).startsWith("application/problem+json");
            }
        }
        assertThat(db.assessments()).isEqualTo(assessments);
        assertThat(db.count("select count(*) from site where organisation_id = ?::uuid", world.orgA)).isEqualTo(sites);
        assertThat(db.count("select count(*) from membership where organisation_id = ?::uuid", world.orgA)).isEqualTo(3);
        assertThat(db.count("select count(*) from goat where organisation_id = ?::uuid", world.orgA)).isEqualTo(1);
    }

    @Test
    void listingsShowOnlyTheCallersOwnOrganisations() {
        List<String> orgs = given().header("Authorization", world.managerOfB()).when().get("/organisations")
                .then().statusCode(200).extract().path("items.id");
        assertThat(orgs).containsExactly(world.orgB);
        List<String> assessed = given().header("Authorization", world.auditorOfB()).when().get("/assessments")
                .then().statusCode(200).extract().path("items.id");
        assertThat(assessed).doesNotContain(world.assessmentA);
        List<String> filtered = given().header("Authorization", world.auditorOfB())
                .queryParam("organisation", world.orgA).when().get("/assessments")
                .then().statusCode(200).extract().path("items.id");
        assertThat(filtered).isEmpty();
        List<String> ownAuditor = given().header("Authorization", world.auditor()).when().get("/assessments")
                .then().statusCode(200).extract().path("items.id");
        assertThat(ownAuditor).contains(world.assessmentA);
    }

    @Test
    void theRightCallerGetsThrough() {
        given().header("Authorization", world.managerOfA()).when().get(world.path("/sites/{siteA}")).then().statusCode(200);
        given().header("Authorization", world.auditor()).when().get(world.path("/assessments/{assessmentA}/report"))
                .then().statusCode(200);
    }
}
