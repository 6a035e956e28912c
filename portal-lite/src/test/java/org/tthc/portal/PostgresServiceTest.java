package org.tthc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Proves that the throwaway PostgreSQL which {@code ./tthc test} starts (scripts/test-services.sh)
 * is reachable with the settings it hands to the tests. A missing setting fails: it is never skipped.
 */
class PostgresServiceTest {

    @Test
    void throwawayPostgresql15Answers() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", setting("TTHC_TEST_PG_USER", "postgres"));
        credentials.setProperty("password", setting("TTHC_TEST_PG_PASSWORD", ""));

        try (Connection connection = DriverManager.getConnection(requiredSetting("TTHC_TEST_PG_URL"), credentials);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select version()")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("PostgreSQL 15.");
        }
    }

    /** A system property (mvn -DNAME=…) or else an environment variable of the same name. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null ? fallback : value;
    }

    private static String requiredSetting(String name) {
        String value = setting(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test, which starts"
                    + " PostgreSQL (or: eval \"$(scripts/test-services.sh start)\" before mvn)");
        }
        return value;
    }
}
