package org.pashm.app;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/** Test helpers that go through the HTTP API like a client would. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    public static String organisation(String kind) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Test " + kind + " " + UUID.randomUUID(), "kind", kind))
                .when().post("/organisations").then().statusCode(201).extract().path("id");
    }

    public static String site(String organisation, String system) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Site " + UUID.randomUUID(),
                "productionSystem", system, "region", "Alxa League, Inner Mongolia"));
        if (system.equals("nomadic")) {
            body.put("herderRegistrationNumber", "NM-152921-" + UUID.randomUUID().toString().substring(0, 6));
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/organisations/" + organisation + "/sites").then().statusCode(201).extract().path("id");
    }

    public static String housingSite() {
        return site(organisation("farm"), "housing");
    }

    /** A shipped example evidence set, as a mutable tree. */
    public static ObjectNode example(String name) {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream("META-INF/pashm/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example's observations as core takes them, before validation (what the API binds a submission to). */
    public static java.util.List<org.pashm.core.evidence.RawObservation> observations(
            com.fasterxml.jackson.databind.JsonNode example) {
        java.util.List<org.pashm.core.evidence.RawObservation> raw = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode o : example.get("observations")) {
            com.fasterxml.jackson.databind.JsonNode v = o.get("value");
            Object value = v.isNumber() ? v.decimalValue() : v.isBoolean() ? (Object) v.booleanValue() : v.asText();
            com.fasterxml.jackson.databind.JsonNode s = o.get("subject");
            raw.add(new org.pashm.core.evidence.RawObservation(o.get("code").asText(),
                    s == null ? null : s.get("kind").asText(), s == null ? null : s.get("id").asText(), value,
                    o.has("unit") ? o.get("unit").asText() : null,
                    o.has("observedOn") ? java.time.LocalDate.parse(o.get("observedOn").asText()) : null, null));
        }
        return raw;
    }

    /** A minimal valid submission for a housing site. */
    public static ObjectNode minimal(String site) {
        ObjectNode body = JSON.createObjectNode();
        body.put("site", site).put("assessedOn", "2026-04-02").put("assessor", "Test auditor");
        body.putArray("observations").addObject()
                .put("code", "housing.shelter.ammonia").put("value", 12).put("unit", "mg/m3")
                .putObject("subject").put("kind", "shelter").put("id", "shed-1");
        return body;
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
