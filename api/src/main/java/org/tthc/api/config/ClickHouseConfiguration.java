package org.tthc.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The ClickHouse serving engine, present only when {@code tthc.clickhouse.url} or {@code tthc.clickhouse.chdb-library}
 * is set: the engine, and a start-up step that mirrors the Delta tables into it (after the sample province is
 * ingested on a first start), so interactive reads answered by ClickHouse see what Spark would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${tthc.clickhouse.url:}' != '' or '${tthc.clickhouse.chdb-library:}' != ''")
public class ClickHouseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ClickHouseConfiguration.class);

    @Bean(destroyMethod = "close")
    ClickHouseEngine clickHouseEngine(ClickHouseProperties properties, WarehouseProperties warehouse) {
        ClickHouseEngine engine = properties.openEngine(warehouse.dataDir());
        log.info("Interactive reads go to {}", engine.description());
        return engine;
    }

    @Bean
    ClickHouseMirror clickHouseMirror(DeltaWarehouse delta, ClickHouseEngine engine) {
        return new ClickHouseMirror(delta, engine, log::info);
    }

    /** After {@code SampleProvinceBootstrap} (order 0): the mirror then holds the sample too. */
    @Bean
    @Order(1)
    ApplicationRunner clickHouseMirrorOnStart(ClickHouseMirror mirror) {
        return (ApplicationArguments args) -> {
            long started = System.nanoTime();
            long rows = mirror.mirrorAll();
            log.info("ClickHouse mirror up to date: {} rows in {} s", rows,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
        };
    }
}
