package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.problem.Problem;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Rule;

/**
 * Issue 15 item 2: the error answers of what were four dialects (validation problems, the traceability problems with
 * lines, clauses and extension members, the security layer's 401 and 403, the rate limit's 429) and of the plain
 * HTTP errors all read strictly into the one {@link Problem}, with their headers kept. The rate limit's 429 is read
 * by {@link org.pashm.app.owasp.RateLimitProblemTest}, under a low limit.
 */
@QuarkusTest
class ProblemModelTest {

    private static Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path);
    }

    @Test
    void aValidationProblemNamesEachFieldAndRule() {
        Problem p = ProblemAnswers.read(post("/organisations", Map.of("kind", "castle")), "/organisations");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).extracting(FieldError::pointer, FieldError::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("/kind", Rule.UNKNOWN_KIND),
                        org.assertj.core.groups.Tuple.tuple("/name", Rule.REQUIRED));
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void aBadParameterIsNamedAsAParameter() {
        Problem p = ProblemAnswers.read(given().when().get("/organisations?kind=castle"), "/organisations");
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.parameter()).isEqualTo("kind");
            assertThat(e.pointer()).isNull();
            assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_KIND);
        });
    }

    @Test
    void aFutureDateIsInTheFutureForQueryParametersToo() {
        // ReminderRunsResource said "in-future" where every other feature says "in-the-future".
        Problem p = ProblemAnswers.read(given().queryParam("on", "2999-01-01").when().post("/reminders/runs"),
                "/reminders/runs");
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.parameter()).isEqualTo("on");
            assertThat(e.rule()).isEqualTo(Rule.IN_THE_FUTURE);
        });
    }

    @Test
    void unreadableJsonAndPlainHttpErrorsAreProblems() {
        Problem malformed = ProblemAnswers.read(given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/organisations"), "/organisations");
        assertThat(malformed.errors()).extracting(FieldError::rule).containsExactly(Rule.MALFORMED_JSON);
        assertThat(ProblemAnswers.read(given().when().get("/no-such-thing"), "/no-such-thing").status())
                .isEqualTo(404);
        assertThat(ProblemAnswers.read(given().when().patch("/organisations"), "/organisations").status())
                .isEqualTo(405);
        assertThat(ProblemAnswers.read(given().contentType("text/plain").body("x").when().post("/organisations"),
                "/organisations").status()).isEqualTo(415);
    }

    @Test
    void aBodyOverTheLimitIsAProblemWrittenOutsideJaxRs() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Problem p = ProblemAnswers.read(given().contentType(ContentType.JSON).body(big).when()
                .post("/organisations"), "/organisations");
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.type()).isEqualTo("urn:pashm:problem:payload-too-large");
    }

    @Test
    void aGoatImportNamesTheLineAndFieldOfEachBadRecord() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String path = "/organisations/" + org + "/goats/import";
        Response r = given().contentType("text/csv")
                .body("earTag,sex,birthDate,category,site\n,female,2021-03-20,adult-doe,\n".getBytes(StandardCharsets.UTF_8))
                .when().post(path);
        Problem p = ProblemAnswers.read(r, path);
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("earTag");
            assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
            assertThat(e.pointer()).isNull();
        });
        assertThat(p.extensions()).containsEntry("errorCount", 1).containsEntry("errorsListed", 1);
    }

    @Test
    void aBagThatBreaksARuleNamesTheClauseAndTheProductionSystem() {
        String[] farm = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = new HashMap<>(Chain.housingBag(farm[1], "B-" + Chain.unique(), "combed"));
        bag.put("whiteCloth", false);
        String path = "/organisations/" + farm[0] + "/bags";
        Problem p = ProblemAnswers.read(post(path, bag), path);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/whiteCloth");
            assertThat(e.clause()).isEqualTo("5.26.1.2");
            assertThat(e.rule()).isEqualTo(Rule.WHITE);
        });
        assertThat(p.extensions()).containsEntry("productionSystem", "housing");
    }

    @Test
    void aShipmentOverTheMassBalanceCarriesTheBalance() {
        String t = Chain.unique();
        String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        String bag = Chain.bag(h[0], Chain.nomadicBag(h[1], "B1-" + t, "25", null, List.of()));
        String station = Chain.organisation("buying-station", "Station " + t);
        String dehairer = Chain.organisation("dehairing-station", "Dehairer " + t);
        String lot = Chain.lot(station, "L-" + t, List.of(bag));
        String path = "/organisations/" + station + "/shipments";
        Problem p = ProblemAnswers.read(post(path, Map.of("lot", lot, "to", dehairer, "kg", 26,
                "shippedAt", "2026-05-25T08:00:00Z")), path);
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.type()).isEqualTo("urn:pashm:problem:mass-balance");
        assertThat(p.errors()).isNull();
        assertThat(p.extensions()).containsOnlyKeys("balance");
        @SuppressWarnings("unchecked")
        Map<String, Object> balance = (Map<String, Object>) p.extensions().get("balance");
        assertThat(balance).containsEntry("lot", lot)
                .containsEntry("availableKg", 25.0).containsEntry("requestedKg", 26);
    }

    @Test
    void aRecordKeptPermanentlyAndAWrongKindOfOrganisationCarryTheirMembers() {
        String farm = Chain.organisation("farm", "Farm " + Chain.unique());
        String id = post("/organisations/" + farm + "/records", Map.of("kind", "breeding-archive",
                "recordedOn", "2020-01-01", "title", "Breeding archive")).then().statusCode(201).extract().path("id");
        Problem kept = ProblemAnswers.read(given().when().delete("/records/" + id), "/records/" + id);
        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.extensions()).containsEntry("permanent", true).containsEntry("clause", "11.1.3")
                .containsEntry("recordedOn", "2020-01-01").containsKey("retention");

        String brand = Chain.organisation("brand", "Brand " + Chain.unique());
        String path = "/organisations/" + brand + "/goats";
        Problem wrong = ProblemAnswers.read(post(path, Map.of("earTag", "E-1", "sex", "female", "category",
                "adult-doe")), path);
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.extensions()).containsEntry("kind", "brand").containsKey("expected");
    }

    @Test
    void theSecurityLayerAnswersWithTheSameModelAndItsHeaders() {
        Response none = given().header(Tokens.ANONYMOUS, "yes").when().get("/organisations");
        assertThat(ProblemAnswers.read(none, "/organisations").type()).isEqualTo("urn:pashm:problem:unauthenticated");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");

        Response bad = given().header("Authorization", "Bearer not-a-token").when().get("/organisations");
        assertThat(ProblemAnswers.read(bad, "/organisations").status()).isEqualTo(401);
        assertThat(bad.header("WWW-Authenticate")).isEqualTo("Bearer");

        Response forbidden = given().header("Authorization", Tokens.as("brand-" + UUID.randomUUID(), "brand"))
                .when().get("/audit-log");
        assertThat(ProblemAnswers.read(forbidden, "/audit-log").type()).isEqualTo("urn:pashm:problem:forbidden");
        assertThat(forbidden.header("WWW-Authenticate")).isNull();
    }
}
