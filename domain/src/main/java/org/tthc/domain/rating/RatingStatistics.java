package org.tthc.domain.rating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tthc.domain.period.Period;

/**
 * The satisfaction index of one organisation (with everything that rolls up to it) and one period (statistics-rules
 * §9): the ratings per overall answer and their {@code MVotes} shares, and per Circular 01/2018 indicator a rating
 * carries ({@link RatingRecord#INDICATORS}) the evaluated dossiers, score sum and average. The evaluation score
 * ({@link #total}) is the sum of the indicator averages (Art. 15 cl. 2), null when no indicator was answered. Every
 * engine computes all of these natively; {@link #of} is the reference derivation from the counts.
 */
public record RatingStatistics(
        String orgCode,
        Period period,
        long verySatisfied,
        long satisfied,
        long notSatisfied,
        SatisfactionShares shares,
        List<IndicatorScore> indicators,
        BigDecimal total) {

    public RatingStatistics {
        Objects.requireNonNull(orgCode, "orgCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(shares, "shares");
        indicators = List.copyOf(indicators);
    }

    /** The statistics derived from the counts: shares with their residue, rounded averages, their sum. */
    public static RatingStatistics of(String orgCode, Period period, long verySatisfied, long satisfied,
                                      long notSatisfied, List<IndicatorScore> indicators) {
        BigDecimal total = indicators.stream().map(IndicatorScore::average).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        return new RatingStatistics(orgCode, period, verySatisfied, satisfied, notSatisfied,
                SatisfactionShares.of(verySatisfied, satisfied, notSatisfied), indicators, total);
    }

    /** The statistics of an organisation without a rating in the period: zero shares, no averages, no score. */
    public static RatingStatistics none(String orgCode, Period period) {
        return of(orgCode, period, 0, 0, 0,
                RatingRecord.INDICATORS.stream().map(i -> IndicatorScore.of(i, 0, 0)).toList());
    }

    public long ratings() {
        return verySatisfied + satisfied + notSatisfied;
    }

    /** The indicator {@code indicator} (one of {@link RatingRecord#INDICATORS}). */
    public IndicatorScore indicator(int indicator) {
        return indicators.stream().filter(s -> s.indicator() == indicator).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + indicator));
    }

    /** The grade of the evaluation score under {@code grades}; empty when there is no score. */
    public Optional<RatingGrade> grade(RatingGrades grades) {
        return Optional.ofNullable(total).map(grades::gradeOf);
    }
}
