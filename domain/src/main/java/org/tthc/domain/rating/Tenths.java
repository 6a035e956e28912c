package org.tthc.domain.rating;

import java.math.BigDecimal;

/**
 * One-decimal values as whole tenths, the way every engine computes them: integer arithmetic only, so Java, Spark
 * SQL and ClickHouse SQL (whose {@code round} on floating point rounds half to even) cannot disagree.
 */
final class Tenths {
    private Tenths() {
    }

    /** round(numerator / denominator, 1) half-up, in tenths, for a non-negative numerator and a positive denominator. */
    static long roundedRatio(long numerator, long denominator) {
        return (20 * numerator + denominator) / (2 * denominator);
    }

    static BigDecimal of(long tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }
}
