package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pashm.app.problem.Problem;

/**
 * Reads an error answer strictly into the one problem model: a member that is neither one of {@link Problem}'s, nor
 * of its errors, nor one of the extension members the README lists, fails the read; so does a rule code that is not
 * in {@link org.pashm.app.problem.Rule}.
 */
public final class ProblemAnswers {

    /** The extension members of the README's "Errors" section, written here by hand, not read from the code. */
    public static final Set<String> EXTENSIONS = Set.of("balance", "clause", "retention", "recordedOn",
            "retentionEndsOn", "permanent", "voidedBy", "productionSystem", "kind", "expected", "errorCount",
            "errorsListed");

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProblemAnswers() {
    }

    /** The problem of {@code r}, an answer to a request for {@code path}; fails unless it is one. */
    public static Problem read(Response r, String path) {
        String what = path + " -> " + r.statusCode() + " " + r.asString();
        assertThat(r.statusCode()).as(what).isBetween(400, 599);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
        JsonNode tree;
        Problem p;
        Map<String, Object> extensions = new LinkedHashMap<>();
        try {
            tree = STRICT.readTree(r.asString());
            assertThat(tree.isObject()).as(what).isTrue();
            for (String member : EXTENSIONS) {
                JsonNode v = ((ObjectNode) tree).remove(member);
                if (v != null) {
                    extensions.put(member, STRICT.treeToValue(v, Object.class));
                }
            }
            p = STRICT.treeToValue(tree, Problem.class);
        } catch (Exception e) {
            throw new AssertionError("not the one problem model: " + what, e);
        }
        assertThat(p.status()).as(what).isEqualTo(r.statusCode());
        assertThat(p.type()).as(what).startsWith("urn:pashm:problem:");
        assertThat(p.title()).as(what).isNotBlank();
        assertThat(p.detail()).as(what).isNotBlank();
        assertThat(p.instance()).as(what).isEqualTo(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        if (p.errors() != null) {
            assertThat(p.errors()).as(what).isNotEmpty().allSatisfy(e -> {
                assertThat(e.detail()).as(what).isNotBlank();
                assertThat(e.pointer() != null || e.parameter() != null || e.line() != null)
                        .as(what + ": an error names where it is").isTrue();
            });
        }
        return new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.errors(), extensions);
    }
}
