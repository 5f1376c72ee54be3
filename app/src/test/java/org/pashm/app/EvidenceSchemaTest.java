package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /standards/{id}/{edition}/evidence-schema validates the shipped examples, and refuses bad submissions. */
@QuarkusTest
class EvidenceSchemaTest {

    Schema schema;

    @BeforeEach
    void load() {
        String text = given().when().get("/standards/iso-22786/DIS-2025/evidence-schema").then().statusCode(200)
                .extract().asString();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Api.tree(text));
    }

    private List<String> errors(JsonNode submission) {
        List<String> messages = new ArrayList<>();
        for (Error e : schema.validate(submission)) {
            messages.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return messages;
    }

    @Test
    void everyShippedExampleEvidenceSetIsValid() throws IOException {
        // Every example file shipped by any module on the class path.
        List<String> names = ExampleFiles.shipped();
        // The scan finds at least the examples the four modules on the app's class path ship (a scan that finds
        // nothing would validate nothing); a module that adds one has it validated without a change here.
        assertThat(names).contains("housing-farm", "nomadic-household", "transport-journey-and-transition",
                "raw-cashmere-housing");
        for (String name : names) {
            ObjectNode example = Api.example(name);
            assertThat(errors(example)).as(name).isEmpty();
        }
    }

    @Test
    void refusesWhatTheApiRefuses() {
        ObjectNode bad = Api.minimal("00000000-0000-0000-0000-000000000000");
        ((ObjectNode) bad.get("observations").get(0)).put("code", "housing.shelter.nope");
        assertThat(errors(bad)).isNotEmpty();
        ObjectNode wrongType = Api.minimal("00000000-0000-0000-0000-000000000000");
        ((ObjectNode) wrongType.get("observations").get(0)).put("value", "lots");
        assertThat(errors(wrongType)).isNotEmpty();
        ObjectNode implausible = Api.minimal("00000000-0000-0000-0000-000000000000");
        ((ObjectNode) implausible.get("observations").get(0)).put("value", 100000);
        assertThat(errors(implausible)).isNotEmpty();
        ObjectNode noSubject = Api.minimal("00000000-0000-0000-0000-000000000000");
        ((ObjectNode) noSubject.get("observations").get(0)).remove("subject");
        assertThat(errors(noSubject)).isNotEmpty();
        ObjectNode noAssessor = Api.minimal("00000000-0000-0000-0000-000000000000");
        noAssessor.remove("assessor");
        assertThat(errors(noAssessor)).isNotEmpty();
        assertThat(errors(Api.minimal("00000000-0000-0000-0000-000000000000"))).isEmpty();
    }
}
