package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** jqwik properties of statistics-rules §5 (a class of their own: Surefire keeps one report per class and engine). */
class PercentagesPropertiesTest {

    @Property
    void aPercentAndItsComplementSumToExactly100(@ForAll @LongRange(min = 1, max = 100_000) long whole,
                                                @ForAll @LongRange(min = 0, max = 100_000) long anyPart) {
        long part = anyPart % (whole + 1);
        BigDecimal percent = Percentages.percent(part, whole);

        assertThat(percent.add(Percentages.complement(part, whole))).isEqualByComparingTo("100");
        assertThat(percent.scale()).isEqualTo(1);
        assertThat(percent).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        // Within half a tenth of the exact ratio.
        double exact = part * 100.0 / whole;
        assertThat(Math.abs(percent.doubleValue() - exact)).isLessThanOrEqualTo(0.05 + 1e-9);
    }

    @Property
    void aZeroDenominatorGivesZeroForBothOfThePair(@ForAll @LongRange(min = 0, max = 1000) long part) {
        assertThat(Percentages.percent(part, 0)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Percentages.complement(part, 0)).isEqualTo(new BigDecimal("0.0"));
    }
}
