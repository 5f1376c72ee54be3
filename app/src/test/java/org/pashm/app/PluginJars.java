package org.pashm.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pashm.core.spi.StandardModule;

/**
 * Builds plugin jars for tests: compiles Java sources against core (as an integrator would, with core alone on the
 * class path) and packs them with a META-INF/services file. The broken ones are what start-up must refuse.
 */
final class PluginJars {

    static final String SERVICES = "META-INF/services/" + StandardModule.class.getName();

    private PluginJars() {
    }

    /** The example plugins the build copied into target/plugins (kashmina-supplier-code, good-cashmere-standard). */
    static Path examples() {
        Path dir = Path.of(System.getProperty("pashm.it.plugins", "target/plugins"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " is missing: build the plugins first "
                    + "(./mvnw install -pl plugins -am)");
        }
        return dir;
    }

    static Path example(String artifact) {
        try (Stream<Path> files = Files.list(examples())) {
            return files.filter(p -> p.getFileName().toString().startsWith(artifact + "-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + artifact + " jar in " + examples()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example evidence set shipped inside a plugin jar, as a mutable tree. */
    static com.fasterxml.jackson.databind.node.ObjectNode exampleIn(String artifact, String name) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(example(artifact).toFile())) {
            var entry = jar.getEntry("META-INF/pashm/examples/" + name + ".json");
            if (entry == null) {
                throw new IllegalArgumentException("no example " + name + " in " + artifact);
            }
            try (var in = jar.getInputStream(entry)) {
                return (com.fasterxml.jackson.databind.node.ObjectNode) Api.JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code sources} (class name to source) against core into {@code dir/<name>}, with {@code services}
     * as its META-INF/services file (null: none).
     */
    static Path build(Path dir, String name, Map<String, String> sources, String services) {
        try {
            Path src = Files.createTempDirectory(dir, name + "-src");
            Path classes = Files.createTempDirectory(dir, name + "-classes");
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file.toString());
            }
            if (!files.isEmpty()) {
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                        "-classpath", coreLocation().toString(), "-proc:none", "-nowarn"));
                args.addAll(files);
                int rc = javac.run(null, null, null, args.toArray(String[]::new));
                if (rc != 0) {
                    throw new IllegalStateException("the test plugin " + name + " does not compile");
                }
            }
            Path jar = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
                try (Stream<Path> all = Files.walk(classes)) {
                    for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                        zip.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                        zip.write(Files.readAllBytes(p));
                        zip.closeEntry();
                    }
                }
                if (services != null) {
                    zip.putNextEntry(new JarEntry(SERVICES));
                    zip.write(services.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path coreLocation() {
        try {
            return Path.of(StandardModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String IMPORTS = """
            import java.time.LocalDate;
            import java.util.List;
            import org.pashm.core.evaluation.Rules;
            import org.pashm.core.evidence.EvidenceCode;
            import org.pashm.core.evidence.SubjectKind;
            import org.pashm.core.iso22786.Iso22786;
            import org.pashm.core.spi.StandardModule;
            import org.pashm.core.standard.Clause;
            import org.pashm.core.standard.Freedom;
            import org.pashm.core.standard.Standard;
            import org.pashm.core.standard.StandardRef;
            """;

    /** A plugin whose standard numbers two clauses 1.1. */
    static Path duplicateClauses(Path dir) {
        return build(dir, "duplicate-clauses.jar", Map.of("broken.dup.DuplicateClauses", """
                package broken.dup;
                """ + IMPORTS + """
                public class DuplicateClauses implements StandardModule {
                    static final StandardRef REF = StandardRef.of("broken-dup", "1");
                    public List<Standard> standards() {
                        return List.of(new Standard(REF, "Broken", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE));
                    }
                    public List<Clause> clauses() {
                        return List.of(clause(), clause());
                    }
                    static Clause clause() {
                        return Clause.of(REF, "1.1", "Twice").requirement().bothSystems()
                                .freedoms(Freedom.DISCOMFORT).summary("The same number twice.").build();
                    }
                }
                """), "broken.dup.DuplicateClauses\n");
    }

    /** A plugin whose rule reads an evidence code that no module defines. */
    static Path unknownCode(Path dir) {
        return build(dir, "unknown-code.jar", Map.of("broken.code.UnknownCode", """
                package broken.code;
                """ + IMPORTS + """
                public class UnknownCode implements StandardModule {
                    static final StandardRef REF = StandardRef.of("broken-code", "1");
                    static final EvidenceCode NOBODY = EvidenceCode.attestation("nobody.site.thing",
                            "A thing nobody defines", "Not in any vocabulary.", SubjectKind.SITE);
                    public List<Standard> standards() {
                        return List.of(new Standard(REF, "Broken", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE));
                    }
                    public List<Clause> clauses() {
                        return List.of(Clause.of(REF, "1", "Reads a code nobody defines").requirement().bothSystems()
                                .freedoms(Freedom.DISCOMFORT).summary("s").rule(Rules.attested("thing", NOBODY)).build());
                    }
                }
                """), "broken.code.UnknownCode\n");
    }

    /** A plugin whose META-INF/services names a class the jar does not hold. */
    static Path classThatDoesNotLoad(Path dir) {
        return build(dir, "missing-class.jar", Map.of(), "broken.missing.Gone\n");
    }
}
