package org.tthc.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RatingGradesTest {

    @Test
    void exactlyFifteenIsExcellentClosingTheThanhHoaGap() {
        assertThat(grade("15.0")).isEqualTo(RatingGrade.EXCELLENT);
        assertThat(grade("14.9")).isEqualTo(RatingGrade.GOOD);
        assertThat(grade("18.0")).isEqualTo(RatingGrade.EXCELLENT);
    }

    @Test
    void everyDefaultThresholdIsInclusive() {
        assertThat(grade("12.0")).isEqualTo(RatingGrade.GOOD);
        assertThat(grade("11.9")).isEqualTo(RatingGrade.FAIR);
        assertThat(grade("9.0")).isEqualTo(RatingGrade.FAIR);
        assertThat(grade("8.9")).isEqualTo(RatingGrade.AVERAGE);
        assertThat(grade("6.0")).isEqualTo(RatingGrade.AVERAGE);
        assertThat(grade("5.9")).isEqualTo(RatingGrade.WEAK);
        assertThat(grade("0.0")).isEqualTo(RatingGrade.WEAK);
    }

    @Test
    void configuredThresholdsReplaceTheDefault() {
        RatingGrades eightPoints = new RatingGrades(new BigDecimal("7"), new BigDecimal("6"), new BigDecimal("4.5"),
                new BigDecimal("3"));
        assertThat(eightPoints.gradeOf(new BigDecimal("7.0"))).isEqualTo(RatingGrade.EXCELLENT);
        assertThat(eightPoints.gradeOf(new BigDecimal("4.5"))).isEqualTo(RatingGrade.FAIR);
        assertThat(eightPoints.gradeOf(new BigDecimal("2.9"))).isEqualTo(RatingGrade.WEAK);
    }

    @Test
    void thresholdsThatIncreaseTowardsWeakAreRefused() {
        assertThatThrownBy(() -> new RatingGrades(BigDecimal.TEN, new BigDecimal("12"), BigDecimal.ONE,
                BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thresholds");
    }

    private static RatingGrade grade(String score) {
        return RatingGrades.DEFAULT.gradeOf(new BigDecimal(score));
    }
}
