package org.pashm.bench;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
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
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.Observation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;

/**
 * Evaluates the shipped housing-farm example through the registry, as the app does for every assessment: once
 * from validated observations ({@link #evaluate}), and once from the raw submission including validation and unit
 * conversion ({@link #validateAndEvaluate}). The registry (all five modules, discovered with the ServiceLoader on
 * the class path) is loaded once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EvaluationBenchmark {

    private Registry registry;
    private ExampleSet example;
    private List<Observation> observations;

    @Setup
    public void setUp() {
        registry = Registry.load();
        example = ExampleSet.load(EvaluationBenchmark.class, "housing-farm");
        Vocabulary.Validation v = registry.vocabulary().validate(example.observations());
        if (!v.isValid()) {
            throw new IllegalStateException("the housing example is not valid: " + v.problems());
        }
        observations = v.observations();
        registry.evaluator(DIS_2025, ProductionSystem.HOUSING);
    }

    @Benchmark
    public Report evaluate() {
        return registry.evaluate(DIS_2025, ProductionSystem.HOUSING, example.assessedOn(), observations);
    }

    @Benchmark
    public Report validateAndEvaluate() {
        Vocabulary.Validation v = registry.vocabulary().validate(example.observations());
        return registry.evaluate(DIS_2025, ProductionSystem.HOUSING, example.assessedOn(), v.observations());
    }
}
