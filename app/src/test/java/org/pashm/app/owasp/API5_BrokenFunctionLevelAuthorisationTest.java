package org.pashm.app.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;

/**
 * API5:2023 Broken Function Level Authorisation. Callers acting for farm A (or the brand), in every role an endpoint
 * does not allow, are refused with 403 problem+json, even on their own organisation's objects.
 */
@QuarkusTest
class API5_BrokenFunctionLevelAuthorisationTest {

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
    void everyRoleWithoutTheFunctionIsRefused() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            for (String role : new String[] {"manager", "auditor", "brand"}) {
                if (e.roles().contains(role)) {
                    continue;
                }
                // A member of the object's own organisation, in a role without the function.
                Response r = Calls.call(e, world, world.member(e.owner(), role));
                assertThat(r.statusCode()).as(e + " as " + role).isEqualTo(403);
                assertThat(r.contentType()).as(e + " as " + role).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void everyRoleWithTheFunctionGetsThroughOnItsOwnOrganisation() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            for (String role : new String[] {"manager", "auditor", "brand"}) {
                if (!e.roles().contains(role)) {
                    continue;
                }
                // Access control lets it through: whatever the answer, it is not 401, 403 or 404 (a rule of the
                // business, such as 409 for a second withdrawal, may still refuse it).
                Response r = Calls.call(e, world, world.member(e.owner(), role));
                assertThat(r.statusCode()).as(e + " as " + role + ": " + r.asString()).isNotIn(401, 403, 404);
            }
        }
    }
}
