package org.tthc.api.config;

import org.tthc.warehouse.clickhouse.ClickHouseEngine;
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

    /**
     * The service on {@code engine}, which creates the views; the queries run on a connection as
     * {@code tthc.clickhouse.analyst-user} when one is configured (closed with the service), else on {@code engine}.
     */
    public static AnalystQueryService clickHouse(ClickHouseEngine engine, ClickHouseProperties properties) {
        if (properties.separateAnalystUser()) {
            return ClickHouseAnalystQueryService.withQueryEngine(engine, properties.openAnalystEngine(),
                    limits(properties));
        }
        return new ClickHouseAnalystQueryService(engine, limits(properties));
    }
}
