package org.tthc.api.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

import io.delta.tables.DeltaTable;

/**
 * An update batch of 5% of the tier's dossiers merged into the stored dossier table with the ingestion's own MERGE
 * statement ({@code merge-dossier.sql}), against a plain append of the same batch. The batch is the newest 5% of the
 * dossiers, each a newer version with a changed summary: in a live province the records that change are those of
 * dossiers still in progress, which are the recent ones (docs/performance.md). Before each run, and after the last,
 * the table is restored to the version it had when the benchmark first ran, so the tier's cached data stays as
 * ingested; the restore is not timed.
 */
public final class MergeBenchmarks {
    private static final String BASE_VERSION_FILE = "dossier-base-version";

    private MergeBenchmarks() {
    }

    public static Benchmark merge(BenchData data, DeltaWarehouse warehouse) {
        return new UpdateBatchBenchmark(data, warehouse, true);
    }

    public static Benchmark append(BenchData data, DeltaWarehouse warehouse) {
        return new UpdateBatchBenchmark(data, warehouse, false);
    }

    private static final class UpdateBatchBenchmark implements Benchmark {
        private final BenchData data;
        private final DeltaWarehouse warehouse;
        private final boolean merge;
        private final Path batch;
        private DeltaTable table;
        private long baseVersion;
        private long baseFiles;
        private long batchRows;

        UpdateBatchBenchmark(BenchData data, DeltaWarehouse warehouse, boolean merge) {
            this.data = data;
            this.warehouse = warehouse;
            this.merge = merge;
            this.batch = data.scratch().resolve("update-batch");
        }

        @Override
        public String name() {
            return merge ? "merge-5pct" : "append-5pct";
        }

        @Override
        public String description() {
            return merge ? "MERGE of an update batch of 5% of the dossiers (the newest) into the dossier table"
                    : "plain Delta append of the same batch";
        }

        @Override
        public String baseline() {
            return merge ? "append-5pct" : null;
        }

        @Override
        public double goal() {
            return merge ? 1.0 / 3 : Double.NaN;
        }

        @Override
        public void setUp() {
            SparkSession spark = warehouse.session();
            table = DeltaTable.forPath(spark, warehouse.tablePath(WarehouseTable.DOSSIER).toString());
            baseVersion = baseVersion();
            restore();
            baseFiles = table.detail().first().<Long>getAs("numFiles");
            long dossiers = warehouse.count(WarehouseTable.DOSSIER);
            batchRows = Math.max(1, dossiers / 20);
            IngestBenchmarks.delete(batch);
            spark.table("dossier").orderBy(col("received_at").desc()).limit(Math.toIntExact(batchRows))
                    .withColumn("summary", concat(col("summary"), lit(" (cập nhật)")))
                    .withColumn("version_updated_at", expr("TIMESTAMP_NTZ '2030-01-01 00:00:00'"))
                    .withColumn("content_hash", sha2(concat(col("content_hash"), lit(":bench-update")), 256))
                    .withColumn("batch_id", lit("bench-update"))
                    .write().parquet(batch.toString());
        }

        @Override
        public void beforeEachRun() {
            restore();
        }

        @Override
        public String run() {
            SparkSession spark = warehouse.session();
            if (merge) {
                spark.read().parquet(batch.toString()).selectExpr("*", "CAST(NULL AS ARRAY<STRING>) AS supplement_changes")
                        .createOrReplaceTempView("incoming_dossier");
                spark.sql(SqlResource.load(IngestBatch.class, "merge-dossier.sql"));
            } else {
                spark.read().parquet(batch.toString()).write().format("delta").mode("append")
                        .save(warehouse.tablePath(WarehouseTable.DOSSIER).toString());
            }
            Row last = table.history(1).first();
            Map<String, String> metrics = last.getJavaMap(last.fieldIndex("operationMetrics"));
            long removed = Long.parseLong(metrics.getOrDefault("numTargetFilesRemoved", "0"));
            long added = Long.parseLong(metrics.getOrDefault(merge ? "numTargetFilesAdded" : "numFiles", "0"));
            return String.format(Locale.ROOT, "%,d rows; files: %,d of %,d rewritten (%.1f%%), %,d written",
                    batchRows, removed, baseFiles, 100.0 * removed / Math.max(1, baseFiles), added);
        }

        @Override
        public void tearDown() {
            if (table != null) {
                restore();
            }
            IngestBenchmarks.delete(batch);
        }

        private void restore() {
            long current = table.history(1).first().<Long>getAs("version");
            if (current != baseVersion) {
                table.restoreToVersion(baseVersion);
            }
        }

        /** The dossier table's version before any update benchmark touched it, kept beside the tier's data. */
        private long baseVersion() {
            Path file = data.scratch().resolve(BASE_VERSION_FILE);
            try {
                if (Files.isRegularFile(file)) {
                    return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
                }
                long version = table.history(1).first().<Long>getAs("version");
                Files.createDirectories(file.getParent());
                Files.writeString(file, version + "\n", StandardCharsets.UTF_8);
                return version;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or write " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
