package org.tthc.ingestion.quarantine;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The quarantine table ({@link WarehouseTable#QUARANTINE}) for operators: listing, one record by id, and the two
 * changes a retry makes — marking records resolved (the row stays) and replacing the reason of those still failing.
 */
public final class Quarantine {
    /** The row identity the quarantine MERGE uses (merge-quarantine.sql), hashed to a short id. */
    static final Column ID = functions.substring(functions.sha2(functions.concat_ws("|",
            functions.coalesce(col("source_system"), lit("")), functions.coalesce(col("location"), lit("")),
            col("position").cast("string"), col("payload_sha256")), 256), 1, 12);
    private static final String MATCH = "t.source_system <=> s.source_system AND t.location <=> s.location"
            + " AND t.position = s.position AND t.payload_sha256 = s.payload_sha256";
    private static final StructType CHANGE = new StructType()
            .add("source_system", DataTypes.StringType)
            .add("location", DataTypes.StringType)
            .add("position", DataTypes.LongType)
            .add("payload_sha256", DataTypes.StringType)
            .add("field", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("resolved_at", DataTypes.TimestampNTZType)
            .add("resolved_by_run", DataTypes.StringType);

    private final DeltaWarehouse warehouse;

    public Quarantine(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** What to list; null filters match everything. */
    public record Filter(String sourceSystem, String reasonContains, boolean includeResolved, int limit) {
        public static Filter unresolved(int limit) {
            return new Filter(null, null, false, limit);
        }
    }

    /** Quarantined records, newest first. */
    public List<QuarantinedRecord> list(Filter filter) {
        Dataset<Row> rows = withId();
        if (filter.sourceSystem() != null) {
            rows = rows.where(col("source_system").equalTo(filter.sourceSystem()));
        }
        if (filter.reasonContains() != null) {
            rows = rows.where(functions.lower(col("reason")).contains(filter.reasonContains().toLowerCase(
                    java.util.Locale.ROOT)));
        }
        if (!filter.includeResolved()) {
            rows = rows.where(col("resolved_at").isNull());
        }
        return rows.orderBy(col("quarantined_at").desc(), col("location"), col("position"))
                .limit(filter.limit()).collectAsList().stream().map(Quarantine::record).toList();
    }

    public Optional<QuarantinedRecord> find(String id) {
        return withId().where(col("id").equalTo(id)).collectAsList().stream().map(Quarantine::record).findFirst();
    }

    /** Every record not yet resolved. */
    public List<QuarantinedRecord> unresolved() {
        return list(new Filter(null, null, false, Integer.MAX_VALUE));
    }

    /** Marks the records resolved by the run that ingested them; their rows are kept. */
    public void markResolved(List<QuarantinedRecord> records, String runId, LocalDateTime at) {
        apply(records.stream().map(r -> change(r, r.field(), r.reason(), at, runId)).toList(),
                "resolved_at", "resolved_by_run");
    }

    /** Replaces field and reason of records a retry rejected again, with what the current readers say. */
    public void updateReasons(List<QuarantinedRecord> records) {
        apply(records.stream().map(r -> change(r, r.field(), r.reason(), null, null)).toList(), "field", "reason");
    }

    private void apply(List<Row> changes, String... columns) {
        if (changes.isEmpty()) {
            return;
        }
        java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
        for (String column : columns) {
            set.put(column, "s." + column);
        }
        DeltaTable.forPath(warehouse.session(), warehouse.tablePath(WarehouseTable.QUARANTINE).toString()).as("t")
                .merge(warehouse.session().createDataFrame(changes, CHANGE).as("s"), MATCH)
                .whenMatched().updateExpr(set)
                .execute();
    }

    private static Row change(QuarantinedRecord r, String field, String reason, LocalDateTime resolvedAt,
                              String runId) {
        return RowFactory.create(r.sourceSystem(), r.location(), r.position(), r.payloadSha256(), field, reason,
                resolvedAt, runId);
    }

    private Dataset<Row> withId() {
        return warehouse.table(WarehouseTable.QUARANTINE).withColumn("id", ID);
    }

    private static QuarantinedRecord record(Row r) {
        return new QuarantinedRecord(r.getAs("id"), r.getAs("source_system"), r.getAs("location"),
                r.<Long>getAs("position"), r.getAs("record_key"), r.getAs("field"), r.getAs("reason"),
                r.getAs("raw_payload"), r.getAs("payload_sha256"), r.getAs("batch_id"), r.getAs("quarantined_at"),
                r.getAs("resolved_at"), r.getAs("resolved_by_run"));
    }
}
