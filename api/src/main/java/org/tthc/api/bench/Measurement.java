package org.tthc.api.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measured runs of one benchmark, in seconds, after its warm-up runs. A derived benchmark (the read floor) has one
 * computed value and no runs of its own.
 */
public record Measurement(String name, List<Double> seconds, String detail) {
    public Measurement {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("benchmark " + name + " has no measured run");
        }
        seconds = List.copyOf(seconds);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return Collections.min(seconds);
    }

    public double max() {
        return Collections.max(seconds);
    }

    /**
     * The nearest-rank {@code p}-quantile (0 < p ≤ 1) of {@code sorted}, an ascending array: the smallest value with at
     * least {@code p} of the values at or below it. What the latency benchmarks report as their p50, p95 and p99.
     */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no value to take a percentile of");
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
