package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certificates from conformant assessments against a standard that certifies (The Good Cashmere Standard, a plugin:
 * 12 months), their expiry, their withdrawal, and every way a request can be refused with nothing stored. The app's
 * clock stands at noon of {@link #TODAY} in the farms' zone (UTC here), whenever the tests run.
 */
@QuarkusTest
class CertificateTest {

    /** The farms' day during these tests, after the dates of the example assessments. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Inject
    Db db;

    @Inject
    TestClock clock;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(TODAY, LocalTime.NOON);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    /** A Good Cashmere Standard audit of a new nomadic household, assessed on {@code on}; {@code unmet} is false. */
    static String gcsAssessment(String site, LocalDate on, String... unmet) {
        ObjectNode body = PluginJars.exampleIn("good-cashmere-standard", "good-cashmere-farm");
        body.put("assessedOn", on.toString());
        body.withArray("observations").forEach(o -> {
            if (List.of(unmet).contains(o.get("code").asText())) {
                ((ObjectNode) o).put("value", false);
            }
        });
        return given().contentType(ContentType.JSON).body(body.toString()).when().post("/sites/" + site + "/assessments")
                .then().statusCode(201).extract().path("id");
    }

    static String household() {
        return Api.site(Api.organisation("herder-household"), "nomadic");
    }

    static ValidatableResponse issue(String assessment, LocalDate issuedOn) {
        ObjectNode body = Api.JSON.createObjectNode().put("assessment", assessment)
                .put("issuedBy", "Aid by Trade Foundation, auditor A. Bat");
        if (issuedOn != null) {
            body.put("issuedOn", issuedOn.toString());
        }
        return given().contentType(ContentType.JSON).body(body.toString()).when().post("/certificates").then();
    }

    long certificates(String site) {
        return db.count("select count(*) from certificate where site_id = ?", UUID.fromString(site));
    }

    @Test
    void aConformantAuditBecomesACertificateThatExpires12MonthsAfterItIsIssued() {
        String site = household();
        LocalDate assessed = TODAY.minusDays(10);
        String assessment = gcsAssessment(site, assessed);
        LocalDate issued = TODAY.minusDays(3);
        var created = issue(assessment, issued).statusCode(201);
        String id = created.extract().path("id");
        created.header("Location", "/certificates/" + id)
                .body("status", equalTo("valid")).body("issuedOn", equalTo(issued.toString()))
                .body("expiresOn", equalTo(issued.plusMonths(12).toString())).body("validity", equalTo("P12M"))
                .body("standard", equalTo("good-cashmere-standard")).body("edition", equalTo("overview"))
                .body("site", equalTo(site)).body("assessment", equalTo(assessment))
                .body("assessmentCurrent", equalTo(true))
                .body("renewal.duty", equalTo("certificate-renewal"))
                .body("renewal.dueOn", equalTo(issued.plusMonths(12).toString()))
                .body("renewal.recurrence", equalTo("every 12 months"));
        given().when().get("/certificates/" + id).then().statusCode(200).body("status", equalTo("valid"))
                .body("issuedBy", containsString("Aid by Trade"));
        // The duty machinery reads the renewal from the certificate_renewal view.
        assertThat(db.count("select count(*) from certificate_renewal where site_id = ? and due_on = ? "
                + "and last_done_on = ? and not withdrawn", UUID.fromString(site), issued.plusMonths(12), issued))
                .isEqualTo(1);
    }

    @Test
    void theRenewalIsADutyOfCertifiedSitesOnlyDueOnTheExpiry() {
        String uncertified = household();
        given().when().get("/sites/" + uncertified + "/duties").then().statusCode(200)
                .body("items.duty", org.hamcrest.Matchers.not(hasItem("certificate-renewal")));
        String site = household();
        LocalDate issued = TODAY.minusDays(20);
        String id = issue(gcsAssessment(site, TODAY.minusDays(25)), issued).statusCode(201).extract().path("id");
        given().when().get("/sites/" + site + "/duties").then().statusCode(200)
                .body("items.find { it.duty == 'certificate-renewal' }.dueOn", equalTo(issued.plusMonths(12).toString()))
                .body("items.find { it.duty == 'certificate-renewal' }.lastDone", equalTo(issued.toString()))
                .body("items.find { it.duty == 'certificate-renewal' }.status", equalTo("upcoming"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"The herd was sold.\"}")
                .when().post("/certificates/" + id + "/withdrawal").then().statusCode(201);
        given().when().get("/sites/" + site + "/duties").then().statusCode(200)
                .body("items.duty", org.hamcrest.Matchers.not(hasItem("certificate-renewal")));
    }

    @Test
    void issuedOnDefaultsToTodayAndMustFallWithinTheValidityOfTheAssessment() {
        String site = household();
        LocalDate assessed = TODAY.minusMonths(12).plusDays(1);
        String assessment = gcsAssessment(site, assessed);
        issue(assessment, assessed.minusDays(1)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/issuedOn")).body("errors[0].rule", equalTo("before-assessment"));
        issue(assessment, TODAY.plusDays(2)).statusCode(400).body("errors[0].rule", equalTo("in-the-future"));
        assertThat(certificates(site)).isZero();
        issue(assessment, null).statusCode(201).body("issuedOn", equalTo(TODAY.toString()))
                .body("expiresOn", equalTo(TODAY.plusMonths(12).toString()));
    }

    @Test
    void anAuditOlderThanTheValidityCannotBeCertified() {
        String site = household();
        LocalDate assessed = TODAY.minusMonths(12);
        String assessment = gcsAssessment(site, assessed);
        LocalDate lastDay = assessed.plusMonths(12).minusDays(1);
        issue(assessment, lastDay).statusCode(201).body("expiresOn", equalTo(lastDay.plusMonths(12).toString()));
        String older = gcsAssessment(household(), assessed);
        issue(older, assessed.plusMonths(12)).statusCode(400).body("errors[0].rule", equalTo("assessment-too-old"))
                .body("errors[0].detail", containsString("12 months or more before"));
    }

    @Test
    void aCertificateIssuedAYearAgoHasExpiredToday() {
        String site = household();
        LocalDate assessed = TODAY.minusMonths(12).minusDays(5);
        String id = issue(gcsAssessment(site, assessed), TODAY.minusMonths(12)).statusCode(201)
                .body("expiresOn", equalTo(TODAY.toString())).body("status", equalTo("expired")).extract().path("id");
        given().queryParam("site", site).queryParam("status", "expired").when().get("/certificates").then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("site", site).queryParam("status", "valid").when().get("/certificates").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void onlyAConformantCurrentAssessmentAgainstACertifyingStandardCanBeCertified() {
        String site = household();
        // ISO 22786 declares no certification.
        String iso = given().contentType(ContentType.JSON).body(Api.example("nomadic-household").toString())
                .when().post("/sites/" + site + "/assessments").then().statusCode(201).extract().path("id");
        issue(iso, null).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:not-certifying"))
                .body("errors[0].pointer", equalTo("/assessment"))
                .body("detail", containsString("Standards that certify: good-cashmere-standard/overview"));
        // A criterion not met.
        String unpaid = gcsAssessment(site, TODAY.minusDays(2), "gcs.site.fair-pay");
        issue(unpaid, null).statusCode(409).body("type", equalTo("urn:pashm:problem:not-conformant"))
                .body("detail", containsString("'not-certifiable'"));
        // A corrected assessment: only its current version.
        String first = gcsAssessment(site, TODAY.minusDays(2));
        ObjectNode fix = PluginJars.exampleIn("good-cashmere-standard", "good-cashmere-farm")
                .put("assessedOn", TODAY.minusDays(2).toString()).put("reason", "The auditor's name was wrong.");
        String second = given().contentType(ContentType.JSON).body(fix.toString())
                .when().post("/assessments/" + first + "/corrections").then().statusCode(201).extract().path("id");
        issue(first, null).statusCode(409).body("type", equalTo("urn:pashm:problem:superseded"))
                .body("detail", containsString(second));
        assertThat(certificates(site)).isZero();
        issue(second, null).statusCode(201);
        assertThat(certificates(site)).isEqualTo(1);
    }

    @Test
    void aLineageHoldsOneCertificateInForceAndAWithdrawnOneIsNotRenewed() {
        String site = household();
        String assessment = gcsAssessment(site, TODAY.minusDays(4));
        String id = issue(assessment, null).statusCode(201).extract().path("id");
        issue(assessment, null).statusCode(409).body("type", equalTo("urn:pashm:problem:already-certified"))
                .body("detail", containsString(id));
        // Withdrawn: a record of its own; the certificate itself is unchanged.
        given().contentType(ContentType.JSON).body("{\"reason\": \"The farm sold its goats.\"}")
                .when().post("/certificates/" + id + "/withdrawal").then().statusCode(201)
                .header("Location", "/certificates/" + id)
                .body("status", equalTo("withdrawn")).body("withdrawal.reason", equalTo("The farm sold its goats."))
                .body("withdrawal.withdrawnOn", equalTo(TODAY.toString())).body("renewal", nullValue())
                .body("expiresOn", equalTo(TODAY.plusMonths(12).toString()));
        given().contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .when().post("/certificates/" + id + "/withdrawal").then().statusCode(409)
                .body("type", equalTo("urn:pashm:problem:already-withdrawn"));
        assertThat(db.count("select count(*) from certificate_renewal where certificate_id = ? and withdrawn",
                UUID.fromString(id))).isEqualTo(1);
        // The same assessment is not certified twice; a correction of it can be.
        issue(assessment, null).statusCode(409).body("detail", containsString("since withdrawn"));
        ObjectNode fix = PluginJars.exampleIn("good-cashmere-standard", "good-cashmere-farm")
                .put("assessedOn", TODAY.minusDays(4).toString()).put("reason", "Audited again after the sale.");
        String corrected = given().contentType(ContentType.JSON).body(fix.toString())
                .when().post("/assessments/" + assessment + "/corrections").then().statusCode(201).extract().path("id");
        issue(corrected, null).statusCode(201);
        given().when().get("/certificates/" + id).then().body("assessmentCurrent", equalTo(false));
    }

    @Test
    void badRequestsNameTheFieldAndStoreNothing() {
        String site = household();
        String assessment = gcsAssessment(site, TODAY.minusDays(1));
        given().contentType(ContentType.JSON).body("{\"issuedOn\": \"tomorrow\", \"colour\": \"gold\"}")
                .when().post("/certificates").then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/assessment", "/issuedOn", "/issuedBy", "/colour"));
        given().contentType(ContentType.JSON).body("[1]").when().post("/certificates").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"assessment\": \"" + UUID.randomUUID() + "\", \"issuedBy\": \"x\"}")
                .when().post("/certificates").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-assessment"));
        // The body's shape and what only the stored assessments tell are one answer.
        given().contentType(ContentType.JSON)
                .body("{\"assessment\": \"" + UUID.randomUUID() + "\", \"issuedBy\": 7, \"colour\": \"gold\"}")
                .when().post("/certificates").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-certificate"))
                .body("errors.pointer", containsInAnyOrder("/assessment", "/issuedBy", "/colour"))
                .body("errors.rule", containsInAnyOrder("unknown-assessment", "wrong-type", "unknown-field"));
        given().contentType(ContentType.JSON).body("{\"assessment\": \"" + assessment + "\", \"issuedBy\": \"x\", "
                        + "\"issuedOn\": \"" + TODAY.minusDays(2) + "\", \"colour\": \"gold\"}")
                .when().post("/certificates").then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/issuedOn", "/colour"))
                .body("errors.rule", containsInAnyOrder("before-assessment", "unknown-field"));
        given().contentType(ContentType.JSON).body("{\"assessment\": \"" + assessment + "\", \"issuedBy\": \"  \"}")
                .when().post("/certificates").then().statusCode(400).body("errors[0].pointer", equalTo("/issuedBy"));
        assertThat(certificates(site)).isZero();
        String id = issue(assessment, null).statusCode(201).extract().path("id");
        // The body's shape and a day before the stored certificate's issue are one answer.
        given().contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"" + TODAY.minusDays(30) + "\", \"colour\": \"gold\"}")
                .when().post("/certificates/" + id + "/withdrawal").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-withdrawal"))
                .body("errors.pointer", containsInAnyOrder("/reason", "/colour", "/withdrawnOn"))
                .body("errors.rule", containsInAnyOrder("required", "unknown-field", "before-issue"));
        given().contentType(ContentType.JSON).body("{\"withdrawnOn\": \"" + TODAY.minusDays(30) + "\", \"reason\": \"x\"}")
                .when().post("/certificates/" + id + "/withdrawal").then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/withdrawnOn")))
                .body("errors[0].rule", equalTo("before-issue"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post("/certificates/" + UUID.randomUUID() + "/withdrawal").then().statusCode(404);
        assertThat(db.count("select count(*) from certificate_withdrawal where certificate_id = ?",
                UUID.fromString(id))).isZero();
        given().when().get("/certificates/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:pashm:problem:unknown-certificate"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameCertificate() {
        String assessment = gcsAssessment(household(), TODAY.minusDays(1));
        String body = "{\"assessment\": \"" + assessment + "\", \"issuedBy\": \"Certifier\"}";
        String key = "cert-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/certificates").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/certificates").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void certificatesAreListedSoonestExpiryFirstWithFilters() {
        String org = Api.organisation("cooperative");
        String a = Api.site(org, "nomadic");
        String b = Api.site(org, "nomadic");
        String later = issue(gcsAssessment(a, TODAY.minusDays(3)), TODAY.minusDays(1)).statusCode(201)
                .extract().path("id");
        String sooner = issue(gcsAssessment(b, TODAY.minusDays(3)), TODAY.minusDays(2)).statusCode(201)
                .extract().path("id");
        given().queryParam("organisation", org).when().get("/certificates").then().statusCode(200)
                .body("items.id", equalTo(List.of(sooner, later))).body("totalItems", equalTo(2));
        given().queryParam("organisation", org).queryParam("expiresBefore", TODAY.plusMonths(12).minusDays(1).toString())
                .when().get("/certificates").then().body("items.id", equalTo(List.of(sooner)));
        given().queryParam("organisation", org).queryParam("standard", "iso-22786").when().get("/certificates")
                .then().body("totalItems", equalTo(0));
        given().queryParam("status", "lapsed").when().get("/certificates").then().statusCode(400)
                .body("errors[0].parameter", equalTo("status"));
        given().queryParam("expiresBefore", "soon").when().get("/certificates").then().statusCode(400)
                .body("errors[0].parameter", equalTo("expiresBefore"));
        given().queryParam("size", 1000).when().get("/certificates").then().statusCode(400);
    }

    @Test
    void certificatesCannotBeChangedOrDeletedInTheDatabase() {
        String id = issue(gcsAssessment(household(), TODAY.minusDays(1)), null).statusCode(201).extract().path("id");
        assertThatThrownBy(() -> db.execute("update certificate set expires_on = expires_on + 365 where id = ?",
                UUID.fromString(id))).hasMessageContaining("records of an audit");
        assertThatThrownBy(() -> db.execute("delete from certificate where id = ?", UUID.fromString(id)))
                .hasMessageContaining("records of an audit");
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/certificates/{id}/withdrawal"));
    }
}
