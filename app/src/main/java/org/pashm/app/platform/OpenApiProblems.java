package org.pashm.app.platform;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.pashm.app.idempotency.IdempotencyService;

/**
 * Documents the error answers every operation can give, with the one problem model of the API
 * ({@code application/problem+json}, schema {@code Problem}): 400 (a bad parameter or body), 401 and 403 (for
 * operations that need a token), 404 (for paths that name an object), 413 and 415 (for operations that take a
 * body), 429 (for writes: the rate limit), 500, 503 (the database unreachable); and, for operations that take an
 * {@code Idempotency-Key}, its 409 (the key's first request still running) and 422 (the key used for another
 * request), added to what the operation says of those statuses itself. What only some
 * operations answer (404, 409, 422) each operation declares itself with {@code @APIResponse}; those are given the
 * problem body here too.
 */
public class OpenApiProblems implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema("FieldError", fieldError());
        components.addSchema("Problem", problem());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        unwrapReceived(openAPI, components);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(path.getKey().contains("{"), entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * A {@code Received<XRequest>} body is {@code XRequest} as far as a client can tell ({@code @JsonUnwrapped} gives
     * it the same members): the document names it so, instead of {@code ReceivedXRequest}.
     */
    private static void unwrapReceived(OpenAPI openAPI, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new java.util.HashMap<>();
        for (String name : java.util.List.copyOf(components.getSchemas().keySet())) {
            if (name.startsWith("Received") && name.length() > "Received".length()) {
                String plain = name.substring("Received".length());
                if (!components.getSchemas().containsKey(plain)) {
                    components.addSchema(plain, components.getSchemas().get(name));
                }
                components.removeSchema(name);
                renamed.put("#/components/schemas/" + name, "#/components/schemas/" + plain);
            }
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                        || operation.getRequestBody().getContent().getMediaTypes() == null) {
                    continue;
                }
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null && renamed.containsKey(media.getSchema().getRef())) {
                        media.getSchema().setRef(renamed.get(media.getSchema().getRef()));
                    }
                });
            }
        }
    }

    private static void document(boolean namesAnObject, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean takesABody = operation.getRequestBody() != null;
        add(responses, "400", "Bad request: a parameter or the body breaks a rule; errors names each");
        if (secured) {
            add(responses, "401", "No bearer token, or one that is not valid");
            add(responses, "403", "The caller's role does not allow this");
        }
        if (namesAnObject) {
            // An identifier in the path that names nothing, or something of an organisation the caller does not act
            // for (the two are answered alike, so that identifiers cannot be probed).
            add(responses, "404", "Not found: nothing with that identifier that the caller may see");
        }
        if (takesABody) {
            add(responses, "413", "The body is larger than the limit");
            add(responses, "415", "The body is not of a media type the operation takes");
        }
        if (write) {
            add(responses, "429", "Too many writes: retry after Retry-After seconds");
        }
        add(responses, "500", "Something went wrong on the server; the answer carries an incident id");
        // Every operation that reads or writes stored data; listing it on the few that do not (the catalogue) is
        // harmless, leaving it off one that does would not be.
        add(responses, "503", "The database cannot be reached just now; nothing was stored, retry after Retry-After "
                + "seconds");
        if (takesAnIdempotencyKey(operation)) {
            extend(responses, "409", "A request with the same Idempotency-Key is still being processed "
                    + "(idempotency-key-in-use); retry it later");
            extend(responses, "422", "The Idempotency-Key was used for a different request (idempotency-key-reused); "
                    + "a new request takes a new key");
        }
        // Errors an operation declared itself (404, 409, 422, ...) answer with the problem model too.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
            }
        });
        operation.setResponses(responses);
    }

    /** Documents {@code code} unless the operation did; the loop in {@link #document} gives either the problem body. */
    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Documents {@code code} with {@code description}, or adds it to what the operation said of that status. */
    private static void extend(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            add(responses, code, description);
            return;
        }
        APIResponse response = responses.getAPIResponse(code);
        String own = response.getDescription();
        if (own == null || own.isBlank()) {
            response.setDescription(description);
        } else if (!own.contains(description)) {
            response.setDescription(own + "; or: " + description);
        }
    }

    private static boolean takesAnIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p ->
                p.getIn() == Parameter.In.HEADER && IdempotencyService.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every error answer. Further members (extensions) "
                        + "may follow at the top level.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("a URI naming the kind of problem, e.g. urn:pashm:problem:invalid-site"))
                .addProperty("title", string("a short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("what was wrong, for people"))
                .addProperty("instance", string("the path that answered"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One bad part of a request: a body member (pointer), a parameter, or a line and field of "
                        + "an uploaded file")
                .addRequired("rule")
                .addProperty("pointer", string("a JSON pointer into the body (RFC 6901)"))
                .addProperty("parameter", string("the query or path parameter, or the header"))
                .addProperty("line", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("field", string("the column or member of that line"))
                .addProperty("clause", string("the clause of the standard that sets the rule"))
                .addProperty("rule", string("a rule code; the README's Errors section lists them"))
                .addProperty("detail", string("a sentence for the person who sent it"));
    }
}
