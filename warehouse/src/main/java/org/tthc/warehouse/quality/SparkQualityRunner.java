package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.warehouse.delta.DeltaWarehouse;

/** Runs checks with Spark SQL over the warehouse's Delta tables (each a view of its name in the warehouse's session). */
public final class SparkQualityRunner extends SqlQualityRunner {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SparkSession spark;

    public SparkQualityRunner(DeltaWarehouse warehouse) {
        this.spark = warehouse.session();
    }

    @Override
    public SqlEngine engine() {
        return SqlEngine.SPARK;
    }

    @Override
    public String date(LocalDate day) {
        return "DATE'" + day + "'";
    }

    /** TIMESTAMP_NTZ, like the columns: a wall-clock time compared with wall-clock times, no zone involved. */
    @Override
    public String timestamp(LocalDateTime time) {
        return "TIMESTAMP_NTZ'" + TIMESTAMP.format(time) + "'";
    }

    /**
     * All the summaries in one query ({@code UNION ALL}, each count tagged with its check's index): one Spark job
     * planned and scheduled instead of one per check, which is most of a check's time on small and mid-size tables.
     * When the combined query fails, every check runs on its own, so the one that cannot run is named in its result
     * and the others still count.
     */
    @Override
    public List<CheckResult> runAll(List<QualityCheck> checks, CheckScope scope, LocalDate today) {
        if (checks.size() < 2) {
            return super.runAll(checks, scope, today);
        }
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < checks.size(); i++) {
            union.append(i == 0 ? "" : "\nUNION ALL\n").append("SELECT ").append(i)
                    .append(" AS check_index, CAST(affected AS BIGINT) AS affected FROM (\n")
                    .append(summary(checks.get(i), scope, today)).append("\n) summary_").append(i);
        }
        long[] affected = new long[checks.size()];
        try {
            for (Row row : spark.sql(union.toString()).collectAsList()) {
                affected[row.getInt(0)] = row.getLong(1);
            }
        } catch (Exception e) { // AnalysisException is checked, though nothing declares it
            return super.runAll(checks, scope, today);
        }
        List<CheckResult> results = new ArrayList<>(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            results.add(found(checks.get(i), scope, today, affected[i]));
        }
        return results;
    }

    @Override
    long queryAffected(String summarySql) {
        Row row = spark.sql(summarySql).first();
        return ((Number) row.getAs("affected")).longValue();
    }

    @Override
    List<List<String>> queryRows(String detailsSql, List<String> columns) {
        Dataset<Row> result = spark.sql(detailsSql);
        if (!Arrays.asList(result.columns()).equals(columns)) {
            throw new IllegalStateException("the details query returns the columns " + Arrays.toString(result.columns())
                    + " but checks.yaml declares " + columns);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row row : result.collectAsList()) {
            List<String> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(text(row.get(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** As ClickHouse's toString writes values: timestamps without the ISO 'T' and to the second. */
    private static String text(Object value) {
        if (value instanceof LocalDateTime time) {
            return TIMESTAMP.format(time);
        }
        return value == null ? null : value.toString();
    }
}
