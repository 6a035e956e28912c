package org.tthc.warehouse.clickhouse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The statistics of statistics-rules §3 computed by ClickHouse SQL ({@code period-statistics.sql} over {@code dossier-outcomes.sql}, beside this class)
 * over the tables {@link ClickHouseMirror} fills, on either ClickHouse engine. Gives exactly what the Spark SQL and
 * {@code ReferenceStatistics} give; the cross-engine tests prove it.
 */
public final class ClickHouseStatistics {
    private static final String DOSSIER_OUTCOMES = SqlResource.load(ClickHouseStatistics.class,
            "dossier-outcomes.sql");
    private static final String PERIOD_STATISTICS = SqlResource.load(ClickHouseStatistics.class,
            "period-statistics.sql").replace("{outcomes}", DOSSIER_OUTCOMES);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ClickHouseEngine engine;

    public ClickHouseStatistics(ClickHouseEngine engine) {
        this.engine = engine;
    }

    /** Statistics of every organisation with a dossier in play in {@code period}, by organisation code. */
    public Map<String, PeriodStatistics> compute(Period period, LocalDate today) {
        return computeAll(List.of(period), today).get(period);
    }

    /** {@link #compute} for several periods in one query. */
    public Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today) {
        List<Period> distinct = periods.stream().distinct().toList();
        String[] ruleSets = new String[distinct.size()];
        List<String> rows = new ArrayList<>();
        Map<Period, Map<String, PeriodStatistics>> results = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            Period period = distinct.get(i);
            ruleSets[i] = RuleSet.inForceOn(period.to()).id();
            rows.add(periodRow(i, period, today, ruleSets[i]));
            results.put(period, new TreeMap<>());
        }
        String sql = PERIOD_STATISTICS.replace("{periods}", String.join("\n UNION ALL ", rows));
        for (PeriodStatistics statistics : engine.query(sql, row -> {
            int i = row.getInt("period_no");
            return new PeriodStatistics(row.getString("org_code"), distinct.get(i), ruleSets[i],
                    row.getLong("total"), row.getLong("pre_existing"), row.getLong("new_reception"),
                    row.getLong("new_reception_online"), row.getLong("total_solved"), row.getLong("solved_in_time"),
                    row.getLong("solved_ahead_of_time"), row.getLong("solved_late"), row.getLong("total_pending"),
                    row.getLong("pending_late"));
        })) {
            results.get(statistics.period()).put(statistics.orgCode(), statistics);
        }
        return results;
    }

    /**
     * One period as literals: ClickHouse 18.16 has no query parameters, and every value here is a number, a date or
     * a rule-set id of our own (checked to be plain), so nothing outside reaches the SQL text.
     */
    private static String periodRow(int periodNo, Period period, LocalDate today, String ruleSet) {
        if (!ruleSet.matches("[A-Za-z0-9.]+")) {
            throw new IllegalStateException("unexpected rule-set id " + ruleSet);
        }
        LocalDateTime cutoff = period.cutoff(today);
        return "SELECT toUInt32(" + periodNo + ") AS period_no, toDate('" + period.from() + "') AS from_date, "
                + "toDateTime('" + DATE_TIME.format(cutoff) + "', 'UTC') AS cutoff, toDate('" + period.asOfDate(today)
                + "') AS as_of, '" + ruleSet + "' AS rule_set";
    }
}
