package org.tthc.api.bench;

/**
 * One benchmark of the harness: a setup that is not timed, and a run that is, repeated after warm-up runs.
 *
 * <p>{@code baseline} names the benchmark it is compared with in the same run, and {@code goal} the speed-up over
 * that baseline it should reach: baseline median ÷ this median ≥ goal. Every goal of the issue reads that way:
 * "≥ 3× faster" is 3, "≥ 40% of the baseline's speed" is 0.4, "≤ 3× the append time" is 1/3, "within 10× of the
 * floor" is 0.1. A baseline has no baseline of its own.
 */
public interface Benchmark {
    String name();

    /** One line for the table: what is measured. */
    String description();

    /** The benchmark this one is compared with, or null. */
    default String baseline() {
        return null;
    }

    /** The speed-up over {@link #baseline()} this one should reach; NaN when there is no goal. */
    default double goal() {
        return Double.NaN;
    }

    /**
     * The most the median may be, in seconds, for a goal stated absolutely ("p95 ≤ 50 ms": the benchmark measures a
     * p95 per run); NaN when the goal, if any, is a ratio.
     */
    default double limitSeconds() {
        return Double.NaN;
    }

    /** Prepares what the runs need (loading an engine, caches); not timed. */
    default void setUp() throws Exception {
    }

    /**
     * Puts back what the previous run changed (a restored table, an emptied folder) before each warm-up and measured
     * run; not timed.
     */
    default void beforeEachRun() throws Exception {
    }

    /** One timed run; returns a short detail for the table (rows, bytes), or null. */
    String run() throws Exception;

    /** Frees what {@link #setUp()} took. */
    default void tearDown() throws Exception {
    }

    /**
     * A value computed rather than timed (the read floor): when present, its seconds replace the timed runs, and
     * {@link #run()} is not called.
     */
    default Measurement computed() throws Exception {
        return null;
    }
}
