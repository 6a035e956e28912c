package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScoreCounts;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The satisfaction index of statistics-rules §9 computed by Spark SQL ({@code rating-index.sql}) over the warehouse's
 * {@code rating} table: exactly what {@code ReferenceRatings.compute} gives for the stored ratings, proved by the
 * cross-engine tests; and the indicators' score counts behind the MVotes questions ({@code rating-score-counts.sql}).
 */
public final class SparkRatings {
    private static final String RATING_INDEX = SqlResource.load(SparkRatings.class, "rating-index.sql");
    private static final String SCORE_COUNTS = SqlResource.load(SparkRatings.class, "rating-score-counts.sql");

    private final DeltaWarehouse warehouse;
    private final SparkSession spark;

    public SparkRatings(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
        this.spark = warehouse.session();
    }

    /** The index of every organisation with a rating in each period, by organisation code, in the view's structure. */
    public Map<Period, Map<String, RatingStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return computeAll(periods, today, view, warehouse.latest());
    }

    /** {@link #computeAll(List, LocalDate, OrganisationView)} over the tables as {@code snapshot} shows them. */
    public Map<Period, Map<String, RatingStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view, TableSnapshot snapshot) {
        Map<Period, Map<String, RatingStatistics>> results = new LinkedHashMap<>();
        periods.stream().distinct().forEach(p -> results.put(p, new TreeMap<>()));
        query(RATING_INDEX, periods, today, view, snapshot, (period, row) -> {
            String org = row.getAs("org_code");
            results.get(period).put(org, RatingRows.statistics(org, period, new RatingRows.Columns() {
                @Override
                public long count(String column) {
                    return row.<Long>getAs(column);
                }

                @Override
                public Long tenthsOrNull(String column) {
                    return row.<Long>getAs(column);
                }
            }));
        });
        return results;
    }

    /**
     * How many ratings scored each indicator 2, 1 and 0 ({@code rating-score-counts.sql}), per period, organisation
     * code and indicator, over the ratings and roll-up {@link #computeAll} reads; an indicator no rating of an
     * organisation answered is absent.
     */
    public Map<Period, Map<String, Map<Integer, IndicatorScoreCounts>>> scoreCounts(
            List<Period> periods, LocalDate today, OrganisationView view, TableSnapshot snapshot) {
        Map<Period, Map<String, Map<Integer, IndicatorScoreCounts>>> results = new LinkedHashMap<>();
        periods.stream().distinct().forEach(p -> results.put(p, new TreeMap<>()));
        query(SCORE_COUNTS, periods, today, view, snapshot, (period, row) -> {
            int indicator = row.<Integer>getAs("indicator");
            results.get(period).computeIfAbsent(row.getAs("org_code"), org -> new TreeMap<>()).put(indicator,
                    new IndicatorScoreCounts(indicator, row.<Long>getAs("scored_two"), row.<Long>getAs("scored_one"),
                            row.<Long>getAs("scored_zero")));
        });
        return results;
    }

    /** Runs one of the rating queries with its period arrays, rating table and roll-up relation bound. */
    private void query(String sql, List<Period> periods, LocalDate today, OrganisationView view,
                       TableSnapshot snapshot, BiConsumer<Period, Row> consumer) {
        List<Period> distinct = periods.stream().distinct().toList();
        int n = distinct.size();
        int[] periodNo = new int[n];
        LocalDate[] from = new LocalDate[n];
        LocalDateTime[] cutoff = new LocalDateTime[n];
        for (int i = 0; i < n; i++) {
            periodNo[i] = i;
            from[i] = distinct.get(i).from();
            cutoff[i] = distinct.get(i).cutoff(today);
        }
        String ratingTable = snapshot.viewName(WarehouseTable.RATING);
        // the roll-up covers the organisations that hold ratings (not only those that hold dossiers)
        List<String> ratedCodes = spark.sql("SELECT DISTINCT handling_org_code FROM IDENTIFIER(:rating_table)"
                        + " WHERE handling_org_code IS NOT NULL", Map.of("rating_table", ratingTable))
                .collectAsList().stream().map(row -> row.getString(0)).toList();
        String rollupView = "rating_org_rollup_" + UUID.randomUUID().toString().replace("-", "");
        spark.createDataFrame(PeriodOrganisationRollup.rows(warehouse.catalogue(snapshot), ratedCodes, distinct,
                today, view), PeriodOrganisationRollup.SCHEMA).createOrReplaceTempView(rollupView);
        try {
            Map<String, Object> args = Map.of("period_no", periodNo, "from", from, "cutoff", cutoff,
                    "rating_table", ratingTable, "period_org_rollup", rollupView);
            for (Row row : spark.sql(sql, args).collectAsList()) {
                consumer.accept(distinct.get(row.<Integer>getAs("period_no")), row);
            }
        } finally {
            spark.catalog().dropTempView(rollupView);
        }
    }
}
