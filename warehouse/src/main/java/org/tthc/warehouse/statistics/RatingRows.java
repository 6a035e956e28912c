package org.tthc.warehouse.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.rating.SatisfactionShares;

/**
 * Reads a row of {@code rating-index.sql} (Spark) or its ClickHouse twin, whose one-decimal values come in whole
 * tenths and whose absent averages are null, into {@link RatingStatistics}; both engines use the same column names.
 */
public final class RatingRows {
    private RatingRows() {
    }

    /** A result column: a count, or tenths, null for an absent average or total. */
    public interface Columns {
        long count(String column);

        Long tenthsOrNull(String column);
    }

    public static RatingStatistics statistics(String orgCode, Period period, Columns row) {
        List<IndicatorScore> indicators = new ArrayList<>();
        for (int indicator : RatingRecord.INDICATORS) {
            indicators.add(new IndicatorScore(indicator, row.count("evaluated_" + indicator),
                    row.count("score_sum_" + indicator), decimal(row.tenthsOrNull("average_" + indicator))));
        }
        return new RatingStatistics(orgCode, period, row.count("very_satisfied"), row.count("satisfied"),
                row.count("not_satisfied"),
                new SatisfactionShares(decimal(row.tenthsOrNull("very_satisfied_share")),
                        decimal(row.tenthsOrNull("satisfied_share")), decimal(row.tenthsOrNull("not_satisfied_share"))),
                indicators, decimal(row.tenthsOrNull("total")));
    }

    private static BigDecimal decimal(Long tenths) {
        return tenths == null ? null : BigDecimal.valueOf(tenths, 1);
    }
}
