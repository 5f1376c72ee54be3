package org.pashm.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.internal.Iso22786General;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;

class RegistryTest {

    @Test
    void discoversCoresOwnProviderWithTheServiceLoader() {
        Registry registry = Registry.load();
        assertThat(registry.standards()).extracting(s -> s.ref().toString()).contains("iso-22786/DIS-2025");
        assertThat(registry.clause(DIS_2025, ClauseNumber.of("4.1"))).get()
                .satisfies(c -> assertThat(c.freedoms()).containsExactlyInAnyOrder(Freedom.values()));
        assertThat(registry.newestEdition("iso-22786")).get().extracting(s -> s.ref()).isEqualTo(DIS_2025);
        assertThat(registry.modules()).extracting(ModuleInfo::name).contains("org.pashm.core");
    }

    @Test
    void answersCatalogueQueries() {
        Registry registry = Registry.of(List.of(new Iso22786General(), new Fixture()));
        assertThat(registry.clauses(DIS_2025)).extracting(c -> c.number().toString())
                .containsExactly("4.1", "5.3.2", "5.3.3", "5.25.7", "6.16.5");
        assertThat(registry.clauses(DIS_2025, new ClauseFilter(ClauseNumber.of("5"), null, null, null))).hasSize(3);
        assertThat(registry.clauses(DIS_2025, new ClauseFilter(null, ProductionSystem.NOMADIC, null, null)))
                .extracting(c -> c.number().toString()).containsExactly("4.1", "6.16.5");
        assertThat(registry.clauses(DIS_2025, new ClauseFilter(null, null, Freedom.FEAR_STRESS, Strength.PROHIBITION)))
                .extracting(c -> c.number().toString()).containsExactly("6.16.5");
        assertThat(registry.vocabulary().defines("fixture.shelter.ammonia")).isTrue();
        assertThat(registry.owner("fixture.shelter.ammonia")).get().extracting(ModuleInfo::provider)
                .isEqualTo(Fixture.class.getName());
        assertThat(registry.contributor(registry.clause(DIS_2025, ClauseNumber.of("5.3.3")).orElseThrow()).provider())
                .isEqualTo(Fixture.class.getName());
    }

    /** A module whose only fault is the one the test gives it. */
    private static final class BrokenModule implements StandardModule {
        private final List<EvidenceCode> codes;
        private final List<Clause> clauses;

        BrokenModule(List<EvidenceCode> codes, Clause... clauses) {
            this.codes = codes;
            this.clauses = List.of(clauses);
        }

        @Override
        public List<Clause> clauses() {
            return clauses;
        }

        @Override
        public List<EvidenceCode> vocabulary() {
            return codes;
        }

        @Override
        public String name() {
            return "broken.module";
        }
    }

    private static final String BROKEN = "broken.module (" + BrokenModule.class.getName() + ")";

    private static StandardModule module(List<EvidenceCode> codes, Clause... clauses) {
        return new BrokenModule(codes, clauses);
    }

    private static Clause.Builder clause(String number) {
        return Clause.of(DIS_2025, number, "t").requirement().housing().freedoms(Freedom.DISCOMFORT).summary("s");
    }

    @Test
    void failsFastOnADuplicateClauseNumberNamingBothModules() {
        StandardModule dup = module(List.of(), clause("5.3.3").build());
        assertThatThrownBy(() -> Registry.of(List.of(new Iso22786General(), new Fixture(), dup)))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(BROKEN + ": clause 5.3.3 of iso-22786/DIS-2025 is already defined by "
                        + "org.pashm.core (" + Fixture.class.getName() + ")");
    }

    @Test
    void failsFastOnAnEvaluatorReadingACodeNobodyDefines() {
        EvidenceCode undefined = EvidenceCode.quantity("nobody.shelter.x", "x", "m", "0", "1", "x", SubjectKind.SHELTER);
        StandardModule bad = module(List.of(),
                clause("5.99").rule(Rules.atMost("x", undefined, Value.Quantity.of("1", "m"))).build());
        assertThatThrownBy(() -> Registry.of(List.of(new Iso22786General(), bad)))
                .hasMessageContaining(BROKEN + ": clause 5.99 of iso-22786/DIS-2025: rule 'x' reads evidence code "
                        + "nobody.shelter.x that no module defines");
    }

    @Test
    void failsFastOnAClauseWithoutAFreedomAndOnAnUnknownStandard() {
        Clause noFreedom = Clause.of(DIS_2025, "5.98", "t").requirement().housing().summary("s").build();
        Clause elsewhere = Clause.of(StandardRef.of("nobody", "1"), "1", "t").requirement().housing()
                .freedoms(Freedom.DISCOMFORT).summary("s").build();
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class,
                () -> Registry.of(List.of(new Iso22786General(), module(List.of(), noFreedom, elsewhere))));
        // Problems come check by check, in the order of RegistryChecks.ALL: the standard before the freedoms.
        assertThat(e.problems()).containsExactly(
                BROKEN + ": clause 1 of nobody/1 belongs to a standard no module defines",
                BROKEN + ": clause 5.98 of iso-22786/DIS-2025 serves none of the five freedoms");
    }

    @Test
    void failsFastOnACodeDefinedByTwoModules() {
        StandardModule twice = module(List.of(Fixture.AMMONIA));
        assertThatThrownBy(() -> Registry.of(List.of(new Iso22786General(), new Fixture(), twice)))
                .hasMessageContaining(BROKEN + ": evidence code fixture.shelter.ammonia is already defined by");
    }

    @Test
    void failsFastOnAnAdviceClauseHoldingARequirement() {
        Clause advice = Clause.of(DIS_2025, "5.97", "t").advice().housing().freedoms(Freedom.DISCOMFORT).summary("s")
                .rule(Rules.atMost("a", Fixture.AMMONIA, Value.Quantity.of("1", "mg/m3")).strength(Strength.REQUIREMENT))
                .build();
        assertThatThrownBy(() -> Registry.of(List.of(new Iso22786General(), new Fixture(), module(List.of(), advice))))
                .hasMessageContaining("rule 'a' is REQUIREMENT inside a ADVICE clause");
    }

    @Test
    void failsFastOnAProviderClassThatDoesNotLoad(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StandardModule.class.getName()), "com.example.MissingStandard\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> Registry.load(loader)).isInstanceOf(RegistryException.class)
                    .hasMessageContaining("com.example.MissingStandard");
        }
    }

    @Test
    void withAddsModulesAndChecksThemAgainAsAWhole() {
        Registry iso = Registry.of(List.of(new Iso22786General()));
        Registry both = iso.with(List.of(new Fixture()));
        assertThat(both.clause(DIS_2025, ClauseNumber.of("5.3.3"))).isPresent();
        assertThat(both.modules()).extracting(ModuleInfo::provider)
                .containsExactly(Iso22786General.class.getName(), Fixture.class.getName());
        // The first registry is unchanged.
        assertThat(iso.clause(DIS_2025, ClauseNumber.of("5.3.3"))).isEmpty();
        assertThat(iso.modules()).hasSize(1);
        // A module that clashes with one already in the registry is refused as Registry.of refuses it.
        StandardModule dup = module(List.of(), clause("5.3.3").build());
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class,
                () -> both.with(List.of(dup)));
        assertThat(e.problems()).containsExactly(BROKEN + ": clause 5.3.3 of iso-22786/DIS-2025 is already defined "
                + "by org.pashm.core (" + Fixture.class.getName() + ")");
    }

    @Test
    void fromLoaderNamesEveryProviderThatDoesNotLoadAtOnce(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StandardModule.class.getName()),
                "com.example.MissingStandard\ncom.example.AlsoMissing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class,
                    () -> Registry.fromLoader(java.util.ServiceLoader.load(StandardModule.class, loader)));
            assertThat(e.problems()).containsExactly(
                    StandardModule.class.getName() + ": Provider com.example.MissingStandard not found",
                    StandardModule.class.getName() + ": Provider com.example.AlsoMissing not found");
        }
    }
}
