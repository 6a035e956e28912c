package org.tthc.api.cli;

import java.nio.file.Path;

import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

import picocli.CommandLine.Option;

/** The options every command that touches the warehouse shares. */
final class WarehouseOptions {
    @Option(names = "--data", description = "Data folder; Delta tables under DATA/warehouse (default: ${DEFAULT-VALUE}).",
            defaultValue = "./data")
    Path data;

    @Option(names = "--spark-master", description = "Spark master (default: ${DEFAULT-VALUE}).", defaultValue = "local[2]")
    String sparkMaster;

    DeltaWarehouse open() {
        SparkSettings settings = SparkSettings.defaults().withMaster(sparkMaster).withDataRoot(data);
        return new DeltaWarehouse(SparkSessions.sharedOrStart(settings), data.resolve("warehouse"));
    }
}
