package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No new dependency cycle between the app's feature packages ({@code org.pashm.app.X}, sub-packages counted as
 * their feature: {@code traceability.lots} is {@code traceability}).
 *
 * <p>The dependencies are read from the compiled classes ({@code target/classes}) with the JDK's {@code jdeps}, so
 * every use counts, imported or written out in full, and nothing in a comment does. A dependency A -> B is <em>on a
 * cycle</em> when B also reaches A. Issue 15 found cycles already (organisation, site, security and assessment,
 * mostly through static helpers of {@code OrganisationsResource}); they are listed in {@link #BASELINE}, which may
 * only shrink: the test fails when a dependency on a cycle appears that is not listed, and when a listed one is gone
 * (remove it from the list, so that it cannot come back unnoticed).
 */
class PackageCyclesTest {

    /**
     * The feature dependencies on a cycle that are tolerated: none. Issue 15 found ten (organisation, site, security
     * and assessment, mostly through static helpers of {@code OrganisationsResource}); they were broken by moving
     * those helpers to {@code web.FieldErrors}, letting {@code security.Access} read the two tables it needs itself,
     * and serving {@code /organisations/{id}/sites} and {@code /sites/{id}/assessments} from the site and assessment
     * features.
     */
    static final Set<String> BASELINE = Set.of();

    static final String APP = "org.pashm.app.";
    static final Pattern DEPENDENCY = Pattern.compile("^\\s*(org\\.pashm\\.app\\.\\S+)\\s+->\\s+(org\\.pashm\\.app\\.\\S+)");

    /** The app's class-to-class dependencies, as jdeps reads them from the compiled classes. */
    static Map<String, Set<String>> classDependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(
                () -> new AssertionError("jdeps is not in this JDK (the tests must run on a full JDK)"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "-verbose:class", "-filter:none", "-e", "org\\.pashm\\.app\\..*", classes.toString());
        assertThat(rc).as("jdeps: " + err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, Set<String>> deps = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher m = DEPENDENCY.matcher(line);
            if (m.find()) {
                deps.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return deps;
    }

    /** The feature a class belongs to: the first package name below {@code org.pashm.app}. */
    static String feature(String className) {
        String rest = className.substring(APP.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "(org.pashm.app)" : rest.substring(0, dot);
    }

    /** Feature -> features it uses (itself left out), with the class dependencies behind each edge. */
    static Map<String, Map<String, Set<String>>> featureGraph(Map<String, Set<String>> classes) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        classes.forEach((from, tos) -> {
            String a = feature(from);
            graph.computeIfAbsent(a, k -> new TreeMap<>());
            for (String to : tos) {
                String b = feature(to);
                if (!a.equals(b)) {
                    graph.get(a).computeIfAbsent(b, k -> new TreeSet<>())
                            .add(from.substring(APP.length()) + " -> " + to.substring(APP.length()));
                }
            }
        });
        return graph;
    }

    /** Whether {@code target} can be reached from {@code start} along the graph's edges. */
    static boolean reaches(Map<String, ? extends Map<String, ?>> graph, String start, String target) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                Map<String, ?> tos = graph.get(next);
                if (tos != null) {
                    todo.addAll(tos.keySet());
                }
            }
        }
        return false;
    }

    /** Every edge {@code A -> B} of the graph such that B reaches A back: the edges that lie on some cycle. */
    static Set<String> edgesOnCycles(Map<String, ? extends Map<String, ?>> graph) {
        Set<String> onCycles = new TreeSet<>();
        graph.forEach((a, tos) -> tos.keySet().stream().filter(b -> reaches(graph, b, a))
                .forEach(b -> onCycles.add(a + " -> " + b)));
        return onCycles;
    }

    @Test
    void theEdgesOnCyclesOfAGraphAreFoundAndNoOthers() {
        // a <-> b, b -> c -> d -> b (a longer cycle through b), d -> e, e alone; f -> f is no edge between features.
        Map<String, Map<String, Object>> graph = Map.of(
                "a", Map.of("b", 1),
                "b", Map.of("a", 1, "c", 1),
                "c", Map.of("d", 1),
                "d", Map.of("b", 1, "e", 1),
                "e", Map.of());
        assertThat(edgesOnCycles(graph)).containsExactly("a -> b", "b -> a", "b -> c", "c -> d", "d -> b");
        assertThat(edgesOnCycles(Map.of("a", Map.of("b", 1), "b", Map.of("c", 1), "c", Map.of()))).isEmpty();
        assertThat(feature("org.pashm.app.traceability.lots.LotService$Row")).isEqualTo("traceability");
        assertThat(feature("org.pashm.app.Main")).isEqualTo("(org.pashm.app)");
    }

    @Test
    void noDependencyCycleBetweenFeaturePackagesBeyondTheBaseline() {
        Path classes = Path.of("target/classes");
        assertThat(classes.resolve("org/pashm/app")).as("the compiled app").isDirectory();
        Map<String, Map<String, Set<String>>> graph = featureGraph(classDependencies(classes));
        assertThat(graph).as("features read from " + classes.toAbsolutePath()).containsKeys("organisation", "site");
        Set<String> found = edgesOnCycles(graph);

        Set<String> added = new TreeSet<>(found);
        added.removeAll(BASELINE);
        assertThat(added).as("feature dependencies that make a new package cycle, with the classes behind them:\n"
                + added.stream().map(e -> {
                    String[] ab = e.split(" -> ");
                    return e + ":\n      " + String.join("\n      ", graph.get(ab[0]).get(ab[1]));
                }).collect(Collectors.joining("\n"))).isEmpty();

        Set<String> gone = new TreeSet<>(BASELINE);
        gone.removeAll(found);
        assertThat(gone).as("cycles broken since the baseline: remove these lines from BASELINE").isEmpty();
    }
}
