package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pashm.app.Api;
import org.pashm.app.Chain;
import org.pashm.app.Db;
import org.pashm.app.Tokens;

/**
 * API1:2023 Broken Object Level Authorisation, through the body: a lot names bags by id, and bag ids are not
 * secrets (they stand in EPCIS exports and on public provenance pages). Before this test, organisation B's manager
 * could put organisation A's bag into B's own lot: A's kilograms then counted in B's stock and A could never use its
 * bag again (lots are append-only). A bag goes into a lot only by the hand of someone who may manage its keeper.
 */
@QuarkusTest
class API1_CrossTenantBagInLotTest {

    @Inject
    Db db;

    @Test
    void aManagerOfAnotherOrganisationCannotPutItsBagIntoTheirLot() {
        String t = Chain.unique();
        String[] a = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        String bagOfA = Chain.bag(a[0], Chain.nomadicBag(a[1], "B1-" + t, "28.4", null, List.of()));
        String b = Api.organisation("cooperative");
        String managerOfB = "manager-of-b-" + t;
        grant(b, managerOfB, "manager");

        given().header("Authorization", Tokens.as(managerOfB, "manager")).contentType(ContentType.JSON)
                .body(Map.of("code", "L-B-" + t, "bags", List.of(bagOfA), "aggregatedAt", "2026-05-20T09:00:00Z"))
                .when().post("/organisations/" + b + "/lots")
                .then().statusCode(400).contentType("application/problem+json")
                // Answered exactly like a bag that does not exist, so bag ids cannot be probed.
                .body("errors[0].pointer", equalTo("/bags/0")).body("errors[0].rule", equalTo("unknown-bag"))
                .body("detail", not(containsString("B1-" + t)));

        assertThat(db.count("select count(*) from lot where code = ?", "L-B-" + t)).isZero();
        assertThat(db.count("select count(*) from lot_bag where bag_id = ?::uuid", bagOfA)).isZero();
        assertThat(db.count("select count(*) from custody_ledger where organisation_id = ?::uuid", b)).isZero();
        // A's bag is still A's to sell: its keeper's own manager puts it into a lot of a station.
        String managerOfA = "manager-of-a-" + t;
        grant(a[0], managerOfA, "manager");
        String station = Api.organisation("buying-station");
        grant(station, managerOfA, "manager");
        given().header("Authorization", Tokens.as(managerOfA, "manager")).contentType(ContentType.JSON)
                .body(Map.of("code", "L-A-" + t, "bags", List.of(bagOfA), "aggregatedAt", "2026-05-20T09:00:00Z"))
                .when().post("/organisations/" + station + "/lots").then().statusCode(201)
                .body("quantityKg", equalTo(28.4f));
    }

    @Test
    void aBagInAnotherOrganisationsLotIsNotNamedToAnOutsider() {
        String t = Chain.unique();
        String[] a = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        String bagOfA = Chain.bag(a[0], Chain.nomadicBag(a[1], "B1-" + t, "10", null, List.of()));
        Chain.lot(Api.organisation("buying-station"), "L-A-" + t, List.of(bagOfA));
        String b = Api.organisation("cooperative");
        String managerOfB = "manager-of-b-" + t;
        grant(b, managerOfB, "manager");

        // Before, this answered 409 naming A's bag number and lot code.
        given().header("Authorization", Tokens.as(managerOfB, "manager")).contentType(ContentType.JSON)
                .body(Map.of("code", "L-B-" + t, "bags", List.of(bagOfA)))
                .when().post("/organisations/" + b + "/lots")
                .then().statusCode(400).body("errors[0].rule", equalTo("unknown-bag"))
                .body(not(containsString("L-A-" + t)));
    }

    private static void grant(String organisation, String subject, String role) {
        given().contentType(ContentType.JSON).body(Map.of("subject", subject, "role", role))
                .when().post("/organisations/" + organisation + "/members").then().statusCode(201);
    }
}
