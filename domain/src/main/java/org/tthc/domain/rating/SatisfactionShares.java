package org.tthc.domain.rating;

import java.math.BigDecimal;

/**
 * The {@code MVotes} shares of the three overall answers (reference.md §3.1, statistics-rules §9): each rounded
 * half-up to one decimal, and the rounding residue (−0.1, 0 or +0.1) given to the largest bucket so the three sum
 * to exactly 100.0; 0, 0, 0 when there is no rating. Two buckets equally largest: the residue goes to the first of
 * very satisfied, satisfied, not satisfied (docs/decisions.md).
 */
public record SatisfactionShares(BigDecimal verySatisfied, BigDecimal satisfied, BigDecimal notSatisfied) {

    public static SatisfactionShares of(long verySatisfied, long satisfied, long notSatisfied) {
        long total = verySatisfied + satisfied + notSatisfied;
        if (total == 0) {
            return new SatisfactionShares(Tenths.of(0), Tenths.of(0), Tenths.of(0));
        }
        long[] counts = {verySatisfied, satisfied, notSatisfied};
        long[] tenths = new long[3];
        int largest = 0;
        for (int i = 0; i < 3; i++) {
            tenths[i] = Tenths.roundedRatio(counts[i] * 100, total);
            if (counts[i] > counts[largest]) {
                largest = i;
            }
        }
        tenths[largest] += 1000 - (tenths[0] + tenths[1] + tenths[2]);
        return new SatisfactionShares(Tenths.of(tenths[0]), Tenths.of(tenths[1]), Tenths.of(tenths[2]));
    }
}
