package org.tthc.domain.rating;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade thresholds of the evaluation score, configuration (statistics-rules §9): the lowest score of each grade
 * but the last; anything below {@code average} is {@link RatingGrade#WEAK}. Every threshold is inclusive, so there is
 * no gap: the Thanh Hóa implementation's "excellent above 15, good 12 to below 15" left exactly 15 without a grade
 * (reference.md §3.2); here 15 is excellent.
 */
public record RatingGrades(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {
    /** The default of statistics-rules §9: excellent ≥ 15, good ≥ 12, fair ≥ 9, average ≥ 6, weak below. */
    public static final RatingGrades DEFAULT = new RatingGrades(BigDecimal.valueOf(15), BigDecimal.valueOf(12),
            BigDecimal.valueOf(9), BigDecimal.valueOf(6));

    public RatingGrades {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(fair, "fair");
        Objects.requireNonNull(average, "average");
        if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0 || fair.compareTo(average) < 0) {
            throw new IllegalArgumentException("grade thresholds must not increase from excellent to average: "
                    + excellent + ", " + good + ", " + fair + ", " + average);
        }
    }

    public RatingGrade gradeOf(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return RatingGrade.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return RatingGrade.GOOD;
        }
        if (score.compareTo(fair) >= 0) {
            return RatingGrade.FAIR;
        }
        return score.compareTo(average) >= 0 ? RatingGrade.AVERAGE : RatingGrade.WEAK;
    }
}
