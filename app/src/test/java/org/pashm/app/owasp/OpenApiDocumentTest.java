package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.Db;
import org.pashm.app.World;

/**
 * Issue 15 item 8: {@code /q/openapi} describes the API truly. The document is valid OpenAPI 3 for a real validator
 * (swagger-parser), no request body is described by Jackson's tree types, and every status an operation of
 * {@link Endpoints#ALL} was seen to answer (as its right caller, without a token, in a role without the function, as
 * another organisation, with a body that is not what it takes) is among the statuses its operation documents.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @jakarta.inject.Inject
    Db db;

    static World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = new World(db);
        }
    }

    private static String document() {
        return given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
    }

    private static OpenAPI parsed(List<String> messages) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document(), null, options);
        if (result.getMessages() != null) {
            messages.addAll(result.getMessages());
        }
        assertThat(result.getOpenAPI()).as("the parsed document; messages: " + messages).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsValidOpenApi3() {
        List<String> messages = new ArrayList<>();
        OpenAPI api = parsed(messages);
        assertThat(messages).as("swagger-parser's validation messages").isEmpty();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    @Test
    void aReceivedRequestIsDescribedAsTheRequest() {
        OpenAPI api = parsed(new ArrayList<>());
        io.swagger.v3.oas.models.media.Schema<?> schema = api.getPaths().get("/organisations/{organisation}/goats")
                .getPost().getRequestBody().getContent().get("application/json").getSchema();
        assertThat(schema.get$ref()).isEqualTo("#/components/schemas/GoatRequest");
        assertThat(api.getComponents().getSchemas()).noneSatisfy((name, s) -> assertThat(name).startsWith("Received"));
        schema = api.getComponents().getSchemas().get("GoatRequest");
        assertThat(schema.getProperties()).containsKeys("earTag", "sex", "category").doesNotContainKeys("bound",
                "problems");
    }

    @Test
    void noBodyIsDescribedByJacksonsTreeTypes() {
        OpenAPI api = parsed(new ArrayList<>());
        Set<String> tree = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            operation.getRequestBody().getContent().values().forEach(media -> {
                io.swagger.v3.oas.models.media.Schema<?> schema = media.getSchema();
                if (schema != null && schema.get$ref() != null) {
                    schema = api.getComponents().getSchemas().get(schema.get$ref().replace("#/components/schemas/", ""));
                }
                // A JsonNode parameter shows up as a schema with Jackson's node flags (nodeType, containerNode, ...).
                // Received<XRequest> must be described as XRequest, not as the wrapper's members.
                if (schema != null && schema.getProperties() != null) {
                    assertThat(schema.getProperties()).as(method + " " + path).doesNotContainKeys("bound", "problems");
                }
                if (schema != null && schema.getProperties() != null
                        && (schema.getProperties().containsKey("nodeType")
                        || schema.getProperties().containsKey("containerNode"))) {
                    tree.add(method + " " + path);
                }
            });
        }));
        assertThat(tree).as("request bodies described by Jackson's tree types").isEmpty();
    }

    @Test
    void everyStatusAnOperationAnswersIsDocumented() {
        OpenAPI api = parsed(new ArrayList<>());
        Set<String> undocumented = new TreeSet<>();
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            Operation operation = operation(api, e.method(), e.path());
            if (operation == null) {
                undocumented.add(e + ": no operation in the document");
                continue;
            }
            Set<String> documented = operation.getResponses() == null ? Set.of() : operation.getResponses().keySet();
            List<Response> answers = new ArrayList<>();
            answers.add(Calls.call(e, world, world.member(e.owner(), e.roles().stream().filter(r -> !r.equals("admin"))
                    .findFirst().orElse("manager"))));
            answers.add(Calls.call(e, world, null));
            for (String role : new String[] {"manager", "auditor", "brand"}) {
                if (!e.roles().contains(role)) {
                    answers.add(Calls.call(e, world, world.member(e.owner(), role)));
                    break;
                }
            }
            if (e.owner() != World.Party.NONE) {
                answers.add(Calls.call(e, world, world.managerOfB()));
            }
            if (e.body() != null && e.contentType().equals("application/json")) {
                answers.add(given().header("Authorization", world.member(e.owner(), "manager"))
                        .contentType(e.contentType()).body("{\"notAField\": true}")
                        .when().request(e.method(), world.path(e.path())));
            }
            for (Response r : answers) {
                String status = Integer.toString(r.statusCode());
                if (!documented.contains(status) && !documented.contains("default")) {
                    undocumented.add(e + " answered " + status);
                }
            }
        }
        assertThat(undocumented).as("statuses answered but not documented").isEmpty();
    }

    /**
     * An operation that takes an {@code Idempotency-Key} can answer the key's own 409 and 422
     * ({@code IdempotencyKeysOfOneCallerTest} and {@code AssessmentIdempotencyTest} make them happen): each says so, whatever
     * else the operation answers with those statuses. And the creations the README sends keys with take one.
     */
    @Test
    void theIdempotencyAnswersAreDocumentedWhereAKeyIsTaken() {
        OpenAPI api = parsed(new ArrayList<>());
        Set<String> keyed = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean takesAKey = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && "Idempotency-Key".equalsIgnoreCase(p.getName()));
            if (!takesAKey) {
                return;
            }
            keyed.add(method + " " + path);
            var responses = operation.getResponses();
            if (!responses.containsKey("409")
                    || !responses.get("409").getDescription().contains("idempotency-key-in-use")) {
                missing.add(method + " " + path + " 409");
            }
            if (!responses.containsKey("422")
                    || !responses.get("422").getDescription().contains("idempotency-key-reused")) {
                missing.add(method + " " + path + " 422");
            }
        }));
        assertThat(keyed).contains("POST /assessments", "POST /sites/{site}/records",
                "POST /organisations/{organisation}/shipments");
        assertThat(missing).as("idempotency answers not documented").isEmpty();
    }

    /** The document's operation for a method and an endpoint's path template ({orgA} matches {id}). */
    private static Operation operation(OpenAPI api, String method, String template) {
        String wanted = template.replaceAll("\\{[^}]+}", "{}");
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            if (p.getKey().replaceAll("\\{[^}]+}", "{}").equals(wanted)) {
                return p.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
            }
        }
        return null;
    }
}
