package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: one stored report read in English and in Simplified Chinese. The findings are stored as data; each
 * reader's words are put together when the report is read, and Content-Language says which language they are in.
 * The expected sentences are written here by hand.
 */
@QuarkusTest
class ReportLanguagesTest {

    private static final String DOES_SHED = "findings.find { it.clause == '5.2.2.1' && it.rule == 'space-per-goat' "
            + "&& it.subject.id == 'doe-shed-2' }";

    private static String assessment;

    /** The housing example, submitted once for all the tests (over HTTP, so not before the app is up). */
    private static synchronized String assessment() {
        if (assessment == null) {
            assessment = given().contentType(ContentType.JSON).header("Prefer", "return=minimal")
                    .body(Api.example("housing-farm").put("site", Api.housingSite()).toString())
                    .when().post("/assessments").then().statusCode(201).extract().path("id");
        }
        return assessment;
    }

    private static Response report(String acceptLanguage, String lang) {
        var request = given();
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        if (lang != null) {
            request = request.queryParam("lang", lang);
        }
        return request.when().get("/assessments/" + assessment() + "/report");
    }

    @Test
    void aNonconformityReadsInEnglish() {
        Response r = report(null, null);
        r.then().statusCode(200).header("Content-Language", "en")
                .body(DOES_SHED + ".outcome", equalTo("nonconformity"))
                .body(DOES_SHED + ".explanation", equalTo("Shelter doe-shed-2: 145 m² for 100 goats (1.45 m² per "
                        + "goat on average) is less than the 150 m² their categories need."));
    }

    @Test
    void theSameNonconformityReadsInChineseForAReaderWhoAsksForChinese() {
        Response r = report("zh-CN,zh;q=0.9,en;q=0.5", null);
        r.then().statusCode(200).header("Content-Language", "zh-Hans")
                .body(DOES_SHED + ".outcome", equalTo("nonconformity"))
                .body(DOES_SHED + ".explanation", equalTo("羊舍 doe-shed-2：145平方米供100只羊使用（平均每只1.45平方米），"
                        + "少于各类别所需的150平方米。"))
                .body("freedoms.find { it.code == 'hunger-thirst' }.title", equalTo("免受饥渴和营养不良的自由"))
                .body("overall.explanation", org.hamcrest.Matchers.startsWith("4个条款存在不符合项："));
        JsonPath zh = r.jsonPath();
        // Every title and sentence of the report is Chinese: no English text was left for a reader of Chinese.
        assertThat(zh.getList("clauses.title", String.class)).allMatch(ReportLanguagesTest::hasChinese);
        assertThat(zh.getList("findings.explanation", String.class)).allMatch(ReportLanguagesTest::hasChinese);
        assertThat(zh.getList("findings.statement", String.class)).allMatch(ReportLanguagesTest::hasChinese);
    }

    @Test
    void theVerdictsAndFactsAreTheSameInEveryLanguage() {
        JsonPath en = report("en", null).jsonPath();
        JsonPath zh = report(null, "zh-Hans").jsonPath();
        assertThat(zh.getList("findings.outcome")).isEqualTo(en.getList("findings.outcome"));
        assertThat(zh.getList("findings.rule")).isEqualTo(en.getList("findings.rule"));
        assertThat(zh.getList("findings.facts.name")).isEqualTo(en.getList("findings.facts.name"));
        assertThat(zh.getList("clauses.tally")).isEqualTo(en.getList("clauses.tally"));
        assertThat(zh.getString("overall.result")).isEqualTo(en.getString("overall.result"));
    }

    @Test
    void langOverridesAcceptLanguageAndALanguageNotSpokenIsAnsweredInEnglishSayingSo() {
        report("zh-CN", "en").then().statusCode(200).header("Content-Language", "en");
        report(null, "mn").then().statusCode(200).header("Content-Language", "en")
                .body(DOES_SHED + ".explanation", org.hamcrest.Matchers.startsWith("Shelter doe-shed-2: "));
        report(null, "not a tag!").then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("lang"));
    }

    @Test
    void theCsvOfTheFindingsIsInTheLanguageAskedFor() {
        String csv = given().accept("text/csv").header("Accept-Language", "zh-Hans").when()
                .get("/assessments/" + assessment() + "/report").then().statusCode(200)
                .header("Content-Language", "zh-Hans").extract().asString();
        assertThat(csv).contains("羊舍 doe-shed-2：145平方米供100只羊使用");
    }

    @Test
    void aProblemsTitleIsInTheReadersLanguageAndItsDetailSaysItIsStillEnglish() {
        String unknown = java.util.UUID.randomUUID().toString();
        given().header("Accept-Language", "zh-CN").when().get("/assessments/" + unknown + "/report").then()
                .statusCode(404).contentType("application/problem+json").header("Content-Language", "zh-Hans, en")
                .body("title", equalTo("评估不存在")).body("type", equalTo("urn:pashm:problem:unknown-assessment"));
        given().header("Accept-Language", "zh-Hans").queryParam("versions", "bogus").when().get("/assessments")
                .then().statusCode(400).body("title", equalTo("参数“versions”无效"))
                .body("errors.parameter", hasItem("versions"));
        // An English reader gets the problem as it was made.
        given().when().get("/assessments/" + unknown + "/report").then().statusCode(404)
                .body("title", equalTo("Unknown assessment"));
    }

    private static boolean hasChinese(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
