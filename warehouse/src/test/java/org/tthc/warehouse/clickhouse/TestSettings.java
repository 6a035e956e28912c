package org.tthc.warehouse.clickhouse;

/** The settings scripts/test-services.sh hands to the tests (docs/testing.md). A missing one fails, never skips. */
public final class TestSettings {
    private TestSettings() {
    }

    /** A system property (mvn -DNAME=…) or else an environment variable of the same name. */
    public static String required(String name) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test, which starts"
                    + " ClickHouse and provides chDB (or: eval \"$(scripts/test-services.sh start)\" before mvn)");
        }
        return value;
    }

    public static ClickHouseServerEngine server() {
        return ClickHouseServerEngine.connect(required("TTHC_TEST_CH_URL"), required("TTHC_TEST_CH_USER"),
                System.getProperty("TTHC_TEST_CH_PASSWORD", System.getenv("TTHC_TEST_CH_PASSWORD")));
    }

    /** The test server as its read-only analyst user (readonly=2, databases analyst and default; no password). */
    public static ClickHouseServerEngine analystServer() {
        return ClickHouseServerEngine.connect(required("TTHC_TEST_CH_URL"), required("TTHC_TEST_CH_ANALYST_USER"), "");
    }
}
