package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1 (and the input cases of issue 22): how every typed request body is read, shown on the
 * organisation and site requests. One answer lists every problem of binding, of Bean Validation and of the
 * request's own rules; what cannot be stored (NUL, 1e309, year 0) is refused where it arrives, and nothing is
 * written.
 */
@QuarkusTest
class RequestBodiesTest {

    @Inject
    Db db;

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then()
                .contentType("application/problem+json");
    }

    private long organisationsNamed(String name) {
        return db.count("select count(*) from organisation where name like ?", name + "%");
    }

    @Test
    void everyMistakeOfEveryKindIsAnsweredAtOnce() {
        post("/organisations", "{\"name\": 12, \"kind\": \"zoo\", \"colour\": \"blue\", \"owner\": {\"id\": 1}}")
                .statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-organisation"))
                .body("errors", hasSize(4))
                .body("errors.pointer", containsInAnyOrder("/name", "/kind", "/colour", "/owner"))
                .body("errors.find { it.pointer == '/name' }.rule", equalTo("wrong-type"))
                .body("errors.find { it.pointer == '/kind' }.rule", equalTo("unknown-kind"))
                .body("errors.find { it.pointer == '/colour' }.rule", equalTo("unknown-field"))
                .body("errors.find { it.pointer == '/owner' }.rule", equalTo("unknown-field"));
    }

    @Test
    void aMemberRefusedWhenBoundIsNotAlsoReportedAsMissing() {
        post("/organisations", "{\"name\": [\"x\"], \"kind\": \"farm\"}").statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].rule", equalTo("wrong-type"))
                .body("errors[0].detail", equalTo("name must be a string"));
    }

    @Test
    void textIsNotCoercedFromNumbersNorNumbersFromText() {
        String org = Api.organisation("farm");
        post("/organisations/" + org + "/sites", "{\"name\": \"x\", \"productionSystem\": \"housing\", "
                + "\"region\": \"r\", \"latitude\": \"38.8\", \"longitude\": 105}").statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/latitude"))
                .body("errors[0].rule", equalTo("wrong-type"));
    }

    @Test
    void aNulCharacterIsRefusedAndNothingIsStored() {
        String name = "Nul test " + UUID.randomUUID();
        post("/organisations", "{\"name\": \"" + name + "\\u0000\", \"kind\": \"farm\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name")).body("errors[0].rule", equalTo("invalid-character"));
        assertThat(organisationsNamed(name)).isZero();
    }

    /**
     * Issue 22, one text rule: a terminal escape (ESC, U+001B) or another control character in a name was stored,
     * to be shown again wherever the name is (found by {@code owasp.FuzzTest}); tab and line breaks are text.
     */
    @Test
    void aControlCharacterIsRefusedAndNothingIsStoredButTabsAndLineBreaksAreText() {
        String name = "Control test " + UUID.randomUUID();
        post("/organisations", "{\"name\": \"\\u001b[31m" + name + "\", \"kind\": \"farm\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name")).body("errors[0].rule", equalTo("invalid-character"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("U+001B"));
        post("/organisations", "{\"name\": \"" + name + "\\u0085\", \"kind\": \"farm\"}").statusCode(400);
        assertThat(db.count("select count(*) from organisation where name like ?", "%" + name + "%")).isZero();
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\\tfarm\\r\\nnorth\", \"kind\": \"farm\"}")
                .when().post("/organisations").then().statusCode(201);
    }

    /**
     * Issue 22, "NUL in a path segment": a text path parameter went to PostgreSQL as it came, which refuses 0x00 in
     * text, and the request answered 500 (found by {@code owasp.FuzzTest}).
     */
    @Test
    void aNulInAPathSegmentIsRefusedNamingTheParameterNotAnError() {
        String site = Api.site(Api.organisation("farm"), "housing");
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
                .when().post("/sites/" + site + "/subjects/land-parcel/a%00b/retirement").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("id")).body("errors[0].rule", equalTo("invalid-character"));
        given().urlEncodingEnabled(false).when().delete("/organisations/" + Api.organisation("farm")
                + "/members/%00/auditor").then().statusCode(400).body("errors[0].parameter", equalTo("subject"));
    }

    @Test
    void aNumberBeyondAnyMeasureIsOutOfRangeNotAnError() {
        String org = Api.organisation("farm");
        post("/organisations/" + org + "/sites", "{\"name\": \"x\", \"productionSystem\": \"housing\", "
                + "\"region\": \"r\", \"latitude\": 1e309, \"longitude\": 91}").statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/latitude"))
                .body("errors[0].rule", equalTo("out-of-range"));
        post("/organisations/" + org + "/sites", "{\"name\": \"x\", \"productionSystem\": \"housing\", "
                + "\"region\": \"r\", \"latitude\": 90.5, \"longitude\": -181}").statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/latitude", "/longitude"))
                .body("errors.rule", containsInAnyOrder("out-of-range", "out-of-range"))
                .body("errors.detail", containsInAnyOrder("latitude must be at most 90", "longitude must be at least -180"));
        assertThat(db.count("select count(*) from site where organisation_id = ?", UUID.fromString(org))).isZero();
    }

    @Test
    void textAfterTheDocumentIsMalformedAndNothingIsStored() {
        String name = "Trailing test " + UUID.randomUUID();
        post("/organisations", "{\"name\": \"" + name + "\", \"kind\": \"farm\"} {\"name\": \"again\"}")
                .statusCode(400).body("errors[0].rule", equalTo("malformed-json"));
        assertThat(organisationsNamed(name)).isZero();
    }

    /** Issue 22: a member given twice was taken with its last value, the first ignored (found by FuzzTest). */
    @Test
    void aMemberGivenTwiceIsADuplicateAndNothingIsStored() {
        String name = "Twice test " + UUID.randomUUID();
        post("/organisations", "{\"name\": \"" + name + "\", \"kind\": \"farm\", \"name\": \"" + name
                + " again\"}")
                .statusCode(400).body("type", equalTo("urn:pashm:problem:invalid-organisation"))
                .body("errors[0].pointer", equalTo("/name")).body("errors[0].rule", equalTo("duplicate"));
        String org = Chain.organisation("farm", "Farm " + UUID.randomUUID());
        post("/organisations/" + org + "/sites", "{\"name\": \"Shed\", \"productionSystem\": \"housing\", "
                + "\"region\": \"Alxa\", \"latitude\": 38.8, \"longitude\": 105.6, \"latitude\": 39.1}")
                .statusCode(400).body("errors[0].pointer", equalTo("/latitude"))
                .body("errors[0].rule", equalTo("duplicate"));
        assertThat(organisationsNamed(name)).isZero();
        assertThat(organisationsNamed(name + " again")).isZero();
    }

    @Test
    void aBodyThatIsNotAnObjectIsNamedAsTheBody() {
        post("/organisations", "").statusCode(400).body("errors[0].pointer", equalTo(""))
                .body("errors[0].rule", equalTo("wrong-type"));
        post("/organisations", "[{\"name\": \"x\", \"kind\": \"farm\"}]").statusCode(400)
                .body("errors[0].pointer", equalTo("")).body("errors[0].rule", equalTo("wrong-type"));
        post("/organisations", "{\"name\": ").statusCode(400).body("errors[0].rule", equalTo("malformed-json"));
    }

    @Test
    void textIsStrippedAndBlankTextIsMissing() {
        post("/organisations", "{\"name\": \"   \", \"kind\": \"farm\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name")).body("errors[0].rule", equalTo("required"));
        given().contentType(ContentType.JSON).body("{\"name\": \"  Stripped farm  \", \"kind\": \"farm\"}")
                .when().post("/organisations").then().statusCode(201).body("name", equalTo("Stripped farm"));
    }

    @Test
    void aCreationIsMadeOncePerKeyAndReplayedWithItsLocation() {
        String name = "Replayed " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"" + name + "\", \"kind\": \"farm\"}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/organisations").then().statusCode(201).extract().header("Location");
        // The same request written in another order and spacing is the same request.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{ \"kind\": \"farm\",   \"name\": \"" + name + "\" }")
                .when().post("/organisations").then().statusCode(201).header("Location", equalTo(first))
                .header("Idempotent-Replayed", equalTo("true"));
        assertThat(organisationsNamed(name)).isEqualTo(1);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\": \"" + name + " 2\", \"kind\": \"farm\"}")
                .when().post("/organisations").then().statusCode(422);
    }
}
