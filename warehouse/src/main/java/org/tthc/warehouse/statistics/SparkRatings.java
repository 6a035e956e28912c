package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The satisfaction index of statistics-rules §9 computed by Spark SQL ({@code rating-index.sql}) over the warehouse's
 * {@code rating} table: exactly what {@code ReferenceRatings.compute} gives for the stored ratings, proved by the
 * cross-engine tests.
 */
public final class SparkRatings {
    private static final String RATING_INDEX = SqlResource.load(SparkRatings.class, "rating-index.sql");

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
        List<Period> distinct = periods.stream().distinct().toList();
        int n = distinct.size();
        int[] periodNo = new int[n];
        LocalDate[] from = new LocalDate[n];
        LocalDateTime[] cutoff = new LocalDateTime[n];
        Map<Period, Map<String, RatingStatistics>> results = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            periodNo[i] = i;
            from[i] = distinct.get(i).from();
            cutoff[i] = distinct.get(i).cutoff(today);
            results.put(distinct.get(i), new TreeMap<>());
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
            for (Row row : spark.sql(RATING_INDEX, args).collectAsList()) {
                Period period = distinct.get(row.<Integer>getAs("period_no"));
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
            }
        } finally {
            spark.catalog().dropTempView(rollupView);
        }
        return results;
    }
}
