package org.tthc.api.config;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.TthcTime;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseWarehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;
import org.tthc.warehouse.statistics.SparkWarehouse;

/** Wires the warehouse (Spark local by default) and the statistics service into the application. */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(TthcTime.ZONE);
    }

    @Bean
    DeltaWarehouse deltaWarehouse(WarehouseProperties properties) {
        SparkSettings settings = SparkSettings.defaults()
                .withMaster(properties.sparkMaster())
                .withShufflePartitions(properties.shufflePartitions())
                .withDataRoot(properties.dataDir());
        return new DeltaWarehouse(SparkSessions.shared(settings), properties.warehouseRoot());
    }

    /** ClickHouse answers when it is configured ({@link ClickHouseConfiguration}); Spark over Delta otherwise. */
    @Bean
    Warehouse warehouse(DeltaWarehouse delta, ObjectProvider<ClickHouseEngine> clickHouse) {
        ClickHouseEngine engine = clickHouse.getIfAvailable();
        return engine == null ? new SparkWarehouse(delta) : new ClickHouseWarehouse(engine);
    }

    @Bean
    StatisticsService statisticsService(Warehouse warehouse, Clock clock) {
        return new StatisticsService(warehouse, clock);
    }
}
