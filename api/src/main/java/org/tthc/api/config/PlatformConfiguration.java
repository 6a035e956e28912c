package org.tthc.api.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.statistics.StatisticsService;
import org.tthc.api.statistics.WarehouseStatisticsSource;
import org.tthc.domain.TthcTime;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

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

    @Bean
    StatisticsService statisticsService(DeltaWarehouse warehouse, Clock clock) {
        return new StatisticsService(new WarehouseStatisticsSource(warehouse), clock);
    }
}
