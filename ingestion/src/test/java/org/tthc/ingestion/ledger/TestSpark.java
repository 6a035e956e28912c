package org.tthc.ingestion.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.spark.sql.SparkSession;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

/** The test JVM's one Spark session, whichever test class starts it first. */
public final class TestSpark {
    private TestSpark() {
    }

    public static SparkSession session() {
        try {
            return SparkSessions.sharedOrStart(SparkSettings.defaults()
                    .withDataRoot(Files.createTempDirectory("tthc-ingestion-tests")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
