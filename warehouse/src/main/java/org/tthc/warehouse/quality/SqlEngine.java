package org.tthc.warehouse.quality;

import java.util.Locale;

/** The engines that run the checks: Spark SQL over the Delta tables, ClickHouse over its mirror of them. */
public enum SqlEngine {
    SPARK,
    CLICKHOUSE;

    /** The name used in {@code checks.yaml} ({@code sql.spark}, {@code sql.clickhouse}) and in the results table. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
