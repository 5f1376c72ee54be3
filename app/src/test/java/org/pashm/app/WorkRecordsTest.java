package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Duty subjects and records of work done: what is stored, what is refused, and that records are append-only. */
@QuarkusTest
class WorkRecordsTest extends AtAFixedFarmDay {

    @Inject
    Db db;

    @Test
    void subjectsAreRegisteredWithVocabularyClassesAndShowTheDutiesTheyOwe() {
        String site = Api.housingSite();
        given().contentType(ContentType.JSON).body(Map.of("kind", "goat-group", "id", "bucks-1", "name", "Stud bucks",
                        "classes", Map.of(Duties.GROUP_CLASS, "housing-bucks")))
                .when().post("/sites/" + site + "/subjects").then().statusCode(201)
                .header("Location", "/sites/" + site + "/subjects/goat-group/bucks-1")
                .body("owes", equalTo(List.of("hoof-repair-housing-bucks")))
                .body("classes.'housing.goat-group.class'", equalTo("housing-bucks"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "goat-group", "id", "bucks-1"))
                .when().post("/sites/" + site + "/subjects").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/sites/" + site + "/subjects?kind=goat-group").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Stud bucks"));
    }

    @Test
    void aBadSubjectIsRefusedWithEveryFieldNamedAndNothingStored() {
        String site = Api.housingSite();
        long before = db.count("select count(*) from duty_subject where site_id = ?", UUID.fromString(site));
        // The request's shape and everything the vocabulary refuses (its kinds and classes) are one answer.
        given().contentType(ContentType.JSON).body(Map.of("kind", "shed", "id", "a b",
                        "classes", Map.of("housing.goat-group.class", 7, "no.such.code", "x"), "colour", "red"))
                .when().post("/sites/" + site + "/subjects").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:invalid-subject"))
                .body("errors.pointer", containsInAnyOrder("/id", "/classes/housing.goat-group.class", "/colour",
                        "/kind", "/classes/no.such.code"))
                .body("errors.rule", containsInAnyOrder("invalid-id", "wrong-type", "unknown-field",
                        "unknown-subject-kind", "unknown-code"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "shed", "id", "a-b",
                        "classes", Map.of("housing.goat-group.class", "giant-bucks", "no.such.code", "x")))
                .when().post("/sites/" + site + "/subjects").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/kind", "/classes/housing.goat-group.class",
                        "/classes/no.such.code"))
                .body("errors.rule", containsInAnyOrder("unknown-subject-kind", "unknown-choice", "unknown-code"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "vehicle", "id", "truck",
                        "classes", Map.of("housing.goat-group.class", "housing-bucks")))
                .when().post("/sites/" + site + "/subjects").then().statusCode(400)
                .body("errors[0].rule", equalTo("subject-kind-not-taken"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "site", "id", "site"))
                .when().post("/sites/" + site + "/subjects").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/kind"));
        assertThat(db.count("select count(*) from duty_subject where site_id = ?", UUID.fromString(site)))
                .isEqualTo(before);
    }

    @Test
    void aSubjectRetiredWithoutADayIsRetiredTodayAndOnlyOnce() {
        String site = Api.housingSite();
        Duties.subject(site, "vehicle", "truck-1", null);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/sites/" + site + "/subjects/vehicle/truck-1/retirement").then().statusCode(200)
                .body("retiredOn", equalTo(TODAY.toString())).body("owes", equalTo(List.of()));
        given().contentType(ContentType.JSON).body(Map.of("on", "2026-01-01"))
                .when().post("/sites/" + site + "/subjects/vehicle/truck-1/retirement").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:subject-retired"));
        given().contentType(ContentType.JSON).body(Map.of("on", "first of May"))
                .when().post("/sites/" + site + "/subjects/vehicle/truck-1/retirement").then().statusCode(400)
                .body("type", equalTo("urn:pashm:problem:invalid-retirement")).body("errors[0].pointer", equalTo("/on"));
    }

    @Test
    void aHoofRepairRecordNamesTheDutyItsGroupOwesAndTheClauseBehindIt() {
        String site = Api.housingSite();
        Duties.group(site, "does-1", "housing-does");
        String id = Duties.post(site, Map.of("type", "hoof-repair", "subject", Map.of("kind", "goat-group", "id", "does-1"),
                        "performedOn", "2024-03-02", "performedBy", "Batu", "notes", "two does limping"))
                .statusCode(201).header("Location", org.hamcrest.Matchers.startsWith("/sites/" + site + "/records/"))
                .body("duty.id", equalTo("hoof-repair-housing-does")).body("duty.clauses", equalTo(List.of("5.18.3")))
                .body("retention.kind", equalTo("record")).body("retention.clause", equalTo("11.1.7"))
                .extract().path("id");
        given().when().get("/sites/" + site + "/records/" + id).then().statusCode(200)
                .body("performedBy", equalTo("Batu")).body("subject.id", equalTo("does-1"));
    }

    @Test
    void soilTest_5_16_5_carriesItsResultsAndIsKeptTenYearsAsAGrazingLandEvaluation() {
        String site = Api.housingSite();
        Duties.subject(site, "land-parcel", "north", null);
        Duties.post(site, Map.of("type", "soil-test", "subject", Map.of("kind", "land-parcel", "id", "north"),
                        "performedOn", TODAY.minusDays(3).toString(), "performedBy", "County soil lab",
                        "reference", "lab report 2024-117",
                        "results", Map.of("nitrogen", 62.5, "phosphorus", 11, "potassium", 140, "ph", 8.1,
                                "organicMatter", 1.4)))
                .statusCode(201).body("results.ph", equalTo(8.1f)).body("results.nitrogen", equalTo(62.5f))
                .body("duty.id", equalTo("soil-testing")).body("retention.kind", equalTo("grazing-land-evaluation"))
                .body("retention.clause", equalTo("11.1.2"));
        // Every result is required (major nutrients, pH, organic matter), within its plausible range.
        Duties.post(site, Map.of("type", "soil-test", "subject", Map.of("kind", "land-parcel", "id", "north"),
                        "performedOn", "2024-01-05", "performedBy", "lab",
                        "results", Map.of("nitrogen", 62.5, "ph", 15, "organicMatter", -1)))
                .statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/results/phosphorus", "/results/potassium", "/results/ph",
                        "/results/organicMatter"));
        Duties.post(site, Map.of("type", "soil-test", "subject", Map.of("kind", "land-parcel", "id", "north"),
                "performedOn", "2024-01-05", "performedBy", "lab")).statusCode(400)
                .body("errors[0].pointer", equalTo("/results"));
    }

    @Test
    void rangelandMonitoring_6_16_4_namesWhoTookPart_11_2_4() {
        String site = Api.site(Api.organisation("herder-household"), "nomadic");
        Duties.post(site, Map.of("type", "rangeland-monitoring", "performedOn", "2024-06-01", "performedBy", "Batu",
                        "participants", List.of(Map.of("name", "Batu", "role", "herder"),
                                Map.of("name", "Sumu office", "role", "local-authority"))))
                .statusCode(201).body("participation.met", equalTo(true))
                .body("participation.clause", equalTo("11.2.4"))
                .body("participation.expected", equalTo(List.of("herder", "local-authority")))
                .body("participants.role", equalTo(List.of("herder", "local-authority")))
                .body("duty.id", equalTo("rangeland-monitoring"));
        Duties.post(site, Map.of("type", "rangeland-monitoring", "performedOn", "2024-06-02", "performedBy", "Batu",
                        "participants", List.of(Map.of("name", "Batu", "role", "herder"))))
                .statusCode(201).body("participation.missing", equalTo(List.of("local-authority")))
                .body("participation.met", equalTo(false));
        Duties.post(site, Map.of("type", "rangeland-monitoring", "performedOn", "2024-06-02", "performedBy", "Batu",
                        "participants", List.of(Map.of("name", "Batu", "role", "chief"))))
                .statusCode(400).body("errors[0].pointer", equalTo("/participants/0/role"));
        Duties.post(site, Map.of("type", "rangeland-monitoring", "performedOn", "2024-06-02", "performedBy", "Batu"))
                .statusCode(400).body("errors[0].pointer", equalTo("/participants"));
    }

    @Test
    void aBadRecordIsRefusedWithEveryFieldNamedAndNothingStored() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        long before = db.count("select count(*) from work_record where site_id = ?", UUID.fromString(site));
        Map<String, Object> body = new HashMap<>();
        body.put("type", "hoof-repair");
        body.put("subject", Map.of("kind", "goat-group", "id", "bucks-9"));
        body.put("performedOn", TODAY.plusDays(1).toString());
        body.put("results", Map.of("ph", 7));
        body.put("weather", "fine");
        // The request's own problems and what only the stored data tell (an unregistered subject, a day after
        // today) are answered together: the client mends them all at once.
        Duties.post(site, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:invalid-record"))
                .body("errors.pointer", containsInAnyOrder("/performedBy", "/results", "/weather", "/subject",
                        "/performedOn"))
                .body("errors.rule", containsInAnyOrder("required", "not-applicable", "unknown-field",
                        "unknown-subject", "in-the-future"));
        Duties.post(site, Map.of("type", "trimming", "performedOn", "2024-01-01", "performedBy", "B"))
                .statusCode(400).body("errors[0].rule", equalTo("unknown-record-type"));
        // A hoof repair is about a goat group, not the site; a soil test cannot fulfil a hoof-repair duty.
        Duties.post(site, Map.of("type", "hoof-repair", "performedOn", "2024-01-01", "performedBy", "B"))
                .statusCode(400).body("errors[0].rule", equalTo("subject-kind-not-taken"));
        Duties.post(site, Map.of("type", "hoof-repair", "subject", Map.of("kind", "goat-group", "id", "bucks-1"),
                        "duty", "hoof-repair-housing-does", "performedOn", "2024-01-01", "performedBy", "B"))
                .statusCode(400).body("errors[0].rule", equalTo("duty-mismatch"));
        Duties.post(site, Map.of("type", "other", "performedOn", "2024-01-01", "performedBy", "B"))
                .statusCode(400).body("errors[0].pointer", equalTo("/duty"));
        assertThat(db.count("select count(*) from work_record where site_id = ?", UUID.fromString(site)))
                .isEqualTo(before);
    }

    @Test
    void recordsAreAppendOnly_aCorrectionVoidsTheWrongRecordWhichStays() {
        String site = Api.housingSite();
        Duties.group(site, "bucks-1", "housing-bucks");
        String wrong = Duties.record(site, "hoof-repair", "goat-group", "bucks-1", "2024-02-03");
        String fixed = Duties.post(site, Map.of("type", "hoof-repair", "subject", Map.of("kind", "goat-group", "id",
                        "bucks-1"), "performedOn", "2024-02-13", "performedBy", "Batu", "voids", wrong,
                        "reason", "the date was mistyped"))
                .statusCode(201).body("voids", equalTo(wrong)).extract().path("id");
        given().when().get("/sites/" + site + "/records/" + wrong).then().statusCode(200)
                .body("voidedBy", equalTo(fixed));
        // Voided once only; a reason goes with voids; voids must name a record of this site.
        Duties.post(site, Map.of("type", "hoof-repair", "subject", Map.of("kind", "goat-group", "id", "bucks-1"),
                        "performedOn", "2024-02-13", "performedBy", "Batu", "voids", wrong, "reason", "again"))
                .statusCode(400).body("errors[0].rule", equalTo("already-voided"));
        Duties.post(site, Map.of("type", "hoof-repair", "subject", Map.of("kind", "goat-group", "id", "bucks-1"),
                        "performedOn", "2024-02-13", "performedBy", "Batu", "voids", UUID.randomUUID().toString(),
                        "reason", "x"))
                .statusCode(400).body("errors[0].rule", equalTo("unknown-record"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "duplicate", "performedBy", "Batu"))
                .when().post("/sites/" + site + "/records/" + fixed + "/void").then().statusCode(201)
                .body("type", equalTo("void")).body("voids", equalTo(fixed));
        // A void cannot be voided; said together with what the request itself lacks.
        String theVoid = given().when().get("/sites/" + site + "/records/" + fixed).then().statusCode(200)
                .extract().path("voidedBy");
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/sites/" + site + "/records/" + theVoid + "/void").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:pashm:problem:invalid-void"))
                .body("errors.pointer", containsInAnyOrder("", "/performedBy"))
                .body("errors.rule", containsInAnyOrder("cannot-void-a-void", "required"));
        given().queryParam("voided", "exclude").when().get("/sites/" + site + "/records").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().when().get("/sites/" + site + "/records").then().statusCode(200).body("totalItems", equalTo(3));
        // The database refuses to change or delete a record within its retention (11.1.7).
        assertThatThrownBy(() -> db.execute("update work_record set performed_by = 'x' where id = ?",
                UUID.fromString(wrong))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("delete from work_record where id = ?", UUID.fromString(wrong)))
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyStoresOneRecord() {
        String site = Api.housingSite();
        Map<String, Object> body = Map.of("type", "staff-training", "performedOn", "2024-03-01", "performedBy",
                "Cooperative trainer", "notes", "handling and combing");
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/sites/" + site + "/records").then().statusCode(201).body("duty", nullValue())
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/sites/" + site + "/records").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(db.count("select count(*) from work_record where site_id = ?", UUID.fromString(site))).isEqualTo(1);
    }

    @Inject
    org.pashm.core.registry.Registry registry;

    /**
     * The registry refuses a kind that names a duty nobody declares, or a duty waiting for an event no kind is; this
     * checks the other way round, over HTTP: every duty of every loaded module (plugins included) but a certificate
     * renewal (done by issuing a certificate) has a kind of record that fulfils it by name.
     */
    @Test
    void everyDutyOfTheLoadedModulesHasAKindOfRecordThatFulfilsIt() {
        List<String> fulfilled = given().when().get("/record-kinds").then().statusCode(200).extract().jsonPath()
                .getList("duties.flatten()", String.class);
        registry.duties().stream()
                .filter(d -> registry.certification(d.standard()).map(c -> !c.renewalDuty().equals(d.id())).orElse(true))
                .forEach(d -> assertThat(fulfilled).as(d.id()).contains(d.id()));
    }

    @Test
    void theDutiesCatalogueListsEveryModuleDutyWithItsClauseAndRule() {
        given().when().get("/duties").then().statusCode(200)
                .body("find { it.id == 'hoof-repair-housing-bucks' }.rule", equalTo("every 2 months"))
                .body("find { it.id == 'hoof-repair-housing-bucks' }.subjectClass", equalTo("housing-bucks"))
                .body("find { it.id == 'soil-testing' }.clauses", equalTo(List.of("5.16.5")))
                .body("find { it.id == 'vehicle-inspection' }", notNullValue());
        given().when().get("/duties/no-such-duty").then().statusCode(404).contentType("application/problem+json");
    }
}
