package org.tthc.warehouse.clickhouse;

import org.tthc.warehouse.query.ClickHouseAnalystQueryService;

/**
 * The settings scripts/test-services.sh hands to the tests (docs/testing.md). A missing one fails, never skips.
 *
 * <p>Surefire runs the warehouse tests in parallel JVMs that share the one ClickHouse server: each JVM mirrors into a
 * database of its own ({@code TTHC_TEST_CH_DATABASE}, set per fork in the pom, created here) with its analyst views in
 * {@code <database>_analyst}. Without the property (one JVM, a test run from the IDE) they are the URL's database and
 * {@value ClickHouseAnalystQueryService#DATABASE}.
 */
public final class TestSettings {
    private static final String FORK_DATABASE = "TTHC_TEST_CH_DATABASE";
    private static volatile boolean forkDatabaseCreated;

    private TestSettings() {
    }

    /** A system property (mvn -DNAME=…) or else an environment variable of the same name. */
    public static String required(String name) {
        String value = optional(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test, which starts"
                    + " ClickHouse and provides chDB (or: eval \"$(scripts/test-services.sh start)\" before mvn)");
        }
        return value;
    }

    /** The JDBC URL of this JVM's database on the test server (created the first time it is asked for). */
    public static String serverUrl() {
        String url = required("TTHC_TEST_CH_URL");
        String database = optional(FORK_DATABASE);
        if (database == null || database.isBlank()) {
            return url;
        }
        if (!forkDatabaseCreated) {
            synchronized (TestSettings.class) {
                try (ClickHouseServerEngine admin = ClickHouseServerEngine.connect(url, required("TTHC_TEST_CH_USER"),
                        optional("TTHC_TEST_CH_PASSWORD"))) {
                    admin.execute("CREATE DATABASE IF NOT EXISTS " + database);
                }
                forkDatabaseCreated = true;
            }
        }
        return withDatabase(url, database);
    }

    /** {@code jdbcUrl} with its database replaced by {@code database}. */
    public static String withDatabase(String jdbcUrl, String database) {
        return jdbcUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    /** The database of this JVM's analyst views on the test server. */
    public static String analystDatabase() {
        String database = optional(FORK_DATABASE);
        return database == null || database.isBlank() ? ClickHouseAnalystQueryService.DATABASE : database + "_analyst";
    }

    /** The database this JVM mirrors into on the test server. */
    public static String serverDatabase() {
        String database = optional(FORK_DATABASE);
        return database == null || database.isBlank() ? "default" : database;
    }

    public static ClickHouseServerEngine server() {
        return ClickHouseServerEngine.connect(serverUrl(), required("TTHC_TEST_CH_USER"),
                optional("TTHC_TEST_CH_PASSWORD"));
    }

    /** The test server as its read-only analyst user (readonly=2, the analyst and mirrored databases; no password). */
    public static ClickHouseServerEngine analystServer() {
        return ClickHouseServerEngine.connect(serverUrl(), required("TTHC_TEST_CH_ANALYST_USER"), "");
    }

    private static String optional(String name) {
        return System.getProperty(name, System.getenv(name));
    }
}
