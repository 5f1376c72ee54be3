package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /lots/{code}/epcis is valid against GS1's official EPCIS 2.0 JSON Schema (src/test/resources/epcis). */
@QuarkusTest
class EpcisExportTest {

    static Schema schema;

    @Inject
    Db db;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = EpcisExportTest.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Api.JSON.readTree(in));
        }
    }

    static List<String> errors(JsonNode doc) {
        List<String> messages = new ArrayList<>();
        for (Error e : schema.validate(doc)) {
            messages.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return messages;
    }

    @Test
    void theChainOfCustodyIsAValidEpcis2Document() {
        Chain.Built c = Chain.build(db);
        String text = given().when().get("/lots/" + c.dehaired + "/epcis").then().statusCode(200)
                .contentType("application/ld+json").extract().asString();
        JsonNode doc = Api.tree(text);
        assertThat(errors(doc)).isEmpty();
        List<String> types = new ArrayList<>();
        doc.get("epcisBody").get("eventList").forEach(e -> types.add(e.get("type").asText()
                + (e.has("bizStep") ? "/" + e.get("bizStep").asText() : "")));
        // Two harvests, the aggregation, shipping and receiving to the dehairer, the dehairing, then to the brand.
        assertThat(types).containsExactly("ObjectEvent/commissioning", "ObjectEvent/commissioning",
                "AggregationEvent/packing", "ObjectEvent/shipping", "ObjectEvent/receiving",
                "TransformationEvent/commissioning", "ObjectEvent/shipping", "ObjectEvent/receiving");
        JsonNode harvest = doc.get("epcisBody").get("eventList").get(0);
        assertThat(harvest.get("certificationInfo")).hasSize(1);
        assertThat(harvest.get("certificationInfo").get(0).asText()).startsWith("urn:pashm:assessment:");
        assertThat(harvest.get("ilmd").get("pashm:harvestMethod").asText()).isEqualTo("combed");
        JsonNode aggregation = doc.get("epcisBody").get("eventList").get(2);
        assertThat(aggregation.get("certificationInfo")).hasSize(2);
        assertThat(aggregation.get("childEPCs")).hasSize(2);
        JsonNode dehairing = doc.get("epcisBody").get("eventList").get(5);
        assertThat(dehairing.get("outputQuantityList").get(0).get("quantity").decimalValue())
                .isEqualByComparingTo("21.06");
        assertThat(dehairing.get("ilmd").get("pashm:yieldPercent").decimalValue()).isEqualByComparingTo("52");
    }

    @Test
    void theSchemaCatchesABrokenDocument() {
        Chain.Built c = Chain.build(db);
        JsonNode doc = Api.tree(given().when().get("/lots/" + c.lot + "/epcis").then().statusCode(200)
                .extract().asString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("epcisBody").get("eventList").get(0))
                .put("action", "MAYBE").remove("eventTimeZoneOffset");
        assertThat(errors(doc)).isNotEmpty();
        given().when().get("/lots/NO-SUCH-LOT/epcis").then().statusCode(404);
    }

    @Test
    void aHarvestFromANonconformantSourceCarriesNoCertification() {
        Chain.Built c = Chain.build(db);
        String[] h = Chain.household("Herder " + c.tag + " C", "NM-C" + c.tag, "Alxa League");
        Chain.assessment(db, h[0], h[1], "2026-04-01", false);
        String bag = Chain.bag(h[0], Chain.nomadicBag(h[1], "C-" + c.tag, "10", null, List.of()));
        Chain.lot(c.station, "C-" + c.tag, List.of(bag));
        JsonNode doc = Api.tree(given().when().get("/lots/C-" + c.tag + "/epcis").then().statusCode(200)
                .extract().asString());
        assertThat(errors(doc)).isEmpty();
        assertThat(doc.get("epcisBody").get("eventList").get(0).has("certificationInfo")).isFalse();
    }
}
