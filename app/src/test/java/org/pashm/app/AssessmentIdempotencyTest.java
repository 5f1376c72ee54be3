package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pashm.app.idempotency.IdempotencyService;

/** The Idempotency-Key header (IETF httpapi draft) on POST /assessments. */
@QuarkusTest
class AssessmentIdempotencyTest {

    @Inject
    Db db;

    private static Response post(String key, ObjectNode body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body.toString())
                .when().post("/assessments");
    }

    @Test
    void aRetryWithTheSameKeyAndPayloadReturnsTheOriginalResponseAndStoresNothingTwice() {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        String key = UUID.randomUUID().toString();
        Response first = post(key, body);
        first.then().statusCode(201);
        Response retry = post(key, body);
        retry.then().statusCode(201).header("Location", first.header("Location"))
                .header("Idempotent-Replayed", "true");
        assertThat(Api.tree(retry.asString())).isEqualTo(Api.tree(first.asString()));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isEqualTo(1);
        // The same payload with its keys in another order is the same payload.
        ObjectNode reordered = Api.JSON.createObjectNode();
        reordered.set("observations", body.get("observations"));
        reordered.put("assessor", body.get("assessor").asText()).put("assessedOn", body.get("assessedOn").asText())
                .put("site", site);
        post(key, reordered).then().statusCode(201).header("Location", first.header("Location"));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherPayloadIs422() {
        String site = Api.housingSite();
        String key = UUID.randomUUID().toString();
        post(key, Api.minimal(site)).then().statusCode(201);
        ObjectNode other = Api.minimal(site).put("assessor", "Someone else");
        post(key, other).then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Idempotency-Key reused"));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstIsStillProcessingIs409() throws Exception {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        String key = UUID.randomUUID().toString();
        // The first request holds the key (claimed, not finished) as a live request would.
        db.execute("insert into idempotency_key (scope, key, fingerprint, state, locked_until) "
                + "values ('test-admin', ?, ?, 'processing', now() + interval '1 minute')", key,
                IdempotencyService.fingerprintOf("POST /assessments", body.toString()));
        post(key, body).then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Request in progress"));
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isZero();
    }

    @Test
    void aClaimWhoseHolderDiedIsTakenOverOnceItsLeaseRunsOut() throws Exception {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        String key = UUID.randomUUID().toString();
        db.execute("insert into idempotency_key (scope, key, fingerprint, state, locked_until) "
                + "values ('test-admin', ?, ?, 'processing', now() - interval '1 second')", key,
                IdempotencyService.fingerprintOf("POST /assessments", body.toString()));
        post(key, body).then().statusCode(201);
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesCreateExactlyOneAssessment() throws Exception {
        String site = Api.housingSite();
        ObjectNode body = Api.minimal(site);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(key, body));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> locations = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 201) {
                    locations.add(r.header("Location"));
                }
            }
            assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
            assertThat(locations).containsOnly(locations.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(db.count("select count(*) from assessment where site_id = ?::uuid", site)).isEqualTo(1);
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void aFailedRequestReleasesItsKeyAndStoresNothing() {
        String site = Api.housingSite();
        String key = UUID.randomUUID().toString();
        ObjectNode bad = Api.minimal(site).put("assessedOn", "not a date");
        post(key, bad).then().statusCode(400);
        assertThat(db.count("select count(*) from idempotency_key where key = ?", key)).isZero();
        post(key, Api.minimal(site)).then().statusCode(201);
    }

    @Test
    void anOverlongKeyIs400() {
        post("k".repeat(256), Api.minimal(Api.housingSite())).then().statusCode(400)
                .body("errors[0].parameter", equalTo("Idempotency-Key"));
    }
}
