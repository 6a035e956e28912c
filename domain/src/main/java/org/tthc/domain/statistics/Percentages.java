package org.tthc.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** statistics-rules §5: one decimal, half-up; a zero denominator gives 0 for both of its pair. */
public final class Percentages {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** round(part × 100 / whole, 1) half-up; 0 when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** 100 − the rounded percent, or 0 when whole is 0 (the pair is 0, 0). */
    public static BigDecimal complement(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return HUNDRED.subtract(percent(part, whole)).setScale(1, RoundingMode.UNNECESSARY);
    }
}
