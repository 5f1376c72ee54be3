package org.pashm.app.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API5:2023 Broken Function Level Authorisation. Callers acting for farm A (or the brand), in every role an endpoint
 * does not allow, are refused with 403 problem+json, even on their own organisation's objects.
 */
@QuarkusTest
class API5_BrokenFunctionLevelAuthorisationTest {

    static World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = new World();
        }
    }

    @Test
    void everyRoleWithoutTheFunctionIsRefused() {
        Map<String, String> callers = Map.of("manager", world.managerOfA(), "auditor", world.auditor(),
                "brand", world.brandUser());
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            callers.forEach((role, token) -> {
                if (e.roles().contains(role)) {
                    return;
                }
                Response r = Calls.call(e, world, token);
                assertThat(r.statusCode()).as(e + " as " + role).isEqualTo(403);
                assertThat(r.contentType()).as(e + " as " + role).startsWith("application/problem+json");
            });
        }
    }

    @Test
    void everyRoleWithTheFunctionGetsThroughOnItsOwnOrganisation() {
        Map<String, String> callers = Map.of("manager", world.managerOfA(), "auditor", world.auditor());
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            callers.forEach((role, token) -> {
                if (!e.roles().contains(role)) {
                    return;
                }
                Response r = Calls.call(e, world, token);
                assertThat(r.statusCode()).as(e + " as " + role + ": " + r.asString()).isBetween(200, 299);
            });
        }
    }
}
