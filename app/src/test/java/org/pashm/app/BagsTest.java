package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bags registered at harvest (5.26.1, 6.26.1, 5.26.2.4, 5.26.3.2): a bag that breaks a rule is refused naming it. */
@QuarkusTest
class BagsTest {

    @Inject
    Db db;

    long bags(String org) {
        return db.count("select count(*) from bag where organisation_id = ?::uuid", org);
    }

    static ValidatableResponse post(String org, Map<String, Object> bag) {
        return given().contentType(ContentType.JSON).body(bag).when().post("/organisations/" + org + "/bags").then();
    }

    @Test
    void registersAHousingBagWithItsDerivedFinenessClass() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League, Inner Mongolia");
        String id = post(f[0], Chain.housingBag(f[1], "ALX-BH-2026-001", "combed")).statusCode(201)
                .header("Location", startsWith("/bags/")).body("finenessClass", equalTo("fine"))
                .body("markings.'owner-name'", equalTo("text of owner-name")).extract().path("id");
        given().when().get("/bags/" + id).then().statusCode(200).body("number", equalTo("ALX-BH-2026-001"))
                .body("harvestMethod", equalTo("combed"));
    }

    @ParameterizedTest(name = "5.26.1.2 housing bag of {0} kg -> {1}")
    @CsvSource({"30, 201", "30.000, 201", "30.001, 422", "0.5, 201"})
    void aHousingBagHoldsAtMost30Kilograms_5_26_1_2(String kg, int status) {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = Chain.housingBag(f[1], "W-" + kg, "combed");
        bag.put("fibreWeightKg", new java.math.BigDecimal(kg));
        ValidatableResponse r = post(f[0], bag).statusCode(status);
        if (status == 422) {
            r.contentType("application/problem+json").body("errors[0].clause", equalTo("5.26.1.2"))
                    .body("errors[0].rule", equalTo("weight")).body("errors[0].pointer", equalTo("/fibreWeightKg"));
            assertThat(bags(f[0])).isZero();
        }
    }

    @ParameterizedTest(name = "6.26.1.2 nomadic bag of {0} kg -> {1}")
    @CsvSource({"30, 201", "30.001, 422"})
    void aNomadicBagHoldsAtMost30Kilograms_6_26_1_2(String kg, int status) {
        String[] h = Chain.household("Herder " + Chain.unique(), "NM-" + Chain.unique(), "Alxa League");
        ValidatableResponse r = post(h[0], Chain.nomadicBag(h[1], "N-" + kg, kg, null, List.of())).statusCode(status);
        if (status == 422) {
            r.body("errors[0].clause", equalTo("6.26.1.2"));
        }
    }

    @Test
    void syntheticBagsAreRefused_5_26_1_2_and_6_26_1_2() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = Chain.housingBag(f[1], "S-1", "combed");
        bag.put("material", "polypropylene");
        post(f[0], bag).statusCode(422).body("errors.clause", everyItemIs("5.26.1.2"))
                .body("errors.rule", containsInAnyOrder("material", "synthetic"));
        String[] h = Chain.household("Herder " + Chain.unique(), "NM-" + Chain.unique(), "Alxa League");
        Map<String, Object> nb = Chain.nomadicBag(h[1], "P-1", "20", null, List.of());
        nb.put("material", "nylon");
        post(h[0], nb).statusCode(422).body("errors.rule", hasItems("petroleum-based"));
        nb.put("material", "wool");
        post(h[0], nb).statusCode(201);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String v) {
        return org.hamcrest.Matchers.everyItem(equalTo(v));
    }

    @Test
    void nomadicHerdersCombOnly_6_19_1_1_whileHousingFarmsMayShear() {
        String[] h = Chain.household("Herder " + Chain.unique(), "NM-" + Chain.unique(), "Alxa League");
        Map<String, Object> shorn = Chain.nomadicBag(h[1], "SH-1", "20", null, List.of());
        shorn.put("harvestMethod", "shorn");
        post(h[0], shorn).statusCode(422).body("errors[0].clause", equalTo("6.19.1.1"))
                .body("errors[0].pointer", equalTo("/harvestMethod"));
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        post(f[0], Chain.housingBag(f[1], "SH-1", "shorn")).statusCode(201);
    }

    @Test
    void everyMarkingOfTheClauseIsRequired_5_26_1_3() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = Chain.housingBag(f[1], "M-1", "combed");
        @SuppressWarnings("unchecked")
        Map<String, String> m = (Map<String, String>) bag.get("markings");
        m.remove("weighing-person");
        m.put("goat-type", "  ");
        post(f[0], bag).statusCode(422).body("errors[0].clause", equalTo("5.26.1.3"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("weighing person"))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("goat type"));
    }

    @ParameterizedTest(name = "5.26.2.4 graded {0}, measured {1} um -> {2}")
    @CsvSource({"fine, 14.99, 201", "fine, 15, 422", "medium, 15, 201", "medium, 16, 201", "medium, 16.001, 422",
            "coarse, 16.001, 201"})
    void theGradedClassAgreesWithTheMeasuredDiameter_5_26_2_4(String graded, String um, int status) {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = Chain.housingBag(f[1], "F-" + graded + um, "combed");
        bag.put("fineness", graded);
        bag.put("meanFibreDiameterUm", new java.math.BigDecimal(um));
        ValidatableResponse r = post(f[0], bag).statusCode(status);
        if (status == 422) {
            r.body("errors[0].clause", equalTo("5.26.2.4")).body("errors[0].pointer", equalTo("/fineness"));
        }
    }

    @Test
    void aBagNumberIsUniqueAndRequired_5_26_3_2() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        post(f[0], Chain.housingBag(f[1], "U-1", "combed")).statusCode(201);
        post(f[0], Chain.housingBag(f[1], "U-1", "combed")).statusCode(409).body("errors[0].clause", equalTo("5.26.3.2"));
        Map<String, Object> none = Chain.housingBag(f[1], null, "combed");
        none.remove("number");
        post(f[0], none).statusCode(422).body("errors[0].clause", equalTo("5.26.3.2"))
                .body("errors[0].rule", equalTo("unique-number"));
        assertThat(bags(f[0])).isEqualTo(1);
    }

    @Test
    void malformedBagsAre400NamingEveryField() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        Map<String, Object> bag = Chain.housingBag(f[1], "X-1", "plucked");
        bag.put("material", "plastic");
        bag.put("fibreWeightKg", -2);
        bag.put("meanFibreDiameterUm", "fine");
        bag.put("markings", Map.of("fibre-weight", "20 kg", "smell", "good"));
        bag.put("colour", "white");
        bag.put("goats", List.of("NO-SUCH-GOAT"));
        bag.put("harvestedOn", "2999-01-01");
        // What only the stored data and the clock tell (an unknown goat, a harvest in the future) comes in the same
        // answer as the body's own mistakes.
        post(f[0], bag).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:invalid-bag"))
                .body("errors.pointer", containsInAnyOrder("/harvestMethod", "/material", "/fibreWeightKg",
                        "/meanFibreDiameterUm", "/markings/fibre-weight", "/markings/smell", "/colour", "/goats/0",
                        "/harvestedOn"));
        Map<String, Object> wellFormed = Chain.housingBag(java.util.UUID.randomUUID().toString(), "X-2", "combed");
        wellFormed.put("goats", List.of("NO-SUCH-GOAT"));
        wellFormed.put("harvestedOn", "2999-01-01");
        post(f[0], wellFormed).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:invalid-bag"))
                .body("errors.pointer", containsInAnyOrder("/site", "/goats/0", "/harvestedOn"))
                .body("errors.rule", containsInAnyOrder("unknown-site", "unknown-goat", "in-the-future"));
        assertThat(bags(f[0])).isZero();
    }

    @Test
    void theGoatsNamedBecomeTheEarTagMarking() {
        String[] h = Chain.household("Herder " + Chain.unique(), "NM-" + Chain.unique(), "Alxa League");
        Chain.goat(h[0], h[1], "E-1", "female", "adult-doe");
        Chain.goat(h[0], h[1], "E-2", "female", "adult-doe");
        Map<String, Object> bag = Chain.nomadicBag(h[1], "G-1", "20", "14", List.of("E-2", "E-1"));
        post(h[0], bag).statusCode(201).body("goats", contains("E-1", "E-2"))
                .body("markings.'ear-tag-or-id'", equalTo("E-2, E-1"));
        // Without goats and without the marking, 6.26.1.3 is broken.
        Map<String, Object> unmarked = Chain.nomadicBag(h[1], "G-2", "20", "14", List.of());
        ((Map<?, ?>) unmarked.get("markings")).remove("ear-tag-or-id");
        post(h[0], unmarked).statusCode(422)
                .body("errors[0].clause", equalTo("6.26.1.3"));
    }

    @Test
    void bagDataAreKeptPermanently_5_26_3_2() {
        String[] f = Chain.farm("Farm " + Chain.unique(), "Alxa League");
        String id = Chain.bag(f[0], Chain.housingBag(f[1], "K-1", "combed"));
        given().when().delete("/bags/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("clause", equalTo("5.26.3.2")).body("permanent", equalTo(true));
        assertThat(bags(f[0])).isEqualTo(1);
    }
}
