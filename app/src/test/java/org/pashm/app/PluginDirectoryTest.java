package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pashm.app.platform.PluginDirectory;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.RegistryException;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.StandardRef;

/**
 * Loading standard modules from a plugins directory, without Quarkus: the example plugins load beside the app's own
 * modules; every broken plugin is refused with a message that names its jar and the problem.
 */
class PluginDirectoryTest {

    static List<StandardModule> builtIn() {
        List<StandardModule> found = new ArrayList<>();
        ServiceLoader.load(StandardModule.class, PluginDirectoryTest.class.getClassLoader()).forEach(found::add);
        return found;
    }

    static PluginDirectory.Result load(Path dir) {
        return PluginDirectory.load(dir, builtIn(), StandardModule.class.getClassLoader());
    }

    static List<String> problems(Path dir) {
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class, () -> load(dir));
        return e.problems();
    }

    @Test
    void theExamplePluginsLoadBesideTheAppsModulesAndOtherFilesAreIgnored(@TempDir Path dir) throws Exception {
        Files.copy(PluginJars.example("kashmina-supplier-code"), dir.resolve("kashmina.jar"));
        Files.copy(PluginJars.example("good-cashmere-standard"), dir.resolve("gcs.jar"));
        Files.writeString(dir.resolve("README.txt"), "not a plugin");
        Files.createDirectories(dir.resolve("old"));
        PluginDirectory.Result r = load(dir);
        assertThat(r.plugins()).extracting(PluginDirectory.Plugin::fileName).containsExactly("gcs.jar", "kashmina.jar");
        assertThat(r.registry().standard(StandardRef.of("kashmina-supplier-code", "1"))).isPresent();
        assertThat(r.registry().standard(StandardRef.of("iso-22786", "DIS-2025"))).isPresent();
        assertThat(r.registry().modules()).extracting(ModuleInfo::name).contains("org.pashm.kashmina",
                "org.pashm.goodcashmere", "org.pashm.housing");
        // The plugin's classes come from its jar, through a loader of its own, not from the app's class path.
        StandardModule kashmina = r.plugins().get(1).modules().get(0);
        assertThat(kashmina.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        assertThat(kashmina.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("kashmina.jar");
        assertThatThrownBy(() -> Class.forName(kashmina.getClass().getName())).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void anEmptyDirectoryLoadsTheAppsModulesAlone(@TempDir Path dir) {
        PluginDirectory.Result r = load(dir);
        assertThat(r.plugins()).isEmpty();
        assertThat(r.registry().standards()).extracting(s -> s.ref().id()).containsExactly("iso-22786");
    }

    @Test
    void duplicateClauseNumbersNameTheJarAndTheClause(@TempDir Path dir) {
        Path jar = PluginJars.duplicateClauses(dir);
        assertThat(problems(dir)).singleElement().asString()
                .startsWith("plugin " + jar.toAbsolutePath() + ": broken.dup.DuplicateClauses: clause 1.1 of "
                        + "broken-dup/1 is already defined by broken.dup.DuplicateClauses");
    }

    @Test
    void anEvaluatorReadingACodeNobodyDefinesNamesTheJarAndTheCode(@TempDir Path dir) {
        Path jar = PluginJars.unknownCode(dir);
        assertThat(problems(dir)).containsExactly("plugin " + jar.toAbsolutePath() + ": broken.code.UnknownCode: "
                + "clause 1 of broken-code/1: rule 'thing' reads evidence code nobody.site.thing that no module "
                + "defines");
    }

    @Test
    void aClassThatDoesNotLoadNamesTheJarAndTheClass(@TempDir Path dir) {
        Path jar = PluginJars.classThatDoesNotLoad(dir);
        assertThat(problems(dir)).containsExactly("plugin " + jar.toAbsolutePath() + ": provider broken.missing.Gone "
                + "does not load: the class is not in the jar (ClassNotFoundException)");
    }

    @Test
    void everyBrokenPluginIsReportedAtOnceAndNothingIsLoaded(@TempDir Path dir) throws Exception {
        PluginJars.duplicateClauses(dir);
        PluginJars.unknownCode(dir);
        PluginJars.classThatDoesNotLoad(dir);
        Files.copy(PluginJars.example("kashmina-supplier-code"), dir.resolve("kashmina.jar"));
        assertThat(problems(dir)).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("plugin " + dir.toAbsolutePath()));
    }

    @Test
    void aJarWithoutAProviderOrNotAJarAtAllIsRefused(@TempDir Path dir) throws Exception {
        Path empty = PluginJars.build(dir, "empty.jar", Map.of(), null);
        Path garbage = dir.resolve("garbage.jar");
        Files.writeString(garbage, "this is not a zip file");
        assertThat(problems(dir)).containsExactly(
                "plugin " + empty.toAbsolutePath() + ": provides no standard module: it has no "
                        + "META-INF/services/org.pashm.core.spi.StandardModule naming its StandardModule class",
                "plugin " + garbage.toAbsolutePath() + ": is not a readable jar file (zip END header not found)");
    }

    @Test
    void aProviderThatIsNoStandardModuleOrCannotBeMadeIsRefused(@TempDir Path dir) {
        PluginJars.build(dir, "odd.jar", Map.of(
                "odd.NotAModule", "package odd; public class NotAModule {}",
                "odd.NoDefaultConstructor", """
                        package odd;
                        public class NoDefaultConstructor implements org.pashm.core.spi.StandardModule {
                            public NoDefaultConstructor(String s) {}
                            public java.util.List<org.pashm.core.standard.Clause> clauses() { return java.util.List.of(); }
                        }""",
                "odd.Throws", """
                        package odd;
                        public class Throws implements org.pashm.core.spi.StandardModule {
                            public Throws() { throw new IllegalStateException("no configuration"); }
                            public java.util.List<org.pashm.core.standard.Clause> clauses() { return java.util.List.of(); }
                        }"""), "odd.NotAModule\nodd.NoDefaultConstructor\nodd.Throws\n");
        String jar = "plugin " + dir.resolve("odd.jar").toAbsolutePath() + ": provider ";
        assertThat(problems(dir)).containsExactly(
                jar + "odd.NotAModule does not implement org.pashm.core.spi.StandardModule",
                jar + "odd.NoDefaultConstructor has no public no-argument constructor",
                jar + "odd.Throws could not be made: its constructor threw java.lang.IllegalStateException: "
                        + "no configuration");
    }

    @Test
    void aCrosswalkToAClauseIso22786DoesNotHaveNamesTheJar(@TempDir Path dir) {
        Path jar = PluginJars.build(dir, "bad-crosswalk.jar", Map.of("bad.Walk", """
                package bad;
                import java.time.LocalDate;
                import java.util.List;
                import org.pashm.core.crosswalk.Crosswalk;
                import org.pashm.core.crosswalk.Relation;
                import org.pashm.core.iso22786.Iso22786;
                import org.pashm.core.standard.*;
                public class Walk implements org.pashm.core.spi.StandardModule {
                    static final StandardRef REF = StandardRef.of("bad-walk", "1");
                    public List<Standard> standards() {
                        return List.of(new Standard(REF, "t", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE));
                    }
                    public List<Clause> clauses() {
                        return List.of(Clause.of(REF, "1", "Water").requirement().bothSystems()
                                .freedoms(Freedom.HUNGER_THIRST).summary("s").build());
                    }
                    public List<Crosswalk> crosswalks() {
                        return List.of(Crosswalk.from(REF).to(Iso22786.DIS_2025)
                                .map("1", Relation.EQUAL, "why", "5.14.99").build());
                    }
                }"""), "bad.Walk\n");
        assertThat(problems(dir)).containsExactly("plugin " + jar.toAbsolutePath() + ": bad.Walk: crosswalk from "
                + "bad-walk/1 to iso-22786/DIS-2025: requirement 1 maps to 5.14.99, but iso-22786/DIS-2025 has no "
                + "clause or heading 5.14.99");
    }

    @Test
    void twoPluginsThatConflictAreNamedWithTheirJars(@TempDir Path dir) throws Exception {
        Files.copy(PluginJars.example("kashmina-supplier-code"), dir.resolve("a.jar"));
        Files.copy(PluginJars.example("kashmina-supplier-code"), dir.resolve("b.jar"));
        List<String> problems = problems(dir);
        String kashmina = "org.pashm.kashmina (org.pashm.kashmina.KashminaSupplierCode)";
        assertThat(problems).contains(kashmina + ": standard kashmina-supplier-code/1 is already defined by "
                + kashmina);
        assertThat(problems.get(problems.size() - 1)).isEqualTo("the plugins in " + dir.toAbsolutePath()
                + " that conflict: a.jar (org.pashm.kashmina); b.jar (org.pashm.kashmina)");
    }

    @Test
    void aPathThatIsNotADirectoryIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plugins"), "a file");
        assertThatThrownBy(() -> load(file)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("PASHM_PLUGINS_DIR (pashm.plugins.dir) is '" + file.toAbsolutePath()
                        + "', which is not a directory");
    }

    @Test
    void theGuidesTemplateModuleLoadsAsADroppedInPlugin(@TempDir Path dir) throws Exception {
        // docs/writing-a-standard-module.md walks through this module: it must keep compiling against core and fit.
        Path template = Path.of("../docs/standard-module-template/src/main");
        Path jar = PluginJars.build(dir, "shepherd-code.jar", Map.of("com.example.shepherd.ShepherdCode",
                Files.readString(template.resolve("java/com/example/shepherd/ShepherdCode.java"))),
                Files.readString(template.resolve("resources/META-INF/services/" + StandardModule.class.getName())));
        PluginDirectory.Result r = load(dir);
        assertThat(r.plugins()).extracting(p -> p.jar()).containsExactly(jar);
        StandardRef code = StandardRef.of("shepherd-code", "2026");
        assertThat(r.registry().clauses(code)).hasSize(2);
        assertThat(r.registry().crosswalk(code, StandardRef.of("iso-22786", "DIS-2025"))).isPresent();
    }

    @Test
    void aJarWhoseModuleInfoAndServicesFileDisagreeIsRefused(@TempDir Path dir) throws Exception {
        // The Kashmina jar, with a second provider listed in META-INF/services but not in its module-info.
        Path extra = PluginJars.build(Files.createDirectories(dir.resolve("build")), "extra.jar", Map.of(
                "org.pashm.kashmina.Extra", """
                        package org.pashm.kashmina;
                        public class Extra implements org.pashm.core.spi.StandardModule {
                            public java.util.List<org.pashm.core.standard.Clause> clauses() { return java.util.List.of(); }
                        }"""), null);
        Path jar = dir.resolve("kashmina-edited.jar");
        try (var in = new java.util.jar.JarFile(PluginJars.example("kashmina-supplier-code").toFile());
             var add = new java.util.jar.JarFile(extra.toFile());
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                out.write(e.getName().equals(PluginJars.SERVICES)
                        ? "org.pashm.kashmina.KashminaSupplierCode\norg.pashm.kashmina.Extra\n".getBytes()
                        : in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new java.util.jar.JarEntry("org/pashm/kashmina/Extra.class"));
            out.write(add.getInputStream(add.getEntry("org/pashm/kashmina/Extra.class")).readAllBytes());
            out.closeEntry();
        }
        assertThat(problems(dir)).containsExactly("plugin " + jar.toAbsolutePath() + ": registers its providers "
                + "differently in module-info and META-INF/services: org.pashm.core.spi.StandardModule: module-info "
                + "provides [org.pashm.kashmina.KashminaSupplierCode] but META-INF/services lists "
                + "[org.pashm.kashmina.Extra, org.pashm.kashmina.KashminaSupplierCode]");
    }
}
