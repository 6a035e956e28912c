package org.tthc.warehouse.spark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.tthc.domain.TthcTime;

/**
 * The one Spark session of the JVM (STACK.md: start one session per JVM and reuse it; starting one costs seconds).
 * Created lazily on first use with the settings of that first use; asking again with other settings is an error,
 * because a JVM cannot hold two Spark contexts.
 */
public final class SparkSessions {
    private static final Object LOCK = new Object();
    private static volatile SparkSession shared;
    private static SparkSettings sharedSettings;

    private SparkSessions() {
    }

    /** The shared session, started with the default settings if none is running. */
    public static SparkSession shared() {
        SparkSession session = shared;
        return session != null ? session : shared(SparkSettings.defaults());
    }

    /**
     * The shared session as it runs, whatever its settings, or one started with {@code settings}: for a JVM that runs
     * many independent users of Spark one after the other (a test fork), where the first one's settings hold.
     */
    public static SparkSession sharedOrStart(SparkSettings settings) {
        synchronized (LOCK) {
            return shared != null ? shared : shared(settings);
        }
    }

    /** The shared session, started with {@code settings} if none is running yet. */
    public static SparkSession shared(SparkSettings settings) {
        synchronized (LOCK) {
            if (shared == null) {
                SparkSession.Builder builder = SparkSession.builder().appName("tthc-warehouse").master(settings.master());
                configuration(settings).forEach(builder::config);
                shared = builder.getOrCreate();
                sharedSettings = settings;
            } else if (!sharedSettings.equals(settings)) {
                throw new IllegalStateException("the JVM's Spark session already runs with " + sharedSettings
                        + "; it cannot be restarted with " + settings);
            }
            return shared;
        }
    }

    /** The settings the shared session was started with, or null when none was started. */
    public static SparkSettings sharedSettings() {
        synchronized (LOCK) {
            return sharedSettings;
        }
    }

    /** The Spark configuration for {@code settings}: the fixes and sizes of STACK.md, then the extra settings. */
    static Map<String, String> configuration(SparkSettings settings) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.ui.showConsoleProgress", "false");
        // Spark 4.0 builds the metrics servlet even without a UI and it needs Servlet 5 classes (STACK.md).
        conf.put("spark.metrics.conf.*.sink.servlet.class", HeadlessMetricsServlet.class.getName());
        conf.put("spark.driver.host", "127.0.0.1");
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        // Spark would register Hadoop's URL stream handler factory, which the JVM takes once: a Tomcat started later
        // in the same JVM (the app, a test context) then fails with "factory already defined". We read no hdfs: URLs.
        conf.put("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false");
        conf.put("spark.sql.shuffle.partitions", Integer.toString(settings.shufflePartitions()));
        conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        conf.put("spark.sql.warehouse.dir", settings.sparkWarehouseDir().toUri().toString());
        // Every timestamp is a local date-time of the platform's zone, stored as TIMESTAMP_NTZ; the session zone
        // only matters for a TIMESTAMP (with zone) that slips in, and then it must be ours, not the machine's.
        conf.put("spark.sql.session.timeZone", TthcTime.ZONE.getId());
        conf.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
        // DATE values come back as java.time.LocalDate (java.sql.Date would go through the JVM's default zone).
        conf.put("spark.sql.datetime.java8API.enabled", "true");
        // Delta rebuilds table state with 50 partitions by default: far too many tasks for two cores.
        conf.put("spark.databricks.delta.snapshotPartitions", Integer.toString(settings.shufflePartitions()));
        conf.putAll(settings.extraConfig());
        return conf;
    }
}
