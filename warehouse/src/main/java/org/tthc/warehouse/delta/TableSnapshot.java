package org.tthc.warehouse.delta;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

/**
 * The warehouse's tables as one job reads them: each table under the name of a view in the warehouse's session,
 * either the table's own view (its latest version, {@link DeltaWarehouse#latest()}) or a per-job view of one pinned
 * Delta version ({@link DeltaWarehouse#pin(Map)}, {@code VERSION AS OF}), dropped when the snapshot is closed.
 * Concurrent jobs each have their own names, so they never read each other's versions.
 */
public final class TableSnapshot implements AutoCloseable {
    private final SparkSession spark;
    private final Map<WarehouseTable, String> viewNames;
    private final Map<WarehouseTable, Long> versions;
    private final boolean ownsViews;

    TableSnapshot(SparkSession spark, Map<WarehouseTable, String> viewNames, Map<WarehouseTable, Long> versions,
                  boolean ownsViews) {
        this.spark = spark;
        this.viewNames = new EnumMap<>(viewNames);
        this.versions = versions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(versions));
        this.ownsViews = ownsViews;
    }

    /** The name to read {@code table} under in the warehouse's session. */
    public String viewName(WarehouseTable table) {
        String name = viewNames.get(table);
        if (name == null) {
            throw new IllegalArgumentException(table + " is not part of this snapshot (pinned: " + versions.keySet()
                    + ")");
        }
        return name;
    }

    /** The pinned Delta version of each table; empty for the latest versions. */
    public Map<WarehouseTable, Long> versions() {
        return versions;
    }

    @Override
    public void close() {
        if (ownsViews) {
            viewNames.values().forEach(spark.catalog()::dropTempView);
        }
    }
}
