package org.tthc.warehouse.serviceindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The Decision 766 service index of one organisation and period from its period statistics and satisfaction index
 * (statistics-rules §9): per indicator of the {@link ServiceIndexModel} its rate and points (full points when the
 * rate reaches the threshold T, else rate × points / T, two decimals half-up; 0 when not applicable), per group the
 * sum, and the total over the groups we compute.
 */
public final class ServiceIndex {
    private static final int SCALE = 2;

    private ServiceIndex() {
    }

    /** One indicator's result; {@code rate} is empty when its denominator is 0. */
    public record IndicatorResult(ServiceIndexModel.Indicator indicator, Optional<BigDecimal> rate, BigDecimal points) {
    }

    /** One group's points out of the points of the indicators we compute in it ({@code computedMax}). */
    public record GroupResult(ServiceIndexModel.Group group, BigDecimal points, BigDecimal computedMax) {
        public boolean computed() {
            return computedMax.signum() > 0;
        }
    }

    /** The index: every indicator, every group (also those we do not compute, with 0 of 0), the totals. */
    public record Result(String modelVersion, List<IndicatorResult> indicators, List<GroupResult> groups,
                         BigDecimal points, BigDecimal computedMax) {
        /** The points as a percentage of what the computed indicators can give, one decimal. */
        public BigDecimal percentOfComputed() {
            return computedMax.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : points.multiply(BigDecimal.valueOf(100)).divide(computedMax, 1, RoundingMode.HALF_UP);
        }
    }

    public static Result compute(ServiceIndexModel model, PeriodStatistics statistics, RatingStatistics ratings) {
        List<IndicatorResult> indicators = new ArrayList<>();
        for (ServiceIndexModel.Indicator indicator : model.indicators()) {
            Optional<BigDecimal> rate = indicator.measure().rate(statistics, ratings);
            indicators.add(new IndicatorResult(indicator, rate, points(indicator, rate)));
        }
        List<GroupResult> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal computedMax = BigDecimal.ZERO.setScale(SCALE);
        for (ServiceIndexModel.Group group : model.groups()) {
            BigDecimal points = BigDecimal.ZERO.setScale(SCALE);
            BigDecimal max = BigDecimal.ZERO.setScale(SCALE);
            for (IndicatorResult r : indicators) {
                if (r.indicator().group() == group.id()) {
                    points = points.add(r.points());
                    max = max.add(r.indicator().points());
                }
            }
            groups.add(new GroupResult(group, points, max.setScale(SCALE)));
            total = total.add(points);
            computedMax = computedMax.add(max);
        }
        return new Result(model.version(), indicators, groups, total, computedMax.setScale(SCALE));
    }

    /** Full points at or above the threshold, else rate × points / threshold; 0 when not applicable. */
    static BigDecimal points(ServiceIndexModel.Indicator indicator, Optional<BigDecimal> rate) {
        if (rate.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        if (rate.get().compareTo(indicator.threshold()) >= 0) {
            return indicator.points().setScale(SCALE, RoundingMode.HALF_UP);
        }
        return rate.get().multiply(indicator.points()).divide(indicator.threshold(), SCALE, RoundingMode.HALF_UP);
    }
}
