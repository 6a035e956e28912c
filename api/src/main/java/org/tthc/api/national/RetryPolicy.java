package org.tthc.api.national;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;

/**
 * When a failed packet is tried again: exponential backoff with jitter (resilience4j's randomised exponential
 * interval), and after how many attempts it goes to dead letter.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final IntervalFunction intervals;

    public RetryPolicy(int maxAttempts, Duration initial, double multiplier, Duration max, double jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.intervals = IntervalFunction.ofExponentialRandomBackoff(initial, multiplier, jitter, max);
    }

    public static RetryPolicy of(NationalProperties p) {
        return new RetryPolicy(p.maxAttempts(), p.initialBackoff(), p.backoffMultiplier(), p.maxBackoff(), p.jitter());
    }

    /** Whether a packet that has failed {@code attempts} times may be tried again. */
    public boolean mayRetry(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        return Duration.ofMillis(intervals.apply(attempts));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
