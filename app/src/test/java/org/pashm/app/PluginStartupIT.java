package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app (target/quarkus-app, as an operator runs it) started as a process with a plugins directory: with
 * the example plugin it serves the supplier code and evaluates an assessment against it, with no rebuild; with
 * broken plugins it does not start, and its output names each jar and its problem.
 */
class PluginStartupIT {

    static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    /** A started app and everything it printed. */
    record Run(Process process, List<String> output) {
        String text() {
            return String.join("\n", output);
        }
    }

    static Run start(Path plugins) throws IOException {
        return start(plugins, Map.of());
    }

    /** The packaged app with {@code settings} (environment variables) over the tests' own. */
    static Run start(Path plugins, Map<String, String> settings) throws IOException {
        Path app = Path.of(System.getProperty("pashm.it.app", "target/quarkus-app/quarkus-run.jar"));
        assertThat(app).as("the packaged app").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", app.toString()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PASHM_PLUGINS_DIR", plugins.toString());
        env.put("PASHM_PORT", "0");
        // The packaged app trusts the tests' key pair, so that the test can sign its tokens.
        env.put("PASHM_JWT_KEYS", Path.of("src/test/resources/test-keys/public.pem").toAbsolutePath()
                .toString());
        env.put("PASHM_DB_URL", System.getenv().getOrDefault("PASHM_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/pashm_test"));
        env.put("PASHM_DB_POOL_MAX", "4");
        env.putAll(settings);
        Process process = pb.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output closed: " + e + ")");
            }
        }, "pashm-it-output");
        reader.setDaemon(true);
        reader.start();
        return new Run(process, output);
    }

    static void stop(Run run) throws InterruptedException {
        run.process().destroy();
        if (!run.process().waitFor(30, TimeUnit.SECONDS)) {
            run.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void brokenPluginsStopTheStartWithTheirJarsAndProblemsNamed(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path duplicate = PluginJars.duplicateClauses(plugins);
        Path unknown = PluginJars.unknownCode(plugins);
        Path missing = PluginJars.classThatDoesNotLoad(plugins);
        Run run = start(plugins);
        try {
            assertThat(run.process().waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
            Thread.sleep(200); // the last lines
            String out = run.text();
            assertThat(run.process().exitValue()).as(out).isNotZero();
            assertThat(out).contains("Standard modules could not be loaded")
                    .contains("plugin " + duplicate.toAbsolutePath() + ": broken.dup.DuplicateClauses: clause 1.1 of "
                            + "broken-dup/1 is already defined by broken.dup.DuplicateClauses")
                    .contains("plugin " + unknown.toAbsolutePath() + ": broken.code.UnknownCode: clause 1 of "
                            + "broken-code/1: rule 'thing' reads evidence code nobody.site.thing that no module defines")
                    .contains("plugin " + missing.toAbsolutePath() + ": provider broken.missing.Gone does not load: "
                            + "the class is not in the jar (ClassNotFoundException)")
                    .doesNotContain("Listening on");
        } finally {
            stop(run);
        }
    }

    @Test
    void theExamplePluginDroppedInIsServedAndAssessedAgainstWithoutARebuild(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(PluginJars.example("kashmina-supplier-code"), plugins.resolve("kashmina-supplier-code.jar"));
        Run run = start(plugins);
        try {
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (port < 0 && System.nanoTime() < deadline && run.process().isAlive()) {
                for (String line : run.output()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port = Integer.parseInt(m.group(1));
                    }
                }
                Thread.sleep(200);
            }
            assertThat(port).as(run.text()).isPositive();
            assertThat(run.text()).contains("Standard module org.pashm.kashmina 0.1.0-SNAPSHOT loaded from plugin "
                    + "kashmina-supplier-code.jar");
            String base = "http://localhost:" + port;
            String admin = "Bearer " + Tokens.sign("plugin-it-admin", java.util.Set.of("admin"));
            given().baseUri(base).when().get("/standards").then().statusCode(200)
                    .body("id", hasItems("iso-22786", "kashmina-supplier-code"))
                    .body("find { it.id == 'kashmina-supplier-code' }.modules[0].plugin",
                            equalTo("kashmina-supplier-code.jar"));
            String org = given().baseUri(base).header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "IT farm " + System.nanoTime(), "kind", "farm"))
                    .when().post("/organisations").then().statusCode(201).extract().path("id");
            String site = given().baseUri(base).header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "IT site", "productionSystem", "housing", "region", "Alxa League"))
                    .when().post("/organisations/" + org + "/sites").then().statusCode(201).extract().path("id");
            String assessment = given().baseUri(base).header("Authorization", admin).contentType(ContentType.JSON)
                    .body(PluginJars.exampleIn("kashmina-supplier-code", "kashmina-supplier").toString())
                    .when().post("/sites/" + site + "/assessments").then().statusCode(201)
                    .body("standard", equalTo("kashmina-supplier-code")).body("result", equalTo("not-approved"))
                    .extract().path("id");
            given().baseUri(base).header("Authorization", admin).when().get("/assessments/" + assessment + "/report").then().statusCode(200)
                    .body("overall.explanation", startsWith("Not approved as a supplier: requirements not met in "
                            + "working conditions (1.2)"));
        } finally {
            stop(run);
        }
    }
}
