package org.tthc.ingestion.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.tthc.domain.TthcTime;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The run ledger: every ingest run with its counts and status ({@code meta/ingest_run}), the files committed from
 * each source system ({@code meta/ingest_file}) and the watermark of each incremental source
 * ({@code meta/ingest_watermark}), as Delta tables beside the warehouse's.
 *
 * <p>Exactly once: a file or watermark is recorded only after the batch holding its records is committed. A crash
 * between the two leaves the file unrecorded, so the next run reads it again — harmless, because every silver write
 * is an idempotent MERGE. A run found still {@code running} when the next one starts was killed: it is marked failed
 * and its staging folders are deleted. One writer per warehouse root, as for the warehouse itself.
 */
public final class RunLedger {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final DeltaWarehouse warehouse;
    private final SparkSession spark;
    private final Clock clock;

    public RunLedger(DeltaWarehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.spark = warehouse.session();
        this.clock = clock;
        for (LedgerTable table : LedgerTable.values()) {
            String path = path(table);
            if (!DeltaTable.isDeltaTable(spark, path)) {
                DeltaTable.createIfNotExists(spark).location(path).addColumns(table.schema()).execute();
            }
        }
    }

    /** Marks interrupted runs failed, then records a new run as running. */
    public IngestRun start(String source, String sourceSystem) {
        recoverInterrupted();
        LocalDateTime now = now();
        String runId = "run-" + RUN_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        IngestRun run = new IngestRun(runId, source, sourceSystem, now, null, RunStatus.RUNNING, RunCounts.NONE, 0, 0,
                null, null);
        upsertRun(run);
        return run;
    }

    /** Records the run as succeeded with what it did. */
    public IngestRun succeed(IngestRun run, RunCounts counts, int filesCommitted, int filesSkipped, Long watermark) {
        IngestRun done = new IngestRun(run.runId(), run.source(), run.sourceSystem(), run.startedAt(), now(),
                RunStatus.SUCCEEDED, counts, filesCommitted, filesSkipped, watermark, null);
        upsertRun(done);
        return done;
    }

    /** Records the run as failed: the reason is kept, never swallowed (the caller rethrows). */
    public IngestRun fail(IngestRun run, RunCounts counts, int filesCommitted, int filesSkipped, String message) {
        IngestRun failed = new IngestRun(run.runId(), run.source(), run.sourceSystem(), run.startedAt(), now(),
                RunStatus.FAILED, counts, filesCommitted, filesSkipped, null, message);
        upsertRun(failed);
        return failed;
    }

    /** The files committed from a source system, by absolute path. */
    public Map<String, FileFingerprint> committedFiles(String sourceSystem) {
        Map<String, FileFingerprint> files = new HashMap<>();
        for (Row r : table(LedgerTable.INGEST_FILE).where(functions.col("source_system").equalTo(sourceSystem))
                .collectAsList()) {
            FileFingerprint f = new FileFingerprint(r.getAs("path"), r.<Long>getAs("size_bytes"),
                    r.getAs("content_sha256"));
            files.put(f.path(), f);
        }
        return files;
    }

    /** Records files whose every record is in the committed batch {@code batchId}. */
    public void recordFiles(IngestRun run, String batchId, List<FileFingerprint> files) {
        if (files.isEmpty()) {
            return;
        }
        LocalDateTime now = now();
        List<Row> rows = files.stream().map(f -> (Row) RowFactory.create(run.sourceSystem(), f.path(), f.sizeBytes(),
                f.sha256(), run.runId(), batchId, now)).toList();
        DeltaTable.forPath(spark, path(LedgerTable.INGEST_FILE)).as("t")
                .merge(frame(LedgerTable.INGEST_FILE, rows).as("s"),
                        "t.source_system = s.source_system AND t.path = s.path")
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /** The change sequence last committed for a source system; empty before its first pull. */
    public OptionalLong watermark(String sourceSystem) {
        List<Row> rows = table(LedgerTable.INGEST_WATERMARK)
                .where(functions.col("source_system").equalTo(sourceSystem)).collectAsList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).<Long>getAs("watermark"));
    }

    /** Commits a watermark: call only after the batch holding every change up to it is committed. */
    public void commitWatermark(IngestRun run, long watermark) {
        Row row = RowFactory.create(run.sourceSystem(), watermark, run.runId(), now());
        DeltaTable.forPath(spark, path(LedgerTable.INGEST_WATERMARK)).as("t")
                .merge(frame(LedgerTable.INGEST_WATERMARK, List.of(row)).as("s"), "t.source_system = s.source_system")
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /** Every run, newest first. */
    public List<IngestRun> runs() {
        return table(LedgerTable.INGEST_RUN).orderBy(functions.col("started_at").desc(), functions.col("run_id").desc())
                .collectAsList().stream().map(RunLedger::run).toList();
    }

    private void recoverInterrupted() {
        List<IngestRun> interrupted = runs().stream().filter(r -> r.status() == RunStatus.RUNNING).toList();
        for (IngestRun run : interrupted) {
            warehouse.discardStaging(run.runId());
            fail(run, run.counts(), run.filesCommitted(), run.filesSkipped(),
                    "interrupted: the process ended before the run finished (its committed files and watermark stand)");
        }
    }

    private void upsertRun(IngestRun run) {
        Row row = RowFactory.create(run.runId(), run.source(), run.sourceSystem(), run.startedAt(), run.endedAt(),
                run.status().value(), run.counts().read(), run.counts().written(), run.counts().quarantined(),
                run.filesCommitted(), run.filesSkipped(), run.watermark(), run.message());
        DeltaTable.forPath(spark, path(LedgerTable.INGEST_RUN)).as("t")
                .merge(frame(LedgerTable.INGEST_RUN, List.of(row)).as("s"), "t.run_id = s.run_id")
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    private static IngestRun run(Row r) {
        return new IngestRun(r.getAs("run_id"), r.getAs("source"), r.getAs("source_system"), r.getAs("started_at"),
                r.getAs("ended_at"), RunStatus.of(r.getAs("status")),
                new RunCounts(r.<Long>getAs("records_read"), r.<Long>getAs("records_written"),
                        r.<Long>getAs("quarantined")),
                r.<Integer>getAs("files_committed"), r.<Integer>getAs("files_skipped"), r.getAs("watermark"),
                r.getAs("message"));
    }

    private Dataset<Row> table(LedgerTable table) {
        return spark.read().format("delta").load(path(table));
    }

    private Dataset<Row> frame(LedgerTable table, List<Row> rows) {
        return spark.createDataFrame(rows, table.schema());
    }

    private String path(LedgerTable table) {
        return warehouse.root().resolve(Path.of(table.relativePath())).toString();
    }

    private LocalDateTime now() {
        // milliseconds: runs started within one second still order by start
        return LocalDateTime.now(clock.withZone(TthcTime.ZONE)).truncatedTo(ChronoUnit.MILLIS);
    }
}
