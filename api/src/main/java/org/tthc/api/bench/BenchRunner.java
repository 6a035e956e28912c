package org.tthc.api.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs benchmarks one after the other: set-up, warm-up runs, measured runs, tear-down. A benchmark that fails is
 * reported as failed with its error and the others go on; its dependants have no ratio.
 */
public final class BenchRunner {
    private final int warmups;
    private final int repeats;
    private final Consumer<String> progress;

    public BenchRunner(int warmups, int repeats, Consumer<String> progress) {
        if (warmups < 0 || repeats < 1) {
            throw new IllegalArgumentException("warm-up runs must be ≥ 0 and measured runs ≥ 1, were " + warmups
                    + " and " + repeats);
        }
        this.warmups = warmups;
        this.repeats = repeats;
        this.progress = progress;
    }

    /** One benchmark's outcome: its measurement, or the error that stopped it. */
    public record Outcome(Benchmark benchmark, Measurement measurement, String error) {
        public boolean measured() {
            return measurement != null;
        }
    }

    public List<Outcome> run(List<Benchmark> benchmarks) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Benchmark benchmark : benchmarks) {
            outcomes.put(benchmark.name(), runOne(benchmark));
        }
        return new ArrayList<>(outcomes.values());
    }

    private Outcome runOne(Benchmark benchmark) {
        String name = benchmark.name();
        try {
            progress.accept(name + ": set-up");
            benchmark.setUp();
            try {
                Measurement computed = benchmark.computed();
                if (computed != null) {
                    progress.accept(name + ": " + seconds(computed.median()) + " (computed: " + computed.detail() + ")");
                    return new Outcome(benchmark, computed, null);
                }
                for (int i = 1; i <= warmups; i++) {
                    benchmark.beforeEachRun();
                    long start = System.nanoTime();
                    benchmark.run();
                    progress.accept(name + ": warm-up " + i + "/" + warmups + " " + seconds(since(start)));
                }
                List<Double> times = new ArrayList<>();
                String detail = null;
                for (int i = 1; i <= repeats; i++) {
                    benchmark.beforeEachRun();
                    long start = System.nanoTime();
                    detail = benchmark.run();
                    double took = since(start);
                    times.add(took);
                    progress.accept(name + ": run " + i + "/" + repeats + " " + seconds(took));
                }
                return new Outcome(benchmark, new Measurement(name, times, detail), null);
            } finally {
                benchmark.tearDown();
            }
        } catch (Exception | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            progress.accept(name + ": FAILED: " + message);
            return new Outcome(benchmark, null, message);
        }
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }
}
