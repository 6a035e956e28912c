package org.tthc.api.config;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.TthcTime;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseFallbackWarehouse;
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

    /**
     * ClickHouse answers when it is configured ({@link ClickHouseConfiguration}); Spark over Delta otherwise, and in
     * place of a ClickHouse server that cannot be reached ({@link ClickHouseFallbackWarehouse}). The retry interval
     * is timed by the system clock, not the {@link #clock()} bean, which tests fix.
     */
    @Bean
    Warehouse warehouse(DeltaWarehouse delta, ObjectProvider<ClickHouseEngine> clickHouse,
                        ClickHouseProperties properties) {
        ClickHouseEngine engine = clickHouse.getIfAvailable();
        if (engine == null) {
            return new SparkWarehouse(delta);
        }
        if (!properties.serverConfigured()) {
            return new ClickHouseWarehouse(engine);
        }
        return new ClickHouseFallbackWarehouse(new ClickHouseWarehouse(engine), properties.serverAddress(),
                new SparkWarehouse(delta), properties.retryInterval(), Clock.systemUTC());
    }

    @Bean
    StatisticsService statisticsService(Warehouse warehouse, Clock clock) {
        return new StatisticsService(warehouse, clock);
    }
}
