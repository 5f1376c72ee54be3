package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The catalogue over real HTTP: standards, clauses with filters, the vocabulary, and their problems. */
@QuarkusTest
class CatalogueResourceTest {

    @Test
    void listsIso22786AndTheModulesThatContributeToIt() {
        given().when().get("/standards").then().statusCode(200)
                .body("find { it.id == 'iso-22786' }.edition", equalTo("DIS-2025"))
                .body("find { it.id == 'iso-22786' }.clauses", greaterThan(5))
                .body("find { it.id == 'iso-22786' }.modules.name", hasItems("org.pashm.core", "org.pashm.housing",
                        "org.pashm.nomadic", "org.pashm.transport", "org.pashm.traceability"))
                .body("find { it.id == 'iso-22786' }.sections.number", hasItems("4", "5", "6", "7", "11"));
    }

    @Test
    void theClauseListHasEntriesFromAllFourSectionModules() {
        given().when().get("/standards/iso-22786/DIS-2025/clauses").then().statusCode(200)
                .body("module", hasItems("org.pashm.housing", "org.pashm.nomadic", "org.pashm.transport",
                        "org.pashm.traceability"))
                .body("number", hasItems("5.3.3", "6.16.5", "7.1.3", "11.1.7"));
    }

    @Test
    void filtersClausesBySectionSystemFreedomAndStrength() {
        given().queryParam("section", "5.3").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(200).body("number", everyItem(startsWith("5.3"))).body("number", hasItem("5.3.3"));
        given().queryParam("system", "nomadic").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(200).body("appliesTo", everyItem(hasItem("nomadic")));
        given().queryParam("strength", "prohibition").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(200).body("strength", everyItem(equalTo("prohibition"))).body("number", hasItem("6.16.5"));
        given().queryParam("freedom", "fear-stress").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(200).body("freedoms.code", everyItem(hasItem("fear-stress")));
    }

    @Test
    void oneClauseWithItsRules() {
        given().when().get("/standards/iso-22786/DIS-2025/clauses/5.3.3").then().statusCode(200)
                .body("title", equalTo("Air quality in the goat shed"))
                .body("strength", equalTo("requirement"))
                .body("appliesTo", equalTo(java.util.List.of("housing")))
                .body("module", equalTo("org.pashm.housing"))
                .body("rules.id", hasItem("ammonia"))
                .body("rules.find { it.id == 'ammonia' }.statement", equalTo("ammonia concentration at most 20 mg/m³"))
                .body("rules.find { it.id == 'ammonia' }.reading", equalTo(null))
                .body("knownConflicts", equalTo(null));
    }

    /** Issue 16: the catalogue names how a wording was read, and where the draft contradicts itself. */
    @Test
    void aClauseNamesItsReadingAndItsKnownConflicts() {
        given().when().get("/standards/iso-22786/DIS-2025/clauses/6.3.1").then().statusCode(200)
                .body("rules.find { it.id == 'shelter-temperature' }.strength", equalTo("requirement"))
                .body("rules.find { it.id == 'shelter-temperature' }.reading.reading", equalTo("R3"))
                .body("rules.find { it.id == 'shelter-temperature' }.reading.wording", equalTo("optimum-shall"))
                .body("knownConflicts[0].clause", equalTo("6.9.1.3"))
                .body("knownConflicts[0].differs",
                        equalTo("the kidding pen is 4 °C to 10 °C in 6.3.1 and 6 °C to 8 °C in 6.9.1.3"));
    }

    @Test
    void anUnknownStandardOrClauseIs404ProblemJson() {
        given().when().get("/standards/iso-22786/FDIS-2099/clauses").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Unknown standard"))
                .body("detail", containsString("iso-22786/FDIS-2099")).body("detail", containsString("iso-22786/DIS-2025"));
        given().when().get("/standards/iso-22786/DIS-2025/clauses/5.99.99").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown clause"))
                .body("detail", containsString("5.99.99"));
    }

    @Test
    void badFilterValuesAre400ProblemJsonNamingTheParameter() {
        given().queryParam("system", "feedlot").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("system")).body("detail", containsString("feedlot"));
        given().queryParam("section", "5..3").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", equalTo("section"));
        given().queryParam("freedom", "joy").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", equalTo("freedom"));
        given().queryParam("strength", "must").when().get("/standards/iso-22786/DIS-2025/clauses").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].parameter", equalTo("strength"));
        given().when().get("/standards/iso-22786/DIS-2025/clauses/five").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("number"));
    }

    @Test
    void anUnknownPathIs404ProblemJsonWithoutAStackTrace() {
        given().when().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void publishesTheVocabulary() {
        given().when().get("/vocabulary").then().statusCode(200)
                .body("codes.code", hasItems("housing.shelter.ammonia", "transport.journey.ramp-gradient"))
                .body("codes.find { it.code == 'housing.shelter.ammonia' }.unit", equalTo("mg/m3"))
                .body("codes.find { it.code == 'housing.shelter.ammonia' }.subjectKinds", equalTo(java.util.List.of("shelter")))
                .body("codes.find { it.code == 'housing.shelter.ammonia' }.module", equalTo("org.pashm.housing"))
                .body("subjectKinds", hasItems("shelter", "journey", "site"));
        given().queryParam("prefix", "transport.").when().get("/vocabulary").then().statusCode(200)
                .body("codes.code", everyItem(startsWith("transport.")));
        given().queryParam("subjectKind", "Not A Kind").when().get("/vocabulary").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("subjectKind"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/standards/{id}/{edition}/clauses"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
