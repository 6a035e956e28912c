package org.tthc.api.bench;

import java.util.Locale;

/**
 * The data sizes of the benchmarks (docs/performance.md): dossiers over a number of months of the sample province,
 * with its ~6 processing events per dossier. T3 (100M, a nation) is not generated here: docs/performance.md
 * extrapolates it from T1 and T2.
 */
public enum Tier {
    /**
     * 2,000 dossiers: what {@code ./tthc test}'s smoke run uses to prove every benchmark runs; its figures are not
     * quoted (the fixed costs of Spark jobs dominate at this size).
     */
    S(2_000, 12),
    /** 100k dossiers: a district-year. */
    T0(100_000, 12),
    /** 1M dossiers: a mid-size province's year. */
    T1(1_000_000, 12),
    /** 10M dossiers: a metropolitan year (Hồ Chí Minh City handles ~18M). */
    T2(10_000_000, 12);

    private final long dossiers;
    private final int months;

    Tier(long dossiers, int months) {
        this.dossiers = dossiers;
        this.months = months;
    }

    public long dossiers() {
        return dossiers;
    }

    public int months() {
        return months;
    }

    public static Tier parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tier must be S, T0, T1 or T2, was '" + text + "'", e);
        }
    }
}
