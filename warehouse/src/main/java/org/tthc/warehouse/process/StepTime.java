package org.tthc.warehouse.process;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.tthc.domain.statistics.Percentages;

/**
 * Steps of one kind (a step name, a department, or both) and the time they took.
 *
 * @param handlingOrgCode the handling organisation; null when the row adds up several
 * @param department      the department the steps belong to ({@code ""}: the source named none); null when several
 * @param step            the step's name; null when the row adds up several steps
 * @param steps           how many steps ended in the period
 * @param totalSeconds    their elapsed time together
 * @param longestSeconds  the longest one
 * @param withDeadline    how many had a step deadline
 * @param overruns        how many ended after their step deadline
 */
public record StepTime(String handlingOrgCode, String department, String step, long steps, long totalSeconds,
                       long longestSeconds, long withDeadline, long overruns) {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** Average elapsed hours per step, one decimal, half-up. */
    public BigDecimal averageHours() {
        return steps == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(totalSeconds).divide(SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(steps)), 1,
                RoundingMode.HALF_UP);
    }

    public BigDecimal longestHours() {
        return BigDecimal.valueOf(longestSeconds).divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP);
    }

    /** Overruns among the steps that had a deadline, in percent (statistics-rules §5 rounding). */
    public BigDecimal overrunPercent() {
        return Percentages.percent(overruns, withDeadline);
    }

    StepTime plus(StepTime other) {
        return new StepTime(same(handlingOrgCode, other.handlingOrgCode), same(department, other.department),
                same(step, other.step), steps + other.steps, totalSeconds + other.totalSeconds,
                Math.max(longestSeconds, other.longestSeconds), withDeadline + other.withDeadline,
                overruns + other.overruns);
    }

    private static String same(String a, String b) {
        return a != null && a.equals(b) ? a : null;
    }
}
