package org.tthc.warehouse.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the shared Spark session is started. The defaults run Spark in-process on two cores, which is what the
 * embedded platform and the tests use; a cluster is a different {@code master}.
 *
 * @param master            Spark master URL: {@code local[2]} by default, {@code spark://host:7077} for a cluster
 * @param shufflePartitions {@code spark.sql.shuffle.partitions}: small on a small machine (STACK.md)
 * @param dataRoot          the platform's data folder; Spark's own warehouse dir lives under it
 * @param extraConfig       further Spark settings, applied last (they win over the defaults)
 */
public record SparkSettings(String master, int shufflePartitions, Path dataRoot, Map<String, String> extraConfig) {
    public static final String DEFAULT_MASTER = "local[2]";
    public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;
    public static final Path DEFAULT_DATA_ROOT = Path.of("data");

    public SparkSettings {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(dataRoot, "dataRoot");
        if (shufflePartitions < 1) {
            throw new IllegalArgumentException("shufflePartitions must be at least 1, was " + shufflePartitions);
        }
        extraConfig = extraConfig == null ? Map.of() : Map.copyOf(extraConfig);
    }

    public static SparkSettings defaults() {
        return new SparkSettings(DEFAULT_MASTER, DEFAULT_SHUFFLE_PARTITIONS, DEFAULT_DATA_ROOT, Map.of());
    }

    public SparkSettings withMaster(String newMaster) {
        return new SparkSettings(newMaster, shufflePartitions, dataRoot, extraConfig);
    }

    public SparkSettings withDataRoot(Path newDataRoot) {
        return new SparkSettings(master, shufflePartitions, newDataRoot, extraConfig);
    }

    public SparkSettings withShufflePartitions(int partitions) {
        return new SparkSettings(master, partitions, dataRoot, extraConfig);
    }

    /** Spark's catalogue warehouse ({@code spark.sql.warehouse.dir}); our Delta tables are addressed by path. */
    public Path sparkWarehouseDir() {
        return dataRoot.resolve("spark-warehouse").toAbsolutePath().normalize();
    }
}
