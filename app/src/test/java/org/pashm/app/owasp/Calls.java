package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.pashm.app.Tokens;
import org.pashm.app.World;

/** Makes an endpoint's request as a given caller (an Authorization header, or none). */
final class Calls {

    private Calls() {
    }

    static Response call(Endpoints.Endpoint e, World w, String authorization) {
        RequestSpecification r = authorization == null ? given().header(Tokens.ANONYMOUS, "yes")
                : given().header("Authorization", authorization);
        if (e.body() != null) {
            r = r.contentType(e.contentType()).body(w.path(e.body()));
        }
        return r.when().request(e.method(), w.path(e.path()));
    }
}
