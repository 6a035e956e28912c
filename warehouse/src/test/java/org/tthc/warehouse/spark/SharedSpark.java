package org.tthc.warehouse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM (Surefire reuses one fork for all test classes): started by the first test
 * that needs it, shared by all, stopped by Spark's own shutdown hook. Each test keeps its Delta tables in its own
 * temporary folder.
 */
public final class SharedSpark {
    private SharedSpark() {
    }

    public static SparkSession session() {
        try {
            return SparkSessions.sharedOrStart(SparkSettings.defaults()
                    .withDataRoot(Files.createTempDirectory("tthc-warehouse-tests")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
