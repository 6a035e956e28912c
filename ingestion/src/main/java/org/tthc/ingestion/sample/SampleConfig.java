package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What to generate: {@code dossiers} dossiers received over {@code months} months starting with {@code from}, drawn
 * from the random stream of {@code seed}. The same configuration always gives byte-identical files.
 *
 * @param threads months are generated on this many threads; the output does not depend on it
 */
public record SampleConfig(long dossiers, int months, YearMonth from, long seed, int threads) {
    /** The default data ends with this month, so that twelve months cover the 2025-07-01 reform cut-over. */
    public static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2025, 12);
    public static final int DEFAULT_THREADS = 2;

    public SampleConfig {
        if (dossiers < 0) {
            throw new IllegalArgumentException("dossiers must not be negative: " + dossiers);
        }
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months must be 1 to 120: " + months);
        }
        if (from == null) {
            from = DEFAULT_LAST_MONTH.minusMonths(months - 1L);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** {@code months} months ending with {@link #DEFAULT_LAST_MONTH}, on {@link #DEFAULT_THREADS} threads. */
    public static SampleConfig of(long dossiers, int months, long seed) {
        return new SampleConfig(dossiers, months, null, seed, DEFAULT_THREADS);
    }

    public SampleConfig withFrom(YearMonth first) {
        return new SampleConfig(dossiers, months, first, seed, threads);
    }

    public SampleConfig withThreads(int count) {
        return new SampleConfig(dossiers, months, from, seed, count);
    }

    public YearMonth lastMonth() {
        return from.plusMonths(months - 1L);
    }

    /** The data is a snapshot taken at the start of this day: nothing at or after it has happened yet. */
    public LocalDate snapshotDay() {
        return lastMonth().plusMonths(1).atDay(1);
    }
}
