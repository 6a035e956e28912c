package org.tthc.warehouse.clickhouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The ClickHouse side of the warehouse tables, derived from their Delta schemas ({@link WarehouseTable}) so the two
 * cannot drift: same table and column names, MergeTree partitioned like the Delta table. Timestamps are
 * {@code DateTime('UTC')} holding the Asia/Ho_Chi_Minh wall-clock time unchanged (as Delta's TIMESTAMP_NTZ does), so
 * {@code toDate()} is the local date on every server whatever its time zone. Array columns are not mirrored (the
 * dossier's supplement rounds are mirrored as their own table).
 */
public final class ClickHouseSchema {
    /** The tables the ClickHouse engine serves: the silver facts and dimensions the statistics and analysts read. */
    public static final List<WarehouseTable> MIRRORED = List.of(WarehouseTable.DOSSIER,
            WarehouseTable.DOSSIER_SUPPLEMENT, WarehouseTable.DOSSIER_EVENT, WarehouseTable.ORG,
            WarehouseTable.ORG_SUCCESSION, WarehouseTable.HANDLING_ORG_CODE, WarehouseTable.STATUS_BUCKET,
            WarehouseTable.PROCEDURE, WarehouseTable.CALENDAR_DAY, WarehouseTable.QUARANTINE,
            WarehouseTable.PERIOD_STATISTICS, WarehouseTable.RATING);

    /** Sort keys: the natural key of each table, so reads by dossier stay local. */
    private static final Map<WarehouseTable, String> ORDER_BY = Map.ofEntries(
            Map.entry(WarehouseTable.DOSSIER, "(source_system, dossier_code)"),
            Map.entry(WarehouseTable.DOSSIER_SUPPLEMENT, "(source_system, dossier_code, round_no)"),
            Map.entry(WarehouseTable.DOSSIER_EVENT, "(source_system, dossier_code, event_id)"),
            Map.entry(WarehouseTable.ORG, "code"),
            Map.entry(WarehouseTable.ORG_SUCCESSION, "(predecessor_code, successor_code)"),
            Map.entry(WarehouseTable.HANDLING_ORG_CODE, "org_code"),
            Map.entry(WarehouseTable.PROCEDURE, "code"),
            Map.entry(WarehouseTable.CALENDAR_DAY, "day"),
            Map.entry(WarehouseTable.STATUS_BUCKET, "(rule_set, status_code)"),
            Map.entry(WarehouseTable.QUARANTINE, "(batch_id, position)"),
            Map.entry(WarehouseTable.PERIOD_STATISTICS, "(view, org_code)"),
            Map.entry(WarehouseTable.RATING, "(source_system, dossier_code)"));

    private ClickHouseSchema() {
    }

    /** The mirrored columns of {@code table}, in Delta order. */
    public static List<String> columns(WarehouseTable table) {
        List<String> columns = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            if (isMirrored(field)) {
                columns.add(field.name());
            }
        }
        return columns;
    }

    /** The mirrored columns of {@code table} with their ClickHouse types, as {@code system.columns} shows them. */
    public static Map<String, String> columnTypes(WarehouseTable table) {
        Map<String, String> types = new LinkedHashMap<>();
        for (StructField field : table.schema().fields()) {
            if (isMirrored(field)) {
                types.put(field.name(), type(field));
            }
        }
        return types;
    }

    /**
     * Creates the ClickHouse tables that do not exist yet, and re-creates (empty) those whose columns differ from the
     * Delta schema: the mirror is a copy, so a schema change is followed by a full copy rather than an ALTER.
     */
    public static void createTables(ClickHouseEngine engine, Consumer<String> progress) {
        for (WarehouseTable table : MIRRORED) {
            String name = table.tableName();
            if (exists(engine, name) && !columnTypes(engine, name).equals(columnTypes(table))) {
                progress.accept("clickhouse: " + name + " has other columns than the warehouse; re-creating it");
                engine.execute("DROP TABLE " + name);
            }
            engine.execute(createTable(table, name));
        }
    }

    /** {@code CREATE TABLE IF NOT EXISTS name (…) ENGINE = MergeTree …} for {@code table} under {@code name}. */
    public static String createTable(WarehouseTable table, String name) {
        List<String> columns = new ArrayList<>();
        columnTypes(table).forEach((column, type) -> columns.add(column + " " + type));
        String partition = table.partitionColumns().isEmpty() ? ""
                : " PARTITION BY (" + String.join(", ", table.partitionColumns()) + ")";
        return "CREATE TABLE IF NOT EXISTS " + name + " (" + String.join(", ", columns) + ") ENGINE = MergeTree"
                + partition + " ORDER BY " + ORDER_BY.getOrDefault(table, "tuple()");
    }

    private static boolean exists(ClickHouseEngine engine, String table) {
        return !engine.query("SELECT name FROM system.tables WHERE database = currentDatabase() AND name = '" + table
                + "'", row -> row.getString("name")).isEmpty();
    }

    /** Column names and types in table order ({@code DESCRIBE}: system.columns has no position column on 18.16). */
    private static Map<String, String> columnTypes(ClickHouseEngine engine, String table) {
        Map<String, String> types = new LinkedHashMap<>();
        engine.query("DESCRIBE TABLE " + table, row -> types.put(row.getString("name"), row.getString("type")));
        return types;
    }

    private static boolean isMirrored(StructField field) {
        return !(field.dataType() instanceof ArrayType);
    }

    private static String type(StructField field) {
        String type = baseType(field.dataType(), field.name());
        return field.nullable() ? "Nullable(" + type + ")" : type;
    }

    private static String baseType(DataType type, String column) {
        if (type.equals(DataTypes.StringType)) {
            return "String";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "Int32";
        }
        if (type.equals(DataTypes.LongType)) {
            return "Int64";
        }
        if (type.equals(DataTypes.BooleanType)) {
            return "UInt8";
        }
        if (type.equals(DataTypes.DateType)) {
            return "Date";
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return "DateTime('UTC')";
        }
        throw new IllegalArgumentException("no ClickHouse type for " + column + " " + type.simpleString());
    }
}
