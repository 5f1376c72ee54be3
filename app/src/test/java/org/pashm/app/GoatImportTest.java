package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bulk import of goats from CSV and NDJSON: streamed, checked row by row, all or nothing per file. */
@QuarkusTest
class GoatImportTest {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    Db db;

    static Response upload(String org, String type, String body) {
        return given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/organisations/" + org + "/goats/import");
    }

    long goats(String org) {
        return db.count("select count(*) from goat where organisation_id = ?::uuid", org);
    }

    @Test
    void importsACsvFileAndMergesASecondOne() {
        String[] h = Chain.household("Import herder", "NM-" + Chain.unique(), "Alxa League, Inner Mongolia");
        String csv = "earTag,sex,birthDate,strain,coatColour,category,site\r\n"
                + "CN-1,female,2021-03-20,Alxa white cashmere,white,adult-doe," + h[1] + "\r\n"
                + "CN-2,male,2020-04-02,\"Alxa white cashmere, line 2\",white,stud-buck,\r\n"
                + "\r\n"
                + "CN-3,male,2025-04-10,,,kid,\r\n";
        upload(h[0], CSV, csv).then().statusCode(200).body("format", equalTo("csv")).body("rows", equalTo(3))
                .body("inserted", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        assertThat(goats(h[0])).isEqualTo(3);
        given().queryParam("earTag", "CN-2").when().get("/organisations/" + h[0] + "/goats").then()
                .body("items[0].strain", equalTo("Alxa white cashmere, line 2"));

        // The kid grew up and was castrated; CN-4 is new; CN-1 unchanged: its earlier values go to the history.
        String again = "ear_tag,sex,category,birth_date\n"
                + "CN-3,male,castrated-male,2025-04-10\n"
                + "CN-4,female,kid,2026-04-01\n"
                + "CN-1,female,adult-doe,2021-03-20\n";
        upload(h[0], CSV, again).then().statusCode(200).body("inserted", equalTo(1)).body("updated", equalTo(2))
                .body("unchanged", equalTo(0));
        // CN-1 lost its strain, colour and site (columns absent): that is a change too, and kept in the history.
        assertThat(db.count("select count(*) from goat_history where organisation_id = ?::uuid", h[0])).isEqualTo(2);
        assertThat(db.count("select count(*) from goat_history where organisation_id = ?::uuid and category = 'kid'",
                h[0])).isEqualTo(1);
        upload(h[0], CSV, again).then().statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(3));
        assertThat(goats(h[0])).isEqualTo(4);
        assertThat(db.count("select count(*) from goat_import where organisation_id = ?::uuid", h[0])).isEqualTo(3);
    }

    @Test
    void importsNdjson() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String nd = "{\"earTag\":\"N-1\",\"sex\":\"female\",\"category\":\"unmated-doe\",\"coatColour\":\"brown\"}\n"
                + "\n"
                + "{\"earTag\":\"N-2\",\"sex\":\"male\",\"category\":\"kid\",\"birthDate\":null}\r\n";
        upload(org, NDJSON, nd).then().statusCode(200).body("format", equalTo("ndjson")).body("inserted", equalTo(2));
        given().queryParam("earTag", "N-1").when().get("/organisations/" + org + "/goats").then()
                .body("items[0].coatColour", equalTo("brown"));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryLineFieldAndReason() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        Chain.goat(org, null, "KEEP-1", "female", "adult-doe");
        String csv = "earTag,sex,birthDate,category,site\n"
                + "OK-1,female,2021-03-20,adult-doe,\n"              // line 2: good
                + ",female,2021-03-20,adult-doe,\n"                  // line 3: no ear tag
                + "OK-2,goat,2021-13-40,adult-doe,\n"                // line 4: sex and birth date
                + "OK-3,female,2021-03-20,stud-buck,\n"              // line 5: category does not fit sex
                + "OK-1,female,2021-03-20,adult-doe,\n"              // line 6: ear tag of line 2 again
                + "OK-4,female,2021-03-20\n"                          // line 7: too few fields
                + "OK-5,male,,kid,00000000-0000-0000-0000-000000000000\n"; // line 8: unknown site
        upload(org, CSV, csv).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:pashm:problem:invalid-goat-import")).body("errorCount", equalTo(7))
                .body("errors.line", containsInAnyOrder(3, 4, 4, 5, 6, 7, 8))
                .body("errors.find { it.line == 3 }.field", equalTo("earTag"))
                .body("errors.find { it.line == 3 }.rule", equalTo("required"))
                .body("errors.findAll { it.line == 4 }.field", containsInAnyOrder("sex", "birthDate"))
                .body("errors.find { it.line == 5 }.rule", equalTo("category-sex"))
                .body("errors.find { it.line == 6 }.rule", equalTo("duplicate-ear-tag"))
                .body("errors.find { it.line == 6 }.detail", containsString("line 2"))
                .body("errors.find { it.line == 7 }.rule", equalTo("column-count"))
                .body("errors.find { it.line == 8 }.field", equalTo("site"))
                .body("detail", containsString("nothing was imported"));
        assertThat(goats(org)).isEqualTo(1);
        assertThat(db.count("select count(*) from goat_import where organisation_id = ?::uuid", org)).isZero();
    }

    @Test
    void badNdjsonLinesAreReportedByLineAndField() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String nd = "{\"earTag\":\"N-1\",\"sex\":\"female\",\"category\":\"kid\"}\n"
                + "{\"earTag\":\"N-2\",\"sex\":\"female\"\n"
                + "[1,2]\n"
                + "{\"earTag\":7,\"sex\":\"female\",\"category\":\"kid\",\"horns\":\"2\"}\n";
        upload(org, NDJSON, nd).then().statusCode(400).body("errorCount", equalTo(4))
                .body("errors[0].line", equalTo(2)).body("errors[0].rule", equalTo("malformed-json"))
                .body("errors[1].line", equalTo(3)).body("errors[1].rule", equalTo("wrong-type"))
                .body("errors.findAll { it.line == 4 }.field", containsInAnyOrder("earTag", "horns"));
        assertThat(goats(org)).isZero();
    }

    /** A line is bound as strictly as a single registration: what that refuses, the import refuses the same way. */
    @Test
    void anNdjsonLineIsJudgedAsASingleRegistrationIs() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        String nd = "{\"earTag\":\"N-1\",\"sex\":\"female\",\"category\":\"kid\",\"strain\":\"Alxa\\u0000\"}\n"
                + "{\"earTag\":\"N-2\",\"sex\":\"female\",\"category\":\"kid\"} {}\n"
                + "{\"earTag\":\"N-3\",\"sex\":\"female\",\"category\":\"kid\",\"site\":\"nowhere\"}\n";
        upload(org, NDJSON, nd).then().statusCode(400).body("errorCount", equalTo(3))
                .body("errors.find { it.line == 1 }.field", equalTo("strain"))
                .body("errors.find { it.line == 1 }.rule", equalTo("invalid-character"))
                .body("errors.find { it.line == 2 }.rule", equalTo("malformed-json"))
                .body("errors.find { it.line == 3 }.field", equalTo("site"))
                .body("errors.find { it.line == 3 }.rule", equalTo("unknown-site"));
        assertThat(goats(org)).isZero();
    }

    @Test
    void aBadHeaderRefusesTheFile() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        upload(org, CSV, "earTag,sex,sex,colour\nA,female,female,white\n").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sex", "colour", "category"))
                .body("errors.line", everyItem(equalTo(1)));
        upload(org, CSV, "").then().statusCode(400).body("errors[0].rule", equalTo("no-header"));
        upload(org, CSV, "earTag,sex,category\n").then().statusCode(400).body("errors[0].rule", equalTo("no-goats"));
        upload(org, CSV, "earTag,sex,category\n\"A,female,kid\n").then().statusCode(400)
                .body("errors[0].rule", equalTo("malformed"));
    }

    @Test
    void theReportListsAtMostTheConfiguredNumberOfErrorsButCountsThemAll() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        StringBuilder csv = new StringBuilder("earTag,sex,category\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("E-").append(i).append(",female,buck\n");
        }
        upload(org, CSV, csv.toString()).then().statusCode(400).body("errorCount", equalTo(1500))
                .body("errorsListed", equalTo(1000)).body("errors", hasSize(1000));
    }

    @Test
    void otherMediaTypesAreRefused() {
        String org = Chain.organisation("farm", "Farm " + Chain.unique());
        given().contentType("application/json").body(Map.of("earTag", "x")).when()
                .post("/organisations/" + org + "/goats/import").then().statusCode(415)
                .contentType("application/problem+json");
        upload("00000000-0000-0000-0000-000000000000", CSV, "earTag,sex,category\nA,male,kid\n").then().statusCode(404);
    }

    /**
     * A streamed body larger than the 16M backstop of ordinary requests (sent chunked, without Content-Length) is
     * read record by record: 300 000 goats, about 18 MB.
     */
    @Test
    void aLargeFileIsStreamed() {
        String org = Chain.organisation("cooperative", "Coop " + Chain.unique());
        int n = 300_000;
        InputStream body = new InputStream() {
            final byte[] header = "earTag,sex,birthDate,strain,coatColour,category\n".getBytes(StandardCharsets.US_ASCII);
            byte[] current = header;
            int pos;
            int row;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (row == n) {
                        return -1;
                    }
                    current = ("CN-152921-" + String.format("%07d", row++) + ",female,2021-03-20,Alxa white cashmere,"
                            + "white,adult-doe\n").getBytes(StandardCharsets.US_ASCII);
                    pos = 0;
                }
                return current[pos++];
            }
        };
        given().contentType(CSV).body(body).when().post("/organisations/" + org + "/goats/import").then()
                .statusCode(200).body("rows", equalTo(n)).body("inserted", equalTo(n));
        assertThat(goats(org)).isEqualTo(n);
    }
}
