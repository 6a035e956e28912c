package org.tthc.api.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.query.AnalystQueryService;

/**
 * The analyst query service of {@code POST /api/query}: on the ClickHouse engine of {@link ClickHouseConfiguration}
 * when {@code tthc.clickhouse.*} configures one (the engine statistics are read from too), otherwise on Spark. Lazy,
 * so an app that never receives a query creates no views.
 */
@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    @Bean
    @Lazy
    AnalystQueryService analystQueryService(DeltaWarehouse warehouse, ClickHouseProperties clickHouse,
                                            ObjectProvider<ClickHouseEngine> engine) {
        ClickHouseEngine configured = engine.getIfAvailable();
        return configured == null ? AnalystQueries.spark(warehouse, clickHouse)
                : AnalystQueries.clickHouse(configured, clickHouse);
    }
}
