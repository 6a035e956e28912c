package org.tthc.api.config;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.tthc.warehouse.clickhouse.ChdbEngine;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.query.AnalystQueryService;
import org.tthc.warehouse.query.ClickHouseAnalystQueryService;
import org.tthc.warehouse.query.QueryLimits;
import org.tthc.warehouse.query.SparkAnalystQueryService;

/**
 * Chooses the engine of analysts' queries, for the app ({@link QueryConfiguration}) and for {@code ./tthc sql}:
 * ClickHouse when {@code tthc.clickhouse.*} configures it (the server, else chDB with its data under
 * {@code DATA/clickhouse}), otherwise Spark. The limits come from {@code tthc.clickhouse.query-timeout} and
 * {@code max-result-rows} for both engines.
 */
public final class AnalystQueries {
    private AnalystQueries() {
    }

    public static QueryLimits limits(ClickHouseProperties properties) {
        return new QueryLimits(properties.queryTimeout(), properties.maxResultRows());
    }

    public static AnalystQueryService spark(DeltaWarehouse warehouse, ClickHouseProperties properties) {
        return new SparkAnalystQueryService(warehouse, limits(properties));
    }

    /** The configured ClickHouse engine; the caller closes it. */
    public static ClickHouseEngine openClickHouse(ClickHouseProperties properties, Path dataDir) {
        if (properties.serverConfigured()) {
            return ClickHouseServerEngine.connect(properties.url(), properties.user(), properties.password());
        }
        if (properties.chdbConfigured()) {
            return ChdbEngine.open(Paths.get(properties.chdbLibrary()), dataDir.resolve("clickhouse"));
        }
        throw new IllegalStateException("ClickHouse is not configured: set tthc.clickhouse.url or "
                + "tthc.clickhouse.chdb-library (docs/configuration.md)");
    }

    public static AnalystQueryService clickHouse(ClickHouseEngine engine, ClickHouseProperties properties) {
        return new ClickHouseAnalystQueryService(engine, limits(properties));
    }
}
