package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.ProblemAnswers;
import org.pashm.app.World;

/**
 * Issue 15: every error answer of every endpoint of {@link Endpoints#ALL} reads strictly into the one problem model
 * ({@link ProblemAnswers}): without a token, in a role without the function, as a caller of another organisation, and
 * with a body that is not JSON, not a JSON object, or has an unknown field.
 */
@QuarkusTest
class EveryErrorIsOneProblemTest {

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
    void refusalsOfAccessAreTheOneModel() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            String path = world.path(e.path());
            Response anonymous = Calls.call(e, world, null);
            assertThat(anonymous.statusCode()).as(e.toString()).isEqualTo(401);
            ProblemAnswers.read(anonymous, path);
            for (String role : new String[] {"manager", "auditor", "brand"}) {
                if (!e.roles().contains(role)) {
                    Response r = Calls.call(e, world, world.member(e.owner(), role));
                    assertThat(r.statusCode()).as(e + " as " + role).isEqualTo(403);
                    ProblemAnswers.read(r, path);
                    break;
                }
            }
            if (e.owner() != World.Party.NONE) {
                ProblemAnswers.read(Calls.call(e, world, world.managerOfB()), path);
            }
        }
    }

    @Test
    void badBodiesAreTheOneModel() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            if (e.body() == null || !e.contentType().equals("application/json")) {
                continue;
            }
            String path = world.path(e.path());
            for (String body : new String[] {"{\"unclosed\": ", "[1]", "{\"notAField\": true}"}) {
                Response r = given().contentType(e.contentType()).body(body).when().request(e.method(), path);
                // A few endpoints take any body (POST .../calendar-keys reads only an optional label): their success
                // is not an error answer. Every error answer must be a 4xx of the one model, never a 500.
                assertThat(r.statusCode()).as(e + " with " + body + ": " + r.asString()).isLessThan(500);
                if (r.statusCode() >= 400) {
                    ProblemAnswers.read(r, path);
                }
            }
        }
    }
}
