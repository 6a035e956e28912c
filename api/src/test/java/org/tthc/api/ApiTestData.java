package org.tthc.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.sql.SparkSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * The one data folder of the app under test in this JVM, with the sample province every app test starts from. The
 * JVM has one Spark session, and its settings include the data folder, so every Spring context of the api tests
 * (Spark serving, ClickHouse serving, …) must use the same one; the first context generates and ingests the sample,
 * the others find it there.
 */
public final class ApiTestData {
    private static Path folder;

    private ApiTestData() {
    }

    /** A fresh folder under the module's {@code target/}, made once per JVM. */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "api-test-data-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /**
     * The JVM's Spark session, started (when no app context has started it yet) with the settings every app context
     * of the api tests asks for: a test that builds its own warehouse in its own folder uses this session, so the
     * app context started after it still finds the session it expects, whatever order the classes run in.
     */
    public static SparkSession sparkSession() {
        return SparkSessions.sharedOrStart(SparkSettings.defaults().withDataRoot(folder()));
    }

    /**
     * The properties of the sample every app test shares: 2,000 dossiers over 12 months, seed 5. The scheduled
     * portal-lite pull is off, so that no test's warehouse changes under it; a test of the schedule turns it on.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("tthc.warehouse.data-dir", () -> folder().toString());
        registry.add("tthc.ingestion.sample-dossiers", () -> "2000");
        registry.add("tthc.ingestion.sample-months", () -> "12");
        registry.add("tthc.ingestion.sample-seed", () -> "5");
        registry.add("tthc.ingestion.portal-pull.cron", () -> "-");
    }
}
