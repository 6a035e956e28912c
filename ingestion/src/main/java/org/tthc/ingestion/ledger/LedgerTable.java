package org.tthc.ingestion.ledger;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.util.Locale;

import org.apache.spark.sql.types.StructType;

/**
 * The run ledger's Delta tables under the warehouse root ({@code meta/…}). They describe ingestion, not the
 * province's dossiers, so they are not {@code WarehouseTable}s: statistics, mirrors and table scans never see them.
 */
enum LedgerTable {
    /** One row per ingest run: source, times, counts, status and the watermark it committed. */
    INGEST_RUN("meta/ingest_run", new StructType()
            .add("run_id", StringType, false)
            // files, csv or portal
            .add("source", StringType, false)
            .add("source_system", StringType, false)
            .add("started_at", TimestampNTZType, false)
            .add("ended_at", TimestampNTZType)
            // running, succeeded or failed
            .add("status", StringType, false)
            .add("records_read", LongType, false)
            .add("records_written", LongType, false)
            .add("quarantined", LongType, false)
            .add("files_committed", IntegerType, false)
            .add("files_skipped", IntegerType, false)
            .add("watermark", LongType)
            .add("message", StringType)),
    /** One row per (source_system, path): the content last committed from that file. */
    INGEST_FILE("meta/ingest_file", new StructType()
            .add("source_system", StringType, false)
            .add("path", StringType, false)
            .add("size_bytes", LongType, false)
            .add("content_sha256", StringType, false)
            .add("run_id", StringType, false)
            .add("batch_id", StringType, false)
            .add("committed_at", TimestampNTZType, false)),
    /** One row per source system pulled incrementally: the change sequence committed last. */
    INGEST_WATERMARK("meta/ingest_watermark", new StructType()
            .add("source_system", StringType, false)
            .add("watermark", LongType, false)
            .add("run_id", StringType, false)
            .add("committed_at", TimestampNTZType, false));

    private final String relativePath;
    private final StructType schema;

    LedgerTable(String relativePath, StructType schema) {
        this.relativePath = relativePath;
        this.schema = schema;
    }

    String relativePath() {
        return relativePath;
    }

    StructType schema() {
        return schema;
    }

    String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
