package org.tthc.warehouse.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The PostgreSQL side of the tables the statistics read, derived from their Delta schemas ({@link WarehouseTable}) so
 * the two cannot drift: same table and column names, {@code timestamp} (without time zone) for Delta's TIMESTAMP_NTZ,
 * so a stored value is the Asia/Ho_Chi_Minh wall-clock time unchanged and {@code CAST(… AS date)} is the local date.
 * Array columns are not copied (the dossier's supplement rounds are their own table). The keys and indexes are the
 * ones a DBA would give these tables for the statistics' joins and filters (docs/postgres-baseline.md).
 */
public final class PostgresSchema {
    /** The tables {@link PostgresStatistics} reads, in load order. */
    public static final List<WarehouseTable> MIRRORED = List.of(WarehouseTable.DOSSIER,
            WarehouseTable.DOSSIER_SUPPLEMENT, WarehouseTable.DOSSIER_EVENT, WarehouseTable.STATUS_BUCKET,
            WarehouseTable.ORG, WarehouseTable.ORG_SUCCESSION, WarehouseTable.HANDLING_ORG_CODE);

    /** The natural key of each table, as its primary key (org has none: valid_from may be null). */
    private static final Map<WarehouseTable, String> PRIMARY_KEY = Map.of(
            WarehouseTable.DOSSIER, "source_system, dossier_code",
            WarehouseTable.DOSSIER_SUPPLEMENT, "source_system, dossier_code, round_no",
            WarehouseTable.DOSSIER_EVENT, "source_system, event_id",
            WarehouseTable.STATUS_BUCKET, "rule_set, status_code",
            WarehouseTable.ORG_SUCCESSION, "predecessor_code, successor_code, effective_date",
            WarehouseTable.HANDLING_ORG_CODE, "org_code");

    /** Secondary indexes, by name suffix: the columns the statistics filter and join on. */
    private static final Map<WarehouseTable, Map<String, String>> INDEXES = Map.of(
            WarehouseTable.DOSSIER, Map.of(
                    // the period filter (received before the cut-off) and the per-organisation reports
                    "received_at", "received_at",
                    "handling_org_code", "handling_org_code"),
            WarehouseTable.DOSSIER_EVENT, Map.of(
                    // a dossier's events in order (the join to the dossier and the as-of reconstruction)
                    "dossier", "source_system, dossier_code, occurred_at",
                    // the period filter (events before the cut-off)
                    "occurred_at", "occurred_at"),
            WarehouseTable.ORG, Map.of("code", "code"));

    private PostgresSchema() {
    }

    /** The copied columns of {@code table}, in Delta order. */
    public static List<String> columns(WarehouseTable table) {
        return new ArrayList<>(columnTypes(table).keySet());
    }

    /** The copied columns of {@code table} with their PostgreSQL types. */
    public static Map<String, String> columnTypes(WarehouseTable table) {
        Map<String, String> types = new LinkedHashMap<>();
        for (StructField field : table.schema().fields()) {
            if (!(field.dataType() instanceof ArrayType)) {
                types.put(field.name(), baseType(field.dataType(), field.name())
                        + (field.nullable() ? "" : " NOT NULL"));
            }
        }
        return types;
    }

    /** {@code CREATE TABLE name (…)}, without keys: they are built after the bulk load ({@link #indexes}). */
    public static String createTable(WarehouseTable table, String name) {
        List<String> columns = new ArrayList<>();
        columnTypes(table).forEach((column, type) -> columns.add(column + " " + type));
        return "CREATE TABLE " + name + " (" + String.join(", ", columns) + ")";
    }

    /** The primary key and secondary indexes of {@code table} under {@code name}, as statements. */
    public static List<String> indexes(WarehouseTable table, String name) {
        List<String> statements = new ArrayList<>();
        String key = PRIMARY_KEY.get(table);
        if (key != null) {
            statements.add("ALTER TABLE " + name + " ADD PRIMARY KEY (" + key + ")");
        }
        INDEXES.getOrDefault(table, Map.of()).forEach((suffix, columns) ->
                statements.add("CREATE INDEX " + name + "_" + suffix + "_idx ON " + name + " (" + columns + ")"));
        return statements;
    }

    private static String baseType(DataType type, String column) {
        if (type.equals(DataTypes.StringType)) {
            return "text";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "integer";
        }
        if (type.equals(DataTypes.LongType)) {
            return "bigint";
        }
        if (type.equals(DataTypes.BooleanType)) {
            return "boolean";
        }
        if (type.equals(DataTypes.DateType)) {
            return "date";
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return "timestamp";
        }
        throw new IllegalArgumentException("no PostgreSQL type for " + column + " " + type.simpleString());
    }
}
