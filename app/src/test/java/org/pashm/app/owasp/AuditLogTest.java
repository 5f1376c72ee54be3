package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;
import org.pashm.app.Db;

/** Every write is in the audit log (who, when, what, from where, how it ended); the log is append-only. */
@QuarkusTest
class AuditLogTest {

    @Inject
    Db db;

    @Test
    void everyWriteIsRecordedAllowedOrRefused() {
        World world = new World(db);
        String site = given().header("Authorization", world.managerOfA()).contentType(ContentType.JSON)
                .header("User-Agent", "pashm-field-app/1.0")
                .body(Endpoints.SITE).when().post(world.path("/organisations/{orgA}/sites")).then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", world.managerOfB()).contentType(ContentType.JSON).body(Endpoints.SITE)
                .when().post(world.path("/organisations/{orgA}/sites")).then().statusCode(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, Object>> events = given().queryParam("organisation", world.orgA).when().get("/audit-log")
                    .then().statusCode(200).extract().path("items");
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("subject")).isEqualTo(world.managerA);
                assertThat(e.get("roles")).isEqualTo("manager");
                assertThat(e.get("method")).isEqualTo("POST");
                assertThat(e.get("path")).isEqualTo("/organisations/" + world.orgA + "/sites");
                assertThat(e.get("status")).isEqualTo(201);
                assertThat(e.get("remoteAddress")).isNotNull();
                assertThat(e.get("userAgent")).isEqualTo("pashm-field-app/1.0");
                assertThat(e.get("at")).isNotNull();
            });
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("subject")).isEqualTo(world.managerB);
                assertThat(e.get("status")).isEqualTo(404);
            });
        });
        assertThat(site).isNotNull();
    }

    /**
     * Issue 22: a write whose path held {@code %00} was refused, but its audit event was not written (PostgreSQL
     * refuses a NUL in text), so a caller probing the API that way left no trace (found by {@code FuzzTest}).
     */
    @Test
    void aWriteWithANulInItsPathIsRecordedToo() {
        World world = new World(db);
        given().header("Authorization", world.managerOfA()).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Endpoints.SITE).when().post("/organisations/a%00b/sites").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(db.count(
                "select count(*) from audit_event where subject = ? and path = ?", world.managerA,
                "/organisations/a%00b/sites")).isEqualTo(1));
    }

    @Test
    void theAuditLogIsAppendOnlyAndForAdministratorsOnly() {
        World world = new World(db);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("select count(*) from audit_event") > 0);
        Db.assertRestricted("the audit log is append-only",
                () -> db.execute("update audit_event set subject = 'someone else'"));
        Db.assertRestricted("the audit log is append-only",
                () -> db.execute("delete from audit_event"));
        given().header("Authorization", world.managerOfA()).when().get("/audit-log").then().statusCode(403);
    }
}
