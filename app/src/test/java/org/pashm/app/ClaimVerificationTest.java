package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /lots/{code}/claims/verify: each claim judged against the bags, herders' assessments and harvest methods. */
@QuarkusTest
class ClaimVerificationTest {

    @Inject
    Db db;

    static final Map<String, Object> WELFARE = Map.of("type", "welfare-conformant", "standard", "iso-22786",
            "edition", "DIS-2025", "on", "2026-06-30");

    static ValidatableResponse verify(String lot, List<Map<String, Object>> claims) {
        return given().contentType(ContentType.JSON).body(Map.of("claims", claims))
                .when().post("/lots/" + lot + "/claims/verify").then();
    }

    @Test
    void everyClaimHoldsForAWellRecordedLotThroughItsDehairing() {
        Chain.Built c = Chain.build(db);
        verify(c.dehaired, List.of(Map.of("type", "origin-region", "region", "Alxa League, Inner Mongolia"),
                Map.of("type", "combed-only"), Map.of("type", "fineness-at-most", "um", 14.5),
                Map.of("type", "fineness-class", "class", "fine"), WELFARE, Map.of("type", "traceable-to-goats")))
                .statusCode(200).body("lot", equalTo(c.dehaired)).body("allHold", equalTo(true))
                .body("claims.verdict", everyItemEqual("holds"))
                .body("claims[1].supporting.label", containsInAnyOrder("BAG-A-" + c.tag, "BAG-B-" + c.tag))
                .body("claims[4].supporting.kind", contains("assessment", "assessment"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemEqual(String v) {
        return org.hamcrest.Matchers.everyItem(equalTo(v));
    }

    @Test
    void aLotMixingShornFibreFailsCombedOnly() {
        Chain.Built c = Chain.build(db);
        String[] farm = Chain.farm("Shearing farm " + c.tag, "Alxa League, Inner Mongolia");
        String shorn = Chain.bag(farm[0], Chain.housingBag(farm[1], "SHORN-" + c.tag, "shorn"));
        String combed = Chain.bag(farm[0], Chain.housingBag(farm[1], "COMBED-" + c.tag, "combed"));
        String lot = Chain.lot(c.station, "MIX-" + c.tag, List.of(shorn, combed));
        verify(lot, List.of(Map.of("type", "combed-only"))).statusCode(200).body("allHold", equalTo(false))
                .body("claims[0].verdict", equalTo("fails"))
                .body("claims[0].contradicting.label", contains("SHORN-" + c.tag))
                .body("claims[0].contradicting[0].detail", equalTo("shorn"))
                .body("claims[0].supporting.label", contains("COMBED-" + c.tag));
    }

    @Test
    void aBagFromAHerderWhoseLatestAssessmentHasANonconformityFailsWelfare() {
        Chain.Built c = Chain.build(db);
        String later = Chain.assessment(db, c.herderB[0], c.herderB[1], "2026-06-15", false);
        verify(c.dehaired, List.of(WELFARE)).statusCode(200).body("claims[0].verdict", equalTo("fails"))
                .body("claims[0].contradicting.id", contains(later))
                .body("claims[0].contradicting[0].detail", org.hamcrest.Matchers.startsWith("nonconformant"))
                .body("claims[0].supporting", hasSize(1));
        // The day before that assessment, the claim held.
        verify(c.dehaired, List.of(Map.of("type", "welfare-conformant", "on", "2026-06-14")))
                .body("claims[0].verdict", equalTo("holds"));
    }

    @Test
    void aCorrectedAssessmentCountsInItsCurrentVersionOnly() throws Exception {
        Chain.Built c = Chain.build(db);
        String wrong = Chain.assessment(db, c.herderA[0], c.herderA[1], "2026-06-15", false);
        // A correction (version 2) of the same visit found it conformant after all.
        db.execute("""
                insert into assessment (id, organisation_id, site_id, lineage_id, version, supersedes_id,
                    correction_reason, standard_id, edition, production_system, assessed_on, assessor, overall_result,
                    conformant, submission, observations, report, module_versions)
                select gen_random_uuid(), organisation_id, site_id, lineage_id, 2, id, 'typing mistake', standard_id,
                    edition, production_system, assessed_on, assessor, 'conformant', true, submission, observations,
                    report, module_versions from assessment where id = ?::uuid""", wrong);
        verify(c.dehaired, List.of(WELFARE)).body("claims[0].verdict", equalTo("holds"));
    }

    @Test
    void aSourceNeverAssessedLeavesWelfareUnverified() {
        Chain.Built c = Chain.build(db);
        verify(c.dehaired, List.of(Map.of("type", "welfare-conformant", "on", "2026-04-11")))
                .body("claims[0].verdict", equalTo("unverified"))
                .body("claims[0].lacking[0].kind", equalTo("source"))
                .body("claims[0].lacking[0].id", equalTo(c.herderB[1]));
    }

    @Test
    void originAndFinenessAreJudgedBagByBag() {
        Chain.Built c = Chain.build(db);
        verify(c.lot, List.of(Map.of("type", "origin-region", "region", "Alxa Left Banner"),
                Map.of("type", "fineness-at-most", "um", 14.3), Map.of("type", "fineness-class", "class", "medium")))
                .statusCode(200).body("claims.verdict", contains("fails", "fails", "fails"))
                .body("claims[0].contradicting.label", contains("BAG-B-" + c.tag))
                .body("claims[1].contradicting.label", contains("BAG-B-" + c.tag))
                .body("claims[1].contradicting[0].detail", equalTo("14.4 µm measured (fine)"));
    }

    @Test
    void badClaimsAre400NamingEachAndAnUnknownLotIs404() {
        Chain.Built c = Chain.build(db);
        verify(c.lot, List.of(Map.of("type", "vegan"), Map.of("type", "fineness-at-most", "um", -1),
                Map.of("type", "fineness-class", "class", "superfine"),
                Map.of("type", "welfare-conformant", "standard", "iso-22786", "edition", "1999"),
                Map.of("type", "origin-region"), Map.of("type", "combed-only", "really", true)))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/claims/0/type", "/claims/1/um", "/claims/2/class",
                        "/claims/3/edition", "/claims/4/region", "/claims/5/really"));
        // A standard that is not registered is answered with the claims' shape, in one pass, and alone when the
        // shape is right.
        verify(c.lot, List.of(Map.of("type", "combed-only", "really", true),
                Map.of("type", "welfare-conformant", "standard", "iso-22786", "edition", "1999")))
                .statusCode(400).body("type", equalTo("urn:pashm:problem:invalid-claims"))
                .body("errors.pointer", containsInAnyOrder("/claims/0/really", "/claims/1/edition"))
                .body("errors.rule", containsInAnyOrder("unknown-field", "unknown-standard"));
        verify(c.lot, List.of(Map.of("type", "combed-only"),
                Map.of("type", "welfare-conformant", "standard", "iso-22786", "edition", "1999")))
                .statusCode(400).body("errors.pointer", contains("/claims/1/edition"))
                .body("errors.rule", contains("unknown-standard"));
        verify(c.lot, List.of()).statusCode(400).body("errors[0].pointer", equalTo("/claims"));
        verify("NO-SUCH-LOT", List.of(Map.of("type", "combed-only"))).statusCode(404)
                .contentType("application/problem+json");
    }
}
