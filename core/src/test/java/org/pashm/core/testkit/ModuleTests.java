package org.pashm.core.testkit;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.CatalogueTable;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.text.BundleFiles;
import org.pashm.core.text.Texts;

/**
 * What every section module's tests do the same way: evaluate evidence through the real registry (discovered with
 * the ServiceLoader), pick out the findings of one rule, and check the committed clause table.
 */
public final class ModuleTests {

    private ModuleTests() {
    }

    /** Validates then evaluates against ISO 22786 DIS-2025; invalid evidence fails the test with every problem. */
    public static Report evaluate(Registry registry, ProductionSystem system, LocalDate assessedOn,
                                  List<RawObservation> raw) {
        Vocabulary.Validation v = registry.vocabulary().validate(raw);
        if (!v.isValid()) {
            throw new AssertionError("the evidence is not valid: " + v.problems());
        }
        return registry.evaluate(DIS_2025, system, assessedOn, v.observations());
    }

    /** The findings of one rule of one clause, in subject order. */
    public static List<Finding> findings(Report report, String clause, String rule) {
        return report.findings().stream()
                .filter(f -> f.clause().toString().equals(clause) && f.rule().equals(rule)).toList();
    }

    /** The clauses one module contributes to ISO 22786 DIS-2025. */
    public static List<Clause> clausesOf(Registry registry, String moduleName) {
        return registry.clauses(DIS_2025).stream()
                .filter(c -> registry.contributor(c).name().equals(moduleName)).toList();
    }

    /**
     * Regenerates the module's clause table and compares it with {@code docs/clauses.md}; returns null when current,
     * else the message to fail with.
     */
    public static String staleClauseTable(Registry registry, String moduleName, String title, String introduction) {
        String table = CatalogueTable.markdown(title, introduction, clausesOf(registry, moduleName));
        return CatalogueTable.staleness(Path.of("docs/clauses.md"), table);
    }

    /**
     * Checks the module's message bundles: {@code en.properties} is what the module's code says (rewritten with
     * -Dpashm.regenerate=true) and every other language gives exactly its keys. Returns the problems, empty when
     * all is current.
     */
    public static List<String> staleBundles(Registry registry, String moduleName) {
        StandardModule module = registry.providers().stream().filter(m -> m.name().equals(moduleName)).findFirst()
                .orElseThrow(() -> new AssertionError("no module " + moduleName + " is loaded"));
        return BundleFiles.check(moduleName, Texts.of(module));
    }
}
