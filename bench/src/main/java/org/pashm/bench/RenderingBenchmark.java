package org.pashm.bench;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;
import org.pashm.core.text.Keys;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/**
 * Puts the housing-farm example's report (evaluated once) into words, as the app does when a report is read: every
 * finding's sentence with its subject, its rule's statement, every fact's name and value, every clause's and
 * section's title, the Five Freedoms and the overall result, in English ({@link #english}) and in Simplified Chinese
 * ({@link #chinese}), once as a report read again (its sentences said before, as most of a farm's findings are
 * from one assessment to the next) and once as a first reading ({@link #chineseFirstReading}: nothing said
 * before). The JSON writing around it is the app's, and not measured here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RenderingBenchmark {

    private Report report;
    private Renderer english;
    private Renderer chinese;

    @Setup
    public void setUp() {
        var registry = org.pashm.core.registry.Registry.load();
        ExampleSet example = ExampleSet.load(RenderingBenchmark.class, "housing-farm");
        Vocabulary.Validation v = registry.vocabulary().validate(example.observations());
        report = registry.evaluate(DIS_2025, ProductionSystem.HOUSING, example.assessedOn(), v.observations());
        Languages languages = Languages.load(registry.providers());
        english = languages.english();
        chinese = languages.exactly("zh-Hans");
    }

    @Benchmark
    public void english(Blackhole out) {
        render(english, out);
    }

    @Benchmark
    public void chinese(Blackhole out) {
        render(chinese, out);
    }

    /** The first reading: no sentence of the report was said before (the renderer's memo is emptied first). */
    @Benchmark
    public void englishFirstReading(Blackhole out) {
        english.forget();
        render(english, out);
    }

    @Benchmark
    public void chineseFirstReading(Blackhole out) {
        chinese.forget();
        render(chinese, out);
    }

    private void render(Renderer say, Blackhole out) {
        say.begin();
        out.consume(say.say(report.overall().explanation()));
        out.consume(say.say(report.decisionRule()));
        for (Report.ClauseSummary c : report.clauses()) {
            out.consume(say.text(Keys.title(report.standard(), c.number())));
        }
        for (Report.SectionSummary s : report.sections()) {
            out.consume(say.text(Keys.title(report.standard(), s.number())));
        }
        for (Report.FreedomSummary f : report.freedoms()) {
            out.consume(say.text(Keys.freedomTitle(f.freedom())));
        }
        for (Finding f : report.findings()) {
            out.consume(say.explain(f));
            out.consume(say.text(Keys.statement(report.standard(), f.clause(), f.rule())));
            for (Fact fact : f.facts()) {
                out.consume(say.factName(fact));
                out.consume(say.factValue(fact));
            }
        }
    }
}
