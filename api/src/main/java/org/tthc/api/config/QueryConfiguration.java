package org.tthc.api.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.query.AnalystQueryService;

/**
 * The analyst query service of {@code POST /api/query}: on ClickHouse when {@code tthc.clickhouse.*} configures it,
 * otherwise on Spark. Lazy, so an app that never receives a query creates no views. A later {@code Warehouse}
 * abstraction that picks the engine can replace this bean with {@link AnalystQueries#spark} or
 * {@link AnalystQueries#clickHouse} on the engine it chose.
 */
@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    @Bean
    @Lazy
    AnalystQueryService analystQueryService(DeltaWarehouse warehouse, ClickHouseProperties clickHouse,
                                            WarehouseProperties warehouseProperties) {
        if (!clickHouse.enabled()) {
            return AnalystQueries.spark(warehouse, clickHouse);
        }
        ClickHouseEngine engine = AnalystQueries.openClickHouse(clickHouse, warehouseProperties.dataDir());
        return AnalystQueries.clickHouse(engine, clickHouse);
    }
}
