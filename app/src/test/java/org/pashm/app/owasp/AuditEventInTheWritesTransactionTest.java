package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.Chain;
import org.pashm.app.Db;

/**
 * Issue 22: the audit event was written after the answer, so a write whose database went away after its commit
 * answered 201 and kept its data but lost its event. Now the event is written in the write's own transaction: a write
 * whose event cannot be stored is not stored either, and an answered write's event is there the moment it answers.
 * The event's insert is made to fail by a trigger for one user agent, as a lost database would fail it.
 */
@QuarkusTest
class AuditEventInTheWritesTransactionTest {

    private static final String REFUSED = "audit-refused-" + UUID.randomUUID();

    @Inject
    Db db;

    @BeforeEach
    void refuseTheEventsOfOneUserAgent() throws SQLException {
        db.execute("create or replace function test_refuse_audit() returns trigger language plpgsql as $$ "
                + "begin raise exception 'the audit log cannot be written'; end $$");
        db.execute("create trigger test_refuse_audit before insert on audit_event for each row when "
                + "(new.user_agent = '" + REFUSED + "') execute function test_refuse_audit()");
    }

    @AfterEach
    void acceptThemAgain() throws SQLException {
        db.execute("drop trigger if exists test_refuse_audit on audit_event");
        db.execute("drop function if exists test_refuse_audit()");
    }

    @Test
    void aCreationWhoseAuditEventCannotBeStoredIsNotStoredEither() {
        String name = "Unaudited " + UUID.randomUUID();
        given().header("User-Agent", REFUSED).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "farm")).when().post("/organisations").then().statusCode(500)
                .contentType("application/problem+json");
        assertThat(db.count("select count(*) from organisation where name = ?", name)).isZero();
    }

    @Test
    void aTransactionalWriteWhoseAuditEventCannotBeStoredIsNotStoredEither() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String goat = Chain.goat(org, null, "AU-1", "female", "adult-doe");
        String group = given().contentType(ContentType.JSON).body(Map.of("name", "Does"))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("earTags", List.of("AU-1")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(200);
        given().header("User-Agent", REFUSED).when().delete("/goat-groups/" + group + "/members/" + goat).then()
                .statusCode(500);
        assertThat(db.count("select count(*) from goat_group_member where group_id = ?::uuid", group)).isEqualTo(1);
    }

    @Test
    void anAnsweredWriteHasItsOneEventTheMomentItAnswers() {
        String agent = "audit-now-" + UUID.randomUUID();
        String org = given().header("User-Agent", agent).contentType(ContentType.JSON)
                .body(Map.of("name", "Audited " + agent, "kind", "farm")).when().post("/organisations").then()
                .statusCode(201).extract().path("id");
        String goat = Chain.goat(org, null, "AN-1", "female", "adult-doe");
        String group = given().contentType(ContentType.JSON).body(Map.of("name", "Does"))
                .when().post("/organisations/" + org + "/goat-groups").then().statusCode(201).extract().path("id");
        given().header("User-Agent", agent).contentType(ContentType.JSON).body(Map.of("earTags", List.of("AN-1")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(200);
        given().header("User-Agent", agent).when().delete("/goat-groups/" + group + "/members/" + goat).then()
                .statusCode(204);
        // No waiting: each event committed with its write, with the status the write answered.
        assertThat(db.count("select count(*) from audit_event where user_agent = ? and method = 'POST' and path = "
                + "'/organisations' and status = 201", agent)).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_event where user_agent = ? and path = ? and status = 200",
                agent, "/goat-groups/" + group + "/members")).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_event where user_agent = ? and method = 'DELETE' "
                + "and status = 204", agent)).isEqualTo(1);
        // A refused write stored nothing: it is recorded after its answer, once, with its status.
        given().header("User-Agent", agent).contentType(ContentType.JSON).body(Map.of("earTags", List.of("AN-9")))
                .when().post("/goat-groups/" + group + "/members").then().statusCode(400);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("select count(*) from audit_event where "
                + "user_agent = ? and status = 400", agent) == 1);
        assertThat(db.count("select count(*) from audit_event where user_agent = ?", agent)).isEqualTo(4);
    }
}
