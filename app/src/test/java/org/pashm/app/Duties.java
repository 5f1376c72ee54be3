package org.pashm.app;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Test helpers for duty subjects and records, through the HTTP API. */
final class Duties {

    static final String GROUP_CLASS = "housing.goat-group.class";
    static final String GROUP_ROLE = "housing.goat-group.role";

    private Duties() {
    }

    static void subject(String site, String kind, String id, Map<String, String> classes) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "id", id));
        if (classes != null) {
            body.put("classes", classes);
        }
        given().contentType(ContentType.JSON).body(body).when().post("/sites/" + site + "/subjects")
                .then().statusCode(201);
    }

    static void group(String site, String id, String hoofClass) {
        subject(site, "goat-group", id, Map.of(GROUP_CLASS, hoofClass));
    }

    static ValidatableResponse post(String site, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/sites/" + site + "/records").then();
    }

    /** Records work of a type on a subject (null subject: the site) and returns the record's id. */
    static String record(String site, String type, String kind, String id, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "performedOn", on, "performedBy", "Batu"));
        if (kind != null) {
            body.put("subject", Map.of("kind", kind, "id", id));
        }
        return post(site, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse duties(String site, String on) {
        return given().queryParam("on", on).queryParam("size", 100).when().get("/sites/" + site + "/duties").then()
                .statusCode(200);
    }
}
