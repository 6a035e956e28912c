package org.tthc.ingestion.sample;

import java.util.SplittableRandom;

/** Picks one of a fixed set of values with given weights: a cumulative table and a binary search. */
final class WeightedChoice {
    private final int[] values;
    private final double[] cumulative;

    WeightedChoice(int[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as values, and at least one");
        }
        this.values = values.clone();
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        cumulative[cumulative.length - 1] = 1.0;
    }

    int pick(SplittableRandom random) {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }
}
