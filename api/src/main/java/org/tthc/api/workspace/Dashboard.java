package org.tthc.api.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.tthc.domain.statistics.Percentages;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * What the dashboard shows ({@link Dashboards}).
 *
 * @param organisation   the organisation looked at, null for every level-1 organisation together
 * @param path           from the user's top (the province, or the root of their scope) down to {@code organisation}
 * @param period         the twelve months as one period, e.g. {@code 2025-01-01..2025-12-31}
 * @param headline       the statistics of {@code organisation} over {@code period}, as reported
 * @param satisfied      ratings of {@code organisation} over {@code period} that were very satisfied or satisfied
 * @param ratings        all its ratings over {@code period}
 * @param months         each month's statistics of {@code organisation}, restated (trends in today's structure)
 * @param organisations  the organisations directly under {@code organisation} (or the level-1 ones) over
 *                       {@code period}, as reported: the drill-down
 * @param chart          the monthly series for the chart, by series name
 * @param engine         the engine that computed the statistics
 */
public record Dashboard(Row organisation, List<Row> path, String period, PeriodStatistics headline,
                        long satisfied, long ratings, List<Row> months, List<Row> organisations,
                        Map<String, List<Object>> chart, String engine) {

    /** One organisation's (or one month's) statistics, with the shares the page shows. */
    public record Row(String code, String name, String period, PeriodStatistics statistics) {
        public BigDecimal onTimePercent() {
            return Percentages.percent(statistics.solvedInTime(), statistics.totalSolved());
        }

        public BigDecimal onlinePercent() {
            return Percentages.percent(statistics.newReceptionOnline(), statistics.newReception());
        }
    }

    public BigDecimal onTimePercent() {
        return Percentages.percent(headline.solvedInTime(), headline.totalSolved());
    }

    public BigDecimal onlinePercent() {
        return Percentages.percent(headline.newReceptionOnline(), headline.newReception());
    }

    /** Very satisfied and satisfied among the ratings, in percent. */
    public BigDecimal satisfiedPercent() {
        return Percentages.percent(satisfied, ratings);
    }
}
