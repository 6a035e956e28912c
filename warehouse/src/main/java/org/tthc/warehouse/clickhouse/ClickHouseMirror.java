package org.tthc.warehouse.clickhouse;

import java.sql.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * Copies the warehouse's Delta tables into a ClickHouse engine. Each table is loaded into a staging table and then
 * moved in partition by partition with {@code ALTER TABLE … REPLACE PARTITION … FROM}: a reader sees every partition
 * either before or after the copy, never half-loaded, and a partition that no longer exists in Delta is dropped.
 */
public final class ClickHouseMirror {
    private static final String STAGING_SUFFIX = "__load";

    private final DeltaWarehouse warehouse;
    private final ClickHouseEngine engine;
    private final Consumer<String> progress;

    public ClickHouseMirror(DeltaWarehouse warehouse, ClickHouseEngine engine, Consumer<String> progress) {
        this.warehouse = warehouse;
        this.engine = engine;
        this.progress = progress;
    }

    /** Creates the ClickHouse tables, see {@link ClickHouseSchema#createTables}. */
    public void createTables() {
        ClickHouseSchema.createTables(engine, progress);
    }

    /** Mirrors every table of {@link ClickHouseSchema#MIRRORED}; returns the number of rows copied. */
    public long mirrorAll() {
        createTables();
        long rows = 0;
        for (WarehouseTable table : ClickHouseSchema.MIRRORED) {
            rows += mirror(table);
        }
        return rows;
    }

    /** Replaces the ClickHouse copy of {@code table} by the current Delta version; returns the rows copied. */
    public long mirror(WarehouseTable table) {
        return copy(table, warehouse.table(table), null);
    }

    /**
     * Replaces only the given partitions of {@code table} (values of its one partition column, e.g. the period keys
     * of {@code period_statistics} just recomputed) by the current Delta version; the other partitions stay as they
     * are. A given partition that Delta no longer holds is dropped. Returns the rows copied.
     */
    public long mirror(WarehouseTable table, Set<String> partitionValues) {
        if (table.partitionColumns().size() != 1) {
            throw new IllegalArgumentException(table.tableName() + " is not partitioned by one column; mirror it whole");
        }
        if (partitionValues.isEmpty()) {
            return 0;
        }
        String column = table.partitionColumns().get(0);
        Dataset<Row> rows = warehouse.table(table).where(functions.col(column).isin(partitionValues.toArray()));
        return copy(table, rows, partitionValues);
    }

    /**
     * Copies {@code source} into a staging table and moves its partitions in; {@code only} null: the whole table. A
     * table the engine does not hold yet is created first (e.g. {@code ./tthc recompute} on a database never mirrored).
     */
    private long copy(WarehouseTable table, Dataset<Row> source, Set<String> only) {
        long started = System.nanoTime();
        String name = table.tableName();
        String staging = name + STAGING_SUFFIX;
        engine.execute(ClickHouseSchema.createTable(table, name));
        engine.execute("DROP TABLE IF EXISTS " + staging);
        engine.execute(ClickHouseSchema.createTable(table, staging));
        try {
            List<String> columns = ClickHouseSchema.columns(table);
            Dataset<Row> rows = source.selectExpr(columns.toArray(String[]::new));
            long copied = engine.insert(staging, columns, values(rows.toLocalIterator()));
            Set<String> loaded = partitions(staging);
            for (String partition : loaded) {
                engine.execute("ALTER TABLE " + name + " REPLACE PARTITION ID '" + partition + "' FROM " + staging);
            }
            if (only == null) {
                for (String partition : partitions(name)) {
                    if (!loaded.contains(partition)) {
                        engine.execute("ALTER TABLE " + name + " DROP PARTITION ID '" + partition + "'");
                    }
                }
            } else {
                Set<String> present = new LinkedHashSet<>(
                        source.select(table.partitionColumns().get(0)).distinct().as(Encoders.STRING()).collectAsList());
                for (String value : only) {
                    if (!present.contains(value)) {
                        // a partition given by its value (a string key): dropping an absent one is no error
                        engine.execute("ALTER TABLE " + name + " DROP PARTITION '"
                                + value.replace("\\", "\\\\").replace("'", "\\'") + "'");
                    }
                }
            }
            progress.accept(String.format("clickhouse: %s %,d rows in %.1f s", name, copied,
                    (System.nanoTime() - started) / 1e9));
            return copied;
        } finally {
            engine.execute("DROP TABLE IF EXISTS " + staging);
        }
    }

    /**
     * The partition ids of a table: hex digests or {@code all}, safe to quote, and understood by {@code PARTITION ID}
     * on every version (the {@code partition} column shows string values unquoted, so it is no expression).
     */
    private Set<String> partitions(String table) {
        return new LinkedHashSet<>(engine.query("SELECT DISTINCT partition_id FROM system.parts WHERE database = "
                + "currentDatabase() AND table = '" + table + "' AND active ORDER BY partition_id",
                row -> row.getString("partition_id")));
    }

    private static Iterator<Object[]> values(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Object[] next() {
                Row row = rows.next();
                Object[] values = new Object[row.length()];
                for (int i = 0; i < values.length; i++) {
                    Object value = row.get(i);
                    values[i] = value instanceof Date date ? date.toLocalDate() : value;
                }
                return values;
            }
        };
    }
}
