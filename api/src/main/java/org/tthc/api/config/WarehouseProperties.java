package org.tthc.api.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.warehouse.*}: where the Delta tables live and which Spark runs them.
 *
 * @param dataDir           the platform's data folder; Delta tables under {@code dataDir/warehouse}
 * @param sparkMaster       {@code local[2]} embedded, or a cluster master URL such as {@code spark://host:7077}
 * @param shufflePartitions Spark SQL shuffle partitions; small on small machines
 */
@ConfigurationProperties("tthc.warehouse")
public record WarehouseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("local[2]") String sparkMaster,
        @DefaultValue("4") int shufflePartitions) {

    public Path warehouseRoot() {
        return dataDir.resolve("warehouse");
    }
}
