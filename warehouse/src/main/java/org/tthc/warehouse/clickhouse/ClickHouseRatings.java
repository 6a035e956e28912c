package org.tthc.warehouse.clickhouse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.warehouse.spark.SqlResource;
import org.tthc.warehouse.statistics.PeriodOrganisationRollup;
import org.tthc.warehouse.statistics.RatingRows;

/**
 * The satisfaction index of statistics-rules §9 computed by ClickHouse SQL ({@code rating-index.sql} beside this
 * class) over the {@code rating} table {@link ClickHouseMirror} fills, on the ClickHouse server or chDB. Gives exactly
 * what {@code SparkRatings} and {@code ReferenceRatings} give; the cross-engine tests prove it.
 */
public final class ClickHouseRatings {
    private static final String RATING_INDEX = SqlResource.load(ClickHouseRatings.class, "rating-index.sql");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ClickHouseEngine engine;

    public ClickHouseRatings(ClickHouseEngine engine) {
        this.engine = engine;
    }

    /** The index of every organisation with a rating in each period, by organisation code, in the view's structure. */
    public Map<Period, Map<String, RatingStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        List<Period> distinct = periods.stream().distinct().toList();
        List<String> rows = new ArrayList<>();
        Map<Period, Map<String, RatingStatistics>> results = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            rows.add(periodRow(i, distinct.get(i), today));
            results.put(distinct.get(i), new TreeMap<>());
        }
        String rollup = createRollup(distinct, today, view);
        try {
            String sql = RATING_INDEX.replace("{rollup}", rollup)
                    .replace("{periods}", String.join("\n UNION ALL ", rows));
            engine.query(sql, row -> {
                Period period = distinct.get(row.getInt("period_no"));
                String org = row.getString("org_code");
                results.get(period).put(org, RatingRows.statistics(org, period, new RatingRows.Columns() {
                    @Override
                    public long count(String column) {
                        return row.getLong(column);
                    }

                    @Override
                    public Long tenthsOrNull(String column) {
                        // no NULL logic in the SQL: an absent average or score travels as 0 beside its flag
                        boolean absent = column.startsWith("average_")
                                ? row.getLong("evaluated_" + column.substring("average_".length())) == 0
                                : column.equals("total") && !row.getBoolean("has_total");
                        return absent ? null : row.getLong(column);
                    }
                }));
                return org;
            });
        } finally {
            engine.execute("DROP TABLE IF EXISTS " + rollup);
        }
        return results;
    }

    /** The roll-up of the organisations holding ratings, in a table of this job's own; the caller drops it. */
    private String createRollup(List<Period> periods, LocalDate today, OrganisationView view) {
        String rollup = "rating_org_rollup_" + UUID.randomUUID().toString().replace("-", "");
        engine.execute("CREATE TABLE " + rollup
                + " (period_no UInt32, org_code String, ancestor_code String) ENGINE = Memory");
        try {
            List<String> ratedCodes = engine.query("SELECT DISTINCT handling_org_code FROM rating"
                    + " WHERE isNotNull(handling_org_code)", row -> row.getString("handling_org_code"));
            engine.insert(rollup, List.of("period_no", "org_code", "ancestor_code"),
                    PeriodOrganisationRollup.links(new ClickHouseStatistics(engine).catalogue(), ratedCodes, periods,
                                    today, view).stream()
                            .map(link -> new Object[] {link.periodNo(), link.orgCode(), link.ancestorCode()})
                            .iterator());
        } catch (RuntimeException e) {
            engine.execute("DROP TABLE IF EXISTS " + rollup);
            throw e;
        }
        return rollup;
    }

    /** One period as literals (18.16 has no query parameters): a number, a date and a date-time of our own. */
    private static String periodRow(int periodNo, Period period, LocalDate today) {
        return "SELECT toUInt32(" + periodNo + ") AS period_no, toDate('" + period.from() + "') AS from_date, "
                + "toDateTime('" + DATE_TIME.format(period.cutoff(today)) + "', 'UTC') AS cutoff";
    }
}
