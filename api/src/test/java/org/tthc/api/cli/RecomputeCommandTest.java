package org.tthc.api.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.ApiTestData;
import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseSchema;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.WarehouseTable;


/**
 * {@code ./tthc recompute} with a ClickHouse server configured: the recomputed period's partition of the mirrored
 * {@code period_statistics} holds exactly what gold holds afterwards (also on a database never mirrored before),
 * and the other periods' partitions stay as they were.
 */
class RecomputeCommandTest {
    private static final String DATABASE = "cli_recompute";
    private static final String PROVINCE = "000.00.00.H01";
    private static final String DISTRICT = "000.00.02.H01";
    private static final LocalDateTime RECEIVED = AprilDossiers.RECEIVED;

    @TempDir
    Path data;

    @Test
    void recomputeReplacesThePeriodsPartitionInClickHouse() {
        Path folder = data;
        DeltaWarehouse delta = EmptyWarehouses.create(
                ApiTestData.sparkSession(), folder.resolve("warehouse"));
        aprilDossiers(delta);
        String url;
        try (ClickHouseServerEngine admin = ClickHouseServerEngine.connect(required("TTHC_TEST_CH_URL"),
                required("TTHC_TEST_CH_USER"), "")) {
            admin.execute("DROP DATABASE IF EXISTS " + DATABASE);
            admin.execute("CREATE DATABASE " + DATABASE);
            url = required("TTHC_TEST_CH_URL").replaceFirst("/[^/]*$", "/" + DATABASE);
        }

        CommandRun first = recompute(folder, url, "2025-04-20");

        assertThat(first.exitCode()).as(first.err()).isZero();
        try (ClickHouseServerEngine clickHouse = ClickHouseServerEngine.connect(url, required("TTHC_TEST_CH_USER"),
                "")) {
            assertThat(partition(clickHouse, "2025-04")).as("a database never mirrored gets the table")
                    .isEqualTo(gold(delta, "2025-04")).contains("as of 2025-04-20");
            clickHouse.insert("period_statistics", ClickHouseSchema.columns(WarehouseTable.PERIOD_STATISTICS),
                    List.<Object[]>of(marchRow()).iterator());

            CommandRun second = recompute(folder, url, "2025-05-15");

            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(partition(clickHouse, "2025-04")).isEqualTo(gold(delta, "2025-04"))
                    .contains("as of 2025-04-30");
            assertThat(partition(clickHouse, "2025-03")).as("another period's partition is untouched")
                    .isEqualTo("1 rows, totals 7, as of 2025-03-31");
            clickHouse.execute("DROP DATABASE " + DATABASE);
        }
    }

    @Test
    void recomputeWritesTheSatisfactionIndexGradedWithTheGivenThresholds() {
        Path folder = data;
        DeltaWarehouse delta = EmptyWarehouses.create(
                ApiTestData.sparkSession(), folder.resolve("warehouse"));
        aprilDossiers(delta);
        IngestBatch ratings = delta.openBatch("recompute-command-test-ratings");
        ratings.addRatings(List.of(
                new RatingRecord("portal-lite", DISTRICT + "-R-1", DISTRICT, RECEIVED.plusDays(10),
                        RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, null),
                new RatingRecord("portal-lite", DISTRICT + "-R-2", DISTRICT, RECEIVED.plusDays(12),
                        RatingLevel.SATISFIED, 2, 1, 2, 1, null)));
        ratings.commit();

        CommandRun run = run("--data", folder.toString(), "--period", "2025-04", "--today", "2025-05-15",
                "--rating-grades", "7,6,4.5,3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2025-04\tas-reported\t2 organisations rated (rating_index)");
        // averages 2.0, 1.5, 2.0, 1.5: score 7.0, excellent from 7 on; shares 50.0 / 50.0 / 0.0
        List<String> rows = delta.table(WarehouseTable.RATING_INDEX).where(col("period_key").equalTo("2025-04"))
                .orderBy("org_code").selectExpr("concat_ws(' ', org_code, CAST(very_satisfied_share AS STRING),"
                        + " CAST(satisfied_share AS STRING), CAST(not_satisfied_share AS STRING),"
                        + " CAST(total AS STRING), grade)")
                .collectAsList().stream().map(row -> row.getString(0)).toList();
        assertThat(rows).containsExactly(PROVINCE + " 50.0 50.0 0.0 7.0 EXCELLENT",
                DISTRICT + " 50.0 50.0 0.0 7.0 EXCELLENT");
    }

    private static CommandRun recompute(Path folder, String url, String today) {
        return run("--data", folder.toString(), "--period", "2025-04", "--today", today, "--clickhouse-url", url,
                "--clickhouse-user", required("TTHC_TEST_CH_USER"));
    }

    /** A period's rows in ClickHouse, summarised. */
    private static String partition(ClickHouseEngine engine, String period) {
        return engine.query("SELECT toString(count()) AS n, toString(sum(total)) AS totals, "
                + "toString(max(as_of)) AS as_of FROM period_statistics WHERE period_key = '" + period + "'",
                row -> row.getString("n") + " rows, totals " + row.getString("totals") + ", as of "
                        + row.getString("as_of")).get(0);
    }

    /** The same summary of gold. */
    private static String gold(DeltaWarehouse delta, String period) {
        var rows = delta.table(WarehouseTable.PERIOD_STATISTICS).where(col("period_key").equalTo(period))
                .selectExpr("CAST(count(*) AS STRING) AS n", "CAST(sum(total) AS STRING) AS totals",
                        "CAST(max(as_of) AS STRING) AS as_of").collectAsList().get(0);
        return rows.getString(0) + " rows, totals " + rows.getString(1) + ", as of " + rows.getString(2);
    }

    private static void aprilDossiers(DeltaWarehouse delta) {
        AprilDossiers.load(delta, AprilDossiers.province(PROVINCE, "Tỉnh"),
                AprilDossiers.district(DISTRICT, "Huyện", PROVINCE), "recompute-command-test");
    }

    /** A row of March, as an earlier recompute would have left it. */
    private static Object[] marchRow() {
        Object[] row = new Object[ClickHouseSchema.columns(WarehouseTable.PERIOD_STATISTICS).size()];
        List<String> columns = ClickHouseSchema.columns(WarehouseTable.PERIOD_STATISTICS);
        java.util.Arrays.fill(row, 0L);
        row[columns.indexOf("period_key")] = "2025-03";
        row[columns.indexOf("period_kind")] = "MONTH";
        row[columns.indexOf("period_from")] = LocalDate.of(2025, 3, 1);
        row[columns.indexOf("period_to")] = LocalDate.of(2025, 3, 31);
        row[columns.indexOf("view")] = "as-reported";
        row[columns.indexOf("org_code")] = PROVINCE;
        row[columns.indexOf("total")] = 7L;
        row[columns.indexOf("rule_set")] = "test";
        row[columns.indexOf("as_of")] = LocalDate.of(2025, 3, 31);
        row[columns.indexOf("computed_on")] = LocalDate.of(2025, 4, 1);
        row[columns.indexOf("computed_at")] = LocalDateTime.of(2025, 4, 1, 10, 0);
        row[columns.indexOf("source_versions")] = "{}";
        return row;
    }

    /** Set by scripts/test-services.sh (docs/testing.md); missing fails, never skips. */
    private static String required(String name) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test");
        }
        return value;
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(RecomputeCommand::new, args);
    }
}
